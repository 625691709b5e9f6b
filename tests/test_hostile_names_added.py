"""Red team 47's borderline: a person's name the translation adds where the English has a
pronoun ("He concentrated on…" as 陈大鹏重点介绍了…) gives the statement to that person. The
name check counted only that each name of the English is there; now a person the translation
names more often than the English (in full, by a surname that is theirs alone, or quoted as
English) is refused."""

from i18n_support import entry, po_text, unnamed, write_po
from reportbook.i18n.prepare import check_language
from test_hostile_names import PEOPLE, added, problems, project


def named(shown: int, times: int) -> str:
    return "page.po:9: " + added("陈大鹏", "person-chen-dapeng", shown, times)


def test_a_person_named_where_the_english_has_a_pronoun_is_refused(tmp_path):
    found = problems(tmp_path, entry("He concentrated on standards.", "陈大鹏重点介绍了标准。"))
    assert found == [named(shown=1, times=0)], found


def test_a_person_named_once_more_than_the_english_is_refused(tmp_path):
    msgid = "Chen Dapeng spoke. He concentrated on standards."
    found = problems(tmp_path, entry(msgid, "陈大鹏发言。陈大鹏重点介绍了标准。"))
    assert found == [named(shown=2, times=1)], found


def test_a_person_named_by_surname_and_title_is_named(tmp_path):
    # Red team 50: 蒋顾问 for "he" (Chen Dapeng) gave his summary to Jiang Hengjie; the check
    # counted only the approved form.
    # Red team 66 row 21: 蒋组长, an office the list lacked.
    # An office so said is one the English does not name either (red team 75).
    president = "会长 for 'President', 'Presidents', 'Chairman'"
    leader = "组长 for 'Leader', 'Leaders', 'led by', 'Head', 'heads', 'headed by'"
    for msgstr, office in (
        ("陈会长重点介绍了标准。", unnamed(["会长"], president)),
        ("老陈重点介绍了标准。", None),
        ("陈先生重点介绍了标准。", None),
        ("陈组长重点介绍了标准。", unnamed(["组长"], leader)),
    ):
        found = problems(tmp_path, entry("He concentrated on standards.", msgstr))
        assert found == [named(shown=1, times=0)] + [f"page.po:9: {office}"] * bool(office)


def test_a_person_named_with_a_gap_is_named(tmp_path):
    # Red team 50: 蒋 衡杰 (a space, a dot, an ideographic space) for "he" read as no name.
    for msgstr in (
        "陈 大鹏重点介绍了标准。",
        "陈·大鹏重点介绍了标准。",
        "陈\u3000大鹏重点介绍了标准。",
    ):
        found = problems(tmp_path, entry("He concentrated on standards.", msgstr))
        assert found == [named(shown=1, times=0)], msgstr


def test_a_person_the_english_names_or_quotes_may_be_named(tmp_path):
    for msgid, msgstr in [
        ("Chen Dapeng spoke. He concentrated on standards.", "陈大鹏发言。他重点介绍了标准。"),
        ("Mr Chen concentrated on standards.", "陈大鹏重点介绍了标准。"),  # the surname
        ("President Chen concentrated on standards.", "陈会长重点介绍了标准。"),
        ("President Chen Dapeng concentrated on standards.", "陈大鹏会长重点介绍了标准。"),
        ("He concentrated on standards.", "他陈述了标准。"),  # 陈 of a word: no title
        (
            'The source spells it "Chen Dapeng".',
            "原文拼作“陈大鹏（[Chen Dapeng]{.language-en}）”。",
        ),
    ]:
        assert problems(tmp_path, entry(msgid, msgstr)) == [], msgstr


def test_a_name_added_on_purpose_is_recorded(tmp_path):
    reason = "# lint-ignore: name — the Chinese names the speaker, as the original does"
    assert problems(tmp_path, entry("He spoke.", "陈大鹏发言。", reason)) == []


def test_a_surname_two_people_share_names_neither(tmp_path):
    # "Mr Chen" is Chen Dapeng or Chen Xinping: the translation that names Chen Dapeng there
    # may give Chen Xinping's statement to him, so it is refused like a pronoun made a name.
    source, locales, *_ = project(tmp_path)
    xinping = (
        "\n(person-chen-xinping)=\n## Chen Xinping\n\n"
        ":::{index} single: Chen Xinping\n:::\n\nA speaker.\n"
    )
    (source / "people.md").write_text(PEOPLE + xinping, "utf-8")
    write_po(
        locales,
        "people",
        po_text(
            entry("Chen Dapeng", "陈大鹏"),
            entry("President of the association.", "协会会长。"),
            entry("Chen Xinping", "陈新平"),
            entry("A speaker.", "发言人。"),
        ),
    )
    write_po(
        locales,
        "page",
        po_text(entry("Mr Chen concentrated on standards.", "陈大鹏重点介绍了标准。")),
    )
    found = check_language("zh_CN", locales, source).problems
    assert [f"{p.path.name}:{p.line}: [{p.check}] {p.message}" for p in found] == [
        named(shown=1, times=0)
    ]


def test_a_full_name_whose_given_name_begins_with_a_title_is_named_once(tmp_path):
    # 王总明 holds 王总 ("Mr Wang", by the surname and 总): the full name names him once.
    source, locales, *_ = project(tmp_path)
    wang = (
        "\n(person-wang-zongming)=\n## Wang Zongming\n\n"
        ":::{index} single: Wang Zongming\n:::\n\nA speaker.\n"
    )
    (source / "people.md").write_text(PEOPLE + wang, "utf-8")
    write_po(
        locales,
        "people",
        po_text(
            entry("Chen Dapeng", "陈大鹏"),
            entry("President of the association.", "协会会长。"),
            entry("Wang Zongming", "王总明"),
            entry("A speaker.", "发言人。"),
        ),
    )
    write_po(locales, "page", po_text(entry("Wang Zongming spoke.", "王总明发言。")))
    assert check_language("zh_CN", locales, source).problems == []
