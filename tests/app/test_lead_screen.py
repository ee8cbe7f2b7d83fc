"""The lead's dashboard in the app: bars per annotator and sparklines, for leads only."""

from __future__ import annotations

import pytest
from textual.widgets import ProgressBar, Sparkline

from annotate.store import Annotations, Store
from annotate.store.team import add_member
from annotate.tui.screens.lead import LeadScreen
from tests.app.helpers import fill, make_app

SIZE = (120, 40)
pytestmark = pytest.mark.anyio


async def test_a_lead_sees_everyones_progress(store: Store) -> None:
    fill(store)
    add_member(store, "carol", "lead")
    for name in ("alice", "bob"):
        add_member(store, name)
        me = Annotations(store, name)
        me.add_span(1, "QUOTE", 0, 10)
        me.set_status(1, "done")
    app = make_app(store, "carol")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, LeadScreen)
        bars = list(app.screen.query(ProgressBar))
        assert len(bars) == 3 and sorted(b.progress for b in bars) == [0, 1, 1]
        assert app.screen.query_one("#lead-agreement", Sparkline).data == [1.0]
        await pilot.press("escape")
        assert not isinstance(app.screen, LeadScreen)


async def test_an_annotator_is_told_the_dashboard_is_for_leads(store: Store) -> None:
    fill(store)
    app = make_app(store, "alice")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("p")
        await pilot.pause()
        assert not isinstance(app.screen, LeadScreen)
