"""Fixtures of the app's tests: Pilot runs on asyncio, and a small filled database."""

from __future__ import annotations

import pytest

from annotate.store import Store
from tests.app.helpers import fill


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def demo(store: Store) -> Store:
    """Three documents with suggestions (`tests.app.helpers.fill`)."""
    return fill(store)
