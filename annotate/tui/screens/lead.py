"""The lead's dashboard: the project's progress, each annotator's, and how the team agrees.

It shows `annotate progress` in the app: a bar for the corpus and one per annotator (done of
assigned), time per document, agreement with colleagues and with gold, and two sparklines,
documents finished per day and agreement per day, which is how a lead sees a team settle in
or drift. Textual's own ProgressBar and Sparkline draw them: a plotting package would add a
dependency for two lines of bars. The numbers come from `annotate.progress.report`; the
screen runs no SQL.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Label, ProgressBar, Sparkline, Static

from annotate.progress import report

if TYPE_CHECKING:
    from annotate.tui.app import AnnotateApp

LEAD_BINDINGS: list[Binding] = [
    Binding("r", "refresh_report", "Refresh", id="lead.refresh"),
    Binding("escape,q", "back", "Back", id="lead.back"),
]


def _num(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _days(per_day: dict[str, Any], key: str | None = None) -> tuple[list[str], list[float]]:
    days = sorted(per_day)
    values = [float((per_day[d][key] if key else per_day[d]) or 0.0) for d in days]
    return days, values


class LeadScreen(Screen[None]):
    """Progress bars per annotator and the team's throughput and agreement per day."""

    BINDINGS: ClassVar[list[BindingType]] = list(LEAD_BINDINGS)

    @property
    def annotate_app(self) -> AnnotateApp:
        return cast("AnnotateApp", self.app)

    def compose(self) -> ComposeResult:
        yield Static(id="lead-header")
        with VerticalScroll(id="lead-body"):
            yield Vertical(id="lead-annotators")
            yield Label("Documents finished per day", classes="lead-caption")
            yield Sparkline([], id="lead-throughput")
            yield Static(id="lead-throughput-days", classes="lead-axis")
            yield Label("Agreement (span F1) per day", classes="lead-caption")
            yield Sparkline([], id="lead-agreement")
            yield Static(id="lead-agreement-days", classes="lead-axis")
        yield Footer()

    def on_mount(self) -> None:
        self.action_refresh_report()

    def action_refresh_report(self) -> None:
        rep = report(self.annotate_app.store)
        docs = rep["documents"]
        head = Text()
        head.append(" lead ", style="bold reverse")
        head.append(f"  {docs['total']} documents · {docs['assigned']} assigned · "
                    f"{docs['done']} done by all their annotators · {docs['adjudicated']} "
                    "adjudicated", style="bold")
        self.query_one("#lead-header", Static).update(head)
        rows = self.query_one("#lead-annotators", Vertical)
        rows.remove_children()
        rows.mount(self._row_header())
        for name, a in rep["annotators"].items():
            rows.mount(self._row(name, a))
        team: dict[str, float] = {}
        for a in rep["annotators"].values():
            for day, n in a["per_day"].items():
                team[day] = team.get(day, 0) + n
        self._sparkline("throughput", *_days(team))
        self._sparkline("agreement", *_days(rep["per_day"], "agreement_f1"))

    def _row_header(self) -> Horizontal:
        return Horizontal(*(Label(Text(t, style="bold"), classes=f"lead-{c}") for t, c in (
            ("annotator", "name"), ("done of assigned", "bar"), ("s/doc", "cell"),
            ("agree F1", "cell"), ("gold F1", "cell"))), classes="lead-row")

    def _row(self, name: str, a: dict[str, Any]) -> Horizontal:
        total = a["assigned"] or max(a["done"] + a["in_progress"] + a["skipped"], 1)
        bar = ProgressBar(total=total, show_eta=False, classes="lead-bar")
        bar.advance(a["done"])
        return Horizontal(
            Label(Text(name), classes="lead-name"), bar,
            Label(_num(a["seconds_per_document"], 0), classes="lead-cell"),
            Label(_num(a["agreement_f1"]), classes="lead-cell"),
            Label(_num(a["gold_f1"]), classes="lead-cell"), classes="lead-row")

    def _sparkline(self, which: str, days: list[str], values: list[float]) -> None:
        self.query_one(f"#lead-{which}", Sparkline).data = values or [0.0]
        span = f"{len(days)} day" + ("s" if len(days) != 1 else "")
        axis = f"{days[0]} … {days[-1]} ({span})" if days else "nothing yet"
        self.query_one(f"#lead-{which}-days", Static).update(Text(axis, style="dim"))

    def action_back(self) -> None:
        self.app.pop_screen()
