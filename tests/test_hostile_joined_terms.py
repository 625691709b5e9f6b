"""Red team 58: a term's approved form joined to a letter that makes another word of it.
破解非智能制造领域的技术瓶颈 ("non-intelligent manufacturing") and {term}`反智能制造 <intelligent
manufacturing>` ("anti-") hold the approved form 智能制造, so the term base found it, and say the
opposite. A letter of ``term_prefixes`` right before a term's form is refused where the English
says no negation; one that ends a longer word (各类技术沙龙) is that word's."""

import pytest

from i18n_support import lint_one, refused_on_the_report
from reportbook.i18n.lint.termbase import TermBase

TERMS = TermBase({"intelligent manufacturing": "智能制造", "technology salon": "技术沙龙"})
SOLVING = "They discussed solving the technical bottlenecks in intelligent manufacturing."


def joined(term: str, form: str, letter: str) -> str:
    return (
        f"[term] the term {term!r} ({form}) is joined to {letter} ({letter}{form}), which makes "
        "another word of it (non-, anti-) where the English says no such thing: write the term "
        "alone"
    )


IM = "intelligent manufacturing"


@pytest.mark.parametrize(
    ("msgid", "msgstr", "said"),
    [
        (SOLVING, "他们讨论了破解非智能制造领域的技术瓶颈。", joined(IM, "智能制造", "非")),
        (SOLVING, "他们讨论了破解反智能制造领域的技术瓶颈。", joined(IM, "智能制造", "反")),
        (SOLVING, "他们讨论了破解伪智能制造领域的技术瓶颈。", joined(IM, "智能制造", "伪")),
        (
            "The keynote on {term}`intelligent manufacturing`.",
            "{term}`反智能制造 <intelligent manufacturing>`主旨报告。",
            joined(IM, "智能制造", "反"),
        ),
    ],
)
def test_a_term_joined_to_a_prefix_is_refused(tmp_path, msgid, msgstr, said):
    found = lint_one(tmp_path, msgid, msgstr, termbase=TERMS)
    assert f"page.po:9: {said}" in found, found


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        (SOLVING, "他们讨论了破解智能制造领域的技术瓶颈。"),
        ("It held various technology salons.", "它举办了各类技术沙龙。"),  # 各类: "all kinds"
        # The English negates: the translation may too.
        (
            "Non-intelligent manufacturing is not intelligent manufacturing.",
            "非智能制造不是智能制造。",
        ),
    ],
)
def test_a_term_alone_or_negated_by_the_english_passes(tmp_path, msgid, msgstr):
    assert lint_one(tmp_path, msgid, msgstr, termbase=TERMS) == []


def test_the_red_teams_joined_term_is_refused_on_the_report(tmp_path):
    refused_on_the_report(
        tmp_path,
        [
            (
                "keynote",
                [
                    (
                        "{term}`智能制造 <intelligent manufacturing>`主旨报告",
                        "{term}`反智能制造 <intelligent manufacturing>`主旨报告",
                    )
                ],
                [joined(IM, "智能制造", "反")],
            )
        ],
    )
