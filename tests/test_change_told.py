"""A figure told with its own change since an earlier reading ("41 percent, up four points", "up from 37") and
another report's figure that is that earlier reading: two readings of one measure, an update
(consistency/checks/comparisons.py, ``_told_with_its_change``). A change that does not lead back to the other
figure explains nothing.

The articles are invented: a poll of the Tesskor Greens.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine import run_articles
from consistency.model import Article

EARLIER = "The Tesskor Greens stood at 37 percent in the Brauvik poll, the pollster said on Monday."


def poll_verdicts(later: str) -> list[tuple[str, str | None]]:
    result = run_articles([
        Article(id="a", path="a.md", outlet="Zyndra Courier", body=EARLIER, published=dt.datetime(2047, 3, 2, 9, 0)),
        Article(id="b", path="b.md", outlet="Plovhar Post", body=later, published=dt.datetime(2047, 3, 9, 9, 0)),
    ])
    return [(f.status, f.cause) for f in result.findings if f.kind == "figure"]


@pytest.mark.parametrize(
    ("later", "status"),
    [
        ("The Tesskor Greens stand at 41 percent in the Brauvik poll, up four points, the pollster said on Monday.", "compatible"),
        ("The Tesskor Greens stand at 41 percent in the Brauvik poll, up two points, the pollster said on Monday.", "conflict"),
    ],
)
def test_a_figure_told_with_its_change_since_the_other_is_an_update(later: str, status: str) -> None:
    assert [s for s, _ in poll_verdicts(later)][:1] == [status]
