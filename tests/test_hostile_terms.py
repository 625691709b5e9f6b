"""The glossary's term base: a term's translation, and each variant recorded beside it, is an
approved form every translation using the term must contain. A blank one (its structure
check silenced with a lint-ignore) or one without the language's letters matched every
translation, so the term base no longer checked the term at all. So did a variant that is
another, common word ("技术" for "AI大模型"): a variant keeps at least half of its approved
form's letters and digits, and `stats` lists new and changed variants for review."""

import shutil
import subprocess

from i18n_support import cli, entry, po_text, real_catalogs_pass, refused_on_the_report, write_po
from reportbook.i18n.prepare import check_language

GLOSSARY = """\
# Glossary

:::{glossary}
Alliance
  The body of member units.
:::
"""


def problems(
    tmp_path, term: str, *comments: str, page: str = "协会开会。", msgid: str = "The Alliance met."
) -> list[str]:
    source = tmp_path / "source"
    source.mkdir(exist_ok=True)
    (source / "glossary.md").write_text(GLOSSARY, "utf-8")
    locales = tmp_path / "locales"
    write_po(locales, "glossary", po_text(entry("Alliance", term, *comments)))
    write_po(locales, "page", po_text(entry(msgid, page)))
    found = check_language("zh_CN", locales, source).problems
    return [f"{p.path.name}:{p.line}: [{p.check}] {p.message}" for p in found]


def test_a_blank_term_is_refused(tmp_path):
    assert problems(tmp_path, "  ") == [
        "glossary.po:9: [structure] block structure changed: the source is paragraph; the "
        "translation is empty",
        "glossary.po:9: [term] the approved form of 'Alliance', '  ', is empty or only whitespace",
    ]


def test_a_variant_without_the_languages_letters_is_refused(tmp_path):
    # "。" is in nearly every translation: the page, which drops the term, would pass.
    assert problems(tmp_path, "联盟", "# variants: 。") == [
        "glossary.po:10: [term] the approved form of 'Alliance', '。', has none of the "
        "language's letters",
    ]


def test_a_real_term_and_variant_pass(tmp_path):
    assert problems(tmp_path, "产业联盟", "# variants: 联盟", page="联盟开会。") == []


def test_a_variant_that_is_another_word_is_refused(tmp_path):
    # "技术" is in most translations: the term check would pass a page without the term.
    assert problems(tmp_path, "AI大模型", "# variants: 技术", page="技术开会。") == [
        "glossary.po:10: [term] the approved form of 'Alliance', '技术', keeps only 0 of the 5 "
        "letters and digits of 'AI大模型' in their order: a shortened form keeps at least half of "
        "them, one that adds letters more than half, and each at least two"
    ]
    assert problems(tmp_path, "产业联盟", "# variants: 盟", page="盟开会。") == [
        "glossary.po:10: [term] the approved form of 'Alliance', '盟', keeps only 1 of the 4 "
        "letters and digits of '产业联盟' in their order: a shortened form keeps at least half of "
        "them, one that adds letters more than half, and each at least two"
    ]


def test_a_variant_that_replaces_half_the_term_is_refused(tmp_path):
    # 信息孤岛 ("information island") is the docs' example of another term than 数据孤岛: it
    # keeps half the letters, and replaces the other half (red team 6, break 5).
    assert problems(tmp_path, "数据孤岛", "# variants: 信息孤岛", page="信息孤岛开会。") == [
        "glossary.po:10: [term] the approved form of 'Alliance', '信息孤岛', keeps only 2 of the "
        "4 letters and digits of '数据孤岛' in their order: a shortened form keeps at least half "
        "of them, one that adds letters more than half, and each at least two"
    ]
    # Kept, but not in their order, is not a form of the term either.
    assert problems(tmp_path, "智能制造", "# variants: 造智", page="造智开会。") != []


def test_short_and_long_forms_are_variants(tmp_path):
    # A shortened form may keep half (孤岛 of 数据孤岛, as 智造 of 智能制造), listed by stats.
    assert problems(tmp_path, "数据孤岛", "# variants: 孤岛", page="孤岛开会。") == []
    # One that adds and drops keeps more than half: the report's own 少人化乃至无人化.
    variant = "# variants: 少人化乃至无人化"
    assert problems(tmp_path, "少人化、无人化生产线", variant, page="少人化乃至无人化。") == []
    # The forms the report's glossary records: an abbreviation, an insertion, no title marks.
    assert problems(tmp_path, "智能制造", "# variants: 智造", page="智造开会。") == []
    assert (
        problems(tmp_path, "产学研融合", "# variants: 产学研深度融合", page="产学研深度融合。")
        == []
    )
    title = "《制造业数字化转型行动方案》"
    assert problems(tmp_path, title, "# variants: 制造业数字化转型行动方案", page=title) == []


def test_stats_lists_new_and_changed_variants(tmp_path):
    problems(tmp_path, "产业联盟", "# variants: 联盟")
    git = ["git", "-C", str(tmp_path), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "catalogs"], check=True)
    glossary = tmp_path / "locales/zh_CN/LC_MESSAGES/glossary.po"
    text = glossary.read_text("utf-8")
    args = ("stats", "--locales", tmp_path / "locales", "--source", tmp_path / "source")
    glossary.write_text(text.replace("# variants: 联盟", "# variants: 联盟；产业"), "utf-8")
    lines = cli(*args).stdout.splitlines()
    assert "approved forms (terms, names, caption labels) changed in zh_CN since HEAD: 1" in lines
    assert "  term 'Alliance' variants: '联盟' → '联盟；产业'" in lines
    glossary.write_text(text.replace("# variants: 联盟\n", ""), "utf-8")
    subprocess.run([*git, "commit", "-qam", "no variants"], check=True)
    glossary.write_text(text, "utf-8")
    lines = cli(*args).stdout.splitlines()
    assert "  term 'Alliance' variants: '联盟' newly approved" in lines
    lines = cli(*args, "--since", "HEAD~1").stdout.splitlines()
    assert "approved forms (terms, names, caption labels) changed in zh_CN since HEAD~1: 0" in lines


def test_real_catalogs_pass():
    real_catalogs_pass()


def test_a_term_has_a_few_short_variants(tmp_path):
    # Red team 8: a megabyte of long variants on one term took 14 s to compare, one by one.
    many = "# variants: " + "；".join(f"联盟{chr(0x4E00 + i)}" for i in range(13))
    assert problems(tmp_path, "联盟", many, page="联盟开会。") == [
        "glossary.po:10: [term] 'Alliance' has 13 variants; a term has at most 12: record the "
        "forms the translation uses"
    ]
    long = "# variants: 联盟" + "盟" * 60
    assert problems(tmp_path, "联盟", long, page="联盟开会。") == [
        f"glossary.po:10: [term] the approved form of 'Alliance', '联盟{'盟' * 60}', is longer "
        "than 60 letters and digits: a variant is a form of the term"
    ]
    twelve = "# variants: " + "；".join(f"联盟{chr(0x4E00 + i)}" for i in range(12))
    assert problems(tmp_path, "联盟", twelve, page="联盟开会。") == []


def test_a_term_with_an_index_category_is_refused_before_the_build(tmp_path):
    # Red team 13: ' : ' in a term's translation starts a category in Sphinx's index; the
    # build refused it, check did not.
    assert problems(tmp_path, "联盟 : 类别", page="联盟 : 类别开会。") == [
        "glossary.po:9: [term] the approved form of 'Alliance', '联盟 : 类别', has ' : ', which "
        "the index reads as the start of a category"
    ]
    assert problems(tmp_path, "联盟：类别", page="联盟：类别开会。") == []


def test_a_term_the_index_would_file_under_another_is_refused_before_the_build(tmp_path):
    # Red team 15: '国家数据局;数据孤岛' for "data island" filed 数据孤岛 under 国家数据局 in the
    # index; so would '国家数据局 (数据孤岛)' (Sphinx groups "f() (in module m)" under "f()").
    assert problems(tmp_path, "协会;联盟", page="协会;联盟开会。") == [
        "glossary.po:9: [term] the approved form of 'Alliance', '协会;联盟', has ';', which the "
        "index reads as another level: write it without one"
    ]
    assert problems(tmp_path, "协会 (联盟)", page="协会 (联盟)开会。") == [
        "glossary.po:9: [term] the approved form of 'Alliance', '协会 (联盟)', has ' (…)', which "
        "the index files as a sub-entry of an entry named as the text before it: write it "
        "without the space before '(', or with the language's brackets"
    ]
    for term in ("协会（联盟）", "协会(联盟)", "协会；联盟"):
        assert problems(tmp_path, term, page=f"{term}开会。") == [], term


TWO_TERMS = """\
# Glossary

:::{glossary}
data asset
  Data held as an asset.

data island
  Data kept apart.
:::
"""


def test_two_terms_given_one_form_are_refused_at_both_lines(tmp_path):
    # Red team 19: "data asset" as 数据孤岛, the form of "data island", passed check and
    # prepare; the build then stopped on Sphinx's "duplicate term description", naming the
    # English glossary's line. Letters and digits compare: 《数据孤岛》 is the same name.
    source = tmp_path / "source"
    source.mkdir()
    (source / "glossary.md").write_text(TWO_TERMS, "utf-8")
    for asset in ("数据孤岛", "《数据孤岛》"):
        entries = (entry("data asset", asset), entry("data island", "数据孤岛"))
        write_po(tmp_path / "locales", "glossary", po_text(*entries))
        found = check_language("zh_CN", tmp_path / "locales", source).problems
        assert [f"{p.path.name}:{p.line}: [{p.check}] {p.message}" for p in found] == [
            f"glossary.po:9: [term] the approved form of 'data asset', '{asset}', is also that "
            "of 'data island' (glossary.po:12): the glossary would define two terms under one "
            "name (the build stops: Sphinx refuses a duplicate term), and a link to either "
            "would read the same; give each term its own form",
            "glossary.po:12: [term] the approved form of 'data island', '数据孤岛', is also that "
            "of 'data asset' (glossary.po:9): the glossary would define two terms under one "
            "name (the build stops: Sphinx refuses a duplicate term), and a link to either "
            "would read the same; give each term its own form",
        ]
    write_po(
        tmp_path / "locales",
        "glossary",
        po_text(entry("data asset", "数据资产"), entry("data island", "数据孤岛")),
    )
    assert check_language("zh_CN", tmp_path / "locales", source).problems == []


def test_the_red_teams_shared_term_is_refused_in_the_report(tmp_path):
    # Patch 02: the glossary entry and the three references that show it.
    from conftest import LOCALES, SOURCE
    from i18n_support import fill
    from reportbook.i18n.catalogs import load_catalog

    locales = tmp_path / "locales"
    shutil.copytree(LOCALES, locales)
    root = locales / "zh_CN" / "LC_MESSAGES"
    fill(root / "glossary.po", {"data asset": "数据孤岛"})
    for domain in ("discussion", "keynote", "opening"):
        po = root / f"{domain}.po"
        shown = {m.id: m.string for m in load_catalog(po, "zh_CN") if "<data asset>" in m.string}
        fill(
            po,
            {
                i: s.replace("数据资产 <data asset>", "数据孤岛 <data asset>")
                for i, s in shown.items()
            },
        )
    glossary = load_catalog(root / "glossary.po", "zh_CN")
    asset, island = glossary.get("data asset").lineno, glossary.get("data island").lineno
    result = cli("check", "zh_CN", "--locales", locales, "--source", SOURCE)
    assert result.returncode == 1
    assert result.stderr.splitlines()[:-1] == [
        f"{root / 'glossary.po'}:{asset}: [term] the approved form of 'data asset', '数据孤岛', is "
        f"also that of 'data island' (glossary.po:{island}): the glossary would define two "
        "terms under one name (the build stops: Sphinx refuses a duplicate term), and a link "
        "to either would read the same; give each term its own form",
        f"{root / 'glossary.po'}:{island}: [term] the approved form of 'data island', '数据孤岛', "
        f"is also that of 'data asset' (glossary.po:{asset}): the glossary would define two "
        "terms under one name (the build stops: Sphinx refuses a duplicate term), and a link "
        "to either would read the same; give each term its own form",
    ]


def each_time(english: str, approved: str, times: str, shown: str) -> str:
    return (
        f"[term] glossary term {english!r} must be translated as {approved!r} (the glossary's "
        f"approved form) each time: the English has it {times}, the translation shows the "
        f"approved form {shown}"
    )


def test_a_term_used_twice_is_translated_twice(tmp_path):
    # Red team 27, break 02: the term check asked only that the approved form be somewhere in
    # the message; two of three uses of a term could be another word.
    msgid = "The Alliance met, and the Alliance voted."
    assert problems(tmp_path, "联盟", msgid=msgid, page="联盟开会，协会表决。") == [
        "page.po:9: " + each_time("Alliance", "联盟", "twice", "once")
    ]
    assert (
        problems(
            tmp_path, "产业联盟", "# variants: 联盟", msgid=msgid, page="产业联盟开会，联盟表决。"
        )
        == []
    )


def test_a_short_form_inside_a_longer_one_counts_once(tmp_path):
    # 孤岛 is a listed short form of 数据孤岛 and inside it: 数据孤岛 is one use, not two.
    msgid = "The Alliance met, and the Alliance voted."
    assert problems(
        tmp_path, "数据孤岛", "# variants: 孤岛", msgid=msgid, page="数据孤岛开会。"
    ) == ["page.po:9: " + each_time("Alliance", "数据孤岛", "twice", "once")]
    page = "数据孤岛开会，孤岛表决。"
    assert problems(tmp_path, "数据孤岛", "# variants: 孤岛", msgid=msgid, page=page) == []


def test_the_report_refuses_a_term_replaced_in_two_of_three_uses(tmp_path):
    # Red team 27, break 02, on the report: 智能制作 and 智慧生产 for intelligent manufacturing.
    refused_on_the_report(
        tmp_path,
        [
            (
                "work-report",
                [
                    ("行业智能制造发展", "行业智能制作发展"),
                    ("line>`智能制造打下", "line>`智慧生产打下"),
                ],
                [each_time("intelligent manufacturing", "智能制造", "3 times", "once")],
            )
        ],
    )


def test_a_title_shown_by_a_reference_does_not_use_the_term_in_the_text(tmp_path):
    # Red team 27, break 06: the text's 针织自动化 was written 缝纫自动化 (sewing automation),
    # and the title {ref}`sec-talk-fushan` shows supplied the approved form. The English title
    # uses the term too: it counts once on each side.
    refused_on_the_report(
        tmp_path,
        [
            (
                "organisations",
                [("从事针织自动化的企业", "从事缝纫自动化的企业")],
                [each_time("knitting automation", "针织自动化", "twice", "once")],
            )
        ],
    )


def test_a_term_inside_a_longer_terms_form_is_counted_as_in_the_english(tmp_path):
    # Red team 30, break 01: the English blanks "intelligent manufacturing" inside the plan's
    # title (a longer term) before counting it; the translation counted 智能制造 inside the
    # plan's translated title, so the one real use could say 绿色制造 (green manufacturing).
    refused_on_the_report(
        tmp_path,
        [
            (
                "glossary",
                [("智能制造发展编制", "绿色制造发展编制")],
                [
                    "[term] glossary term 'intelligent manufacturing' must be translated as "
                    "'智能制造' (the glossary's approved form)"
                ],
            )
        ],
    )
