"""Fixtures of the app's tests: Pilot runs on asyncio, and a small filled database."""

from __future__ import annotations

from collections.abc import Iterator

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


@pytest.fixture
def other(demo: Store) -> Iterator[Store]:
    """A second connection to the demo database: another window, or another person."""
    second = Store(demo.path)
    yield second
    second.close()
