"""Red team 46's gap: where the English has markup of its own, `check` passed a span with
attributes ({#id}, {.class}) or a footnote reference the translation added, which only the
build refused. A translator hears of it from `check`, at its line."""

import pytest

from i18n_support import lint_one

SEE = "See {ref}`the opening <ch-opening>` for more."
ADDS = "page.po:9: [markup] the translation adds {kind} the source does not have"


@pytest.mark.parametrize(
    ("msgid", "msgstr", "kind"),
    [
        (SEE, "详见{ref}`开幕 <ch-opening>`[本章]{#chapter-x}。", "a span with attributes"),
        (SEE, "详见{ref}`开幕 <ch-opening>`[本章]{.foo}。", "a span with attributes"),
        (SEE, '详见{ref}`开幕 <ch-opening>`[本章]{style="color:red"}。', "a span with attributes"),
        (SEE, "详见{ref}`开幕 <ch-opening>`。[^2030]", "a footnote reference"),
    ],
)
def test_an_added_id_class_or_footnote_is_refused_at_its_line(tmp_path, msgid, msgstr, kind):
    found = lint_one(tmp_path, msgid, msgstr)
    assert len(found) == 1 and found[0].startswith(ADDS.format(kind=kind)), found


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("See [the note]{.smallcaps} for more.", "详见[说明]{.smallcaps}。"),
        ("It grew.[^1]", "联盟发展壮大。[^1]"),
        ("The [ten years]{.language-en} passed.", "[ten years]{.language-en}过去了。"),
    ],
)
def test_the_sources_own_attributes_and_footnotes_may_stay(tmp_path, msgid, msgstr):
    assert not [f for f in lint_one(tmp_path, msgid, msgstr) if "[markup]" in f]


def test_where_the_source_has_no_markup_the_plain_text_check_names_it_once(tmp_path):
    found = lint_one(tmp_path, "See the opening for more.", "详见开幕[本章]{#chapter-x}。")
    assert [f.split("]")[0] for f in found] == ["page.po:9: [plain-text"], found
