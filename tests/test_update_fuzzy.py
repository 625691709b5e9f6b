"""Our fuzzy matcher against Babel's on realistic edits of the report's own paragraphs
(a small run of tests/fuzzy_measure.py; the full table is in docs/translating.md)."""

import pytest

from fuzzy_measure import Tally, report_messages, run
from reportbook.i18n.fuzzy import DEFAULT, Matcher


def _sum(tallies: dict[str, Tally]) -> Tally:
    total = Tally()
    for t in tallies.values():
        total.correct += t.correct
        total.wrong += t.wrong
        total.missed += t.missed
    return total


@pytest.mark.skipif(
    sum(map(len, report_messages().values())) < 50, reason="the report's content is not there yet"
)
def test_fewer_wrong_attachments_than_babel_and_splits_found():
    ours, babel = run(DEFAULT, trials=120), run(None, trials=120)
    mine, theirs = _sum(ours), _sum(babel)
    assert mine.wrong <= theirs.wrong
    assert mine.wrong / (mine.correct + mine.wrong + mine.missed) < 0.03
    assert ours["split"].correct > babel["split"].correct
    assert ours["words"].correct >= 0.9 * sum(vars(ours["words"]).values())


def test_short_messages_never_inherit():
    assert Matcher().best("Agents", ["Agenda"]) is None
    assert Matcher().best("Opening of the meeting", ["Opening of the meetings"]) is not None


def test_split_paragraph_inherits_from_the_whole():
    whole = (
        "The Alliance was established in 2016. Since then it has played an important role "
        "in strengthening the industry's capacity for independent innovation."
    )
    half = "Since then it has played an important role in strengthening the industry's capacity"
    assert Matcher().best(half + " for independent innovation.", [whole, "Unrelated text " * 5])
