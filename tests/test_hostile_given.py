"""What the English itself writes in Chinese ([中国服装协会]{.language-zh-CN}) is the translation
already: the translation writes it as written, in the English's order (red team 30, breaks 05
and 09: another body's name in a glossary entry, the lead paragraph's slogan reversed)."""

from i18n_support import lint_one, real_catalogs_pass, refused_on_the_report

MSGID = (
    'The shift from "made in China" ([中国制造]{.language-zh-CN}) to "intelligently made in '
    'China" ([中国智造]{.language-zh-CN}).'
)
RULE = (
    "write each text the source gives in the translation's language as the source does, in "
    "the source's order"
)


def missing(text: str, before: str = "") -> str:
    where = f"; the translation has it before {before!r}, which the source writes first"
    return (
        f"page.po:9: [given] {text!r}, which the source writes in zh-CN, is missing from the "
        f"translation as written{where if before else ''}: {RULE}"
    )


def test_the_chinese_the_english_gives_is_written_as_given_in_order(tmp_path):
    for msgstr in (
        "从“[中国制造]{.language-zh-CN}”到“[中国智造]{.language-zh-CN}”的转变。",
        "从“中国制造”到“中国智造”的转变。",  # unmarked: a Chinese page's own text
    ):
        assert lint_one(tmp_path, MSGID, msgstr) == [], msgstr
    assert lint_one(tmp_path, MSGID, "从“中国智造”到“中国制造”的转变。") == [
        missing("中国智造", before="中国制造")
    ]
    assert lint_one(tmp_path, MSGID, "从“中国制造”到“中国智能制造”的转变。") == [
        missing("中国智造")
    ]


def test_a_name_the_english_gives_cannot_be_replaced(tmp_path):
    msgid = "The association of the industry ([中国服装协会]{.language-zh-CN})."
    assert lint_one(tmp_path, msgid, "[中国服装协会]{.language-zh-CN}是行业协会。") == []
    assert lint_one(tmp_path, msgid, "[中国纺织工业联合会]{.language-zh-CN}是行业协会。") == [
        missing("中国服装协会")
    ]


def test_the_report_refuses_another_name_and_a_reversed_slogan(tmp_path):
    refused_on_the_report(
        tmp_path,
        [
            (
                "glossary",
                [("[中国服装协会]{.language-zh-CN}是", "[中国纺织工业联合会]{.language-zh-CN}是")],
                [missing("中国服装协会").removeprefix("page.po:9: ")],
            ),
            (
                "glossary",
                [("[国家数据局]{.language-zh-CN}是", "[国家统计局]{.language-zh-CN}是")],
                [missing("国家数据局").removeprefix("page.po:9: ")],
            ),
            (
                "index",
                [
                    (
                        "“[中国制造]{.language-zh-CN}”到“[中国智造",
                        "“[中国智造]{.language-zh-CN}”到“[中国制造",
                    )
                ],
                [missing("中国智造", before="中国制造").removeprefix("page.po:9: ")],
            ),
        ],
    )


def test_real_catalogs_pass():
    real_catalogs_pass()
