"""Red team 60: a translation marked its Chinese heading as English ([会议宗旨]{.language-en}).
No id, class or link is added (the class is allowed), but the page tells screen readers,
search and the book's faces that the text is English, and the checks read a marked phrase as
a quotation of the English. A phrase marked as another language holds none of the
translation's own letters, unless the source marks it so."""

import pytest

from i18n_support import lint_one, refused_on_the_report


def marked(text: str, tag: str = "en") -> str:
    return (
        f"page.po:9: [marked-language] {text!r} is marked as {tag} ({{.language-{tag}}}) but "
        "is written in zh-CN: mark only words of that language"
    )


@pytest.mark.parametrize(
    ("msgid", "msgstr", "text"),
    [
        ("Purpose of the meeting", "[会议宗旨]{.language-en}", "会议宗旨"),
        ("Chen Dapeng spoke.", "[Chen Dapeng陈大鹏]{.language-en}讲话。", "Chen Dapeng陈大鹏"),
        # the first stretch of Chinese in the phrase is named
        ("Purpose of the meeting", "会议[宗旨 **要点**]{.language-en}", "宗旨"),
    ],
)
def test_chinese_marked_as_english_is_refused(tmp_path, msgid, msgstr, text):
    assert marked(text) in lint_one(tmp_path, msgid, msgstr)


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("Chen Dapeng spoke.", "陈大鹏（[Chen Dapeng]{.language-en}）讲话。"),  # the English
        ("A slogan ([三衣两裤]{.language-zh-CN}).", "口号（[三衣两裤]{.language-zh-CN}）。"),
        # the source itself marks it so: the translation keeps what it is given
        ("The title [智造 AI]{.language-en}.", "标题[智造 AI]{.language-en}。"),
    ],
)
def test_marked_words_of_their_own_language_pass(tmp_path, msgid, msgstr):
    assert not [f for f in lint_one(tmp_path, msgid, msgstr) if "[marked-language]" in f]


def test_the_red_teams_heading_is_refused_on_the_report(tmp_path):
    refused_on_the_report(
        tmp_path,
        [
            (
                "opening",
                [("会议宗旨", "[会议宗旨]{.language-en}")],
                [marked("会议宗旨").removeprefix("page.po:9: ")],
            ),
        ],
    )
