"""Red team 30: where the English paraphrases a glossary term ("green" for green development),
its reference's text only had to keep two letters of the term in order, so two kept letters
carried any meaning: 粗放发展 ("extensive development") for green development, 实物样衣
("physical samples") for virtual samples. A paraphrase now adds at most one letter of its own
(绿色化, the catalogs' own), after the kept ones: one before them negates or turns the term
(非绿色, 真样衣: red team 36)."""

from i18n_support import negated, refused_on_the_report


def refused(term: str, shown: str, approved: str) -> str:
    return (
        f"[term] the reference to the term {term!r} shows {shown!r}; it must show the approved "
        f"form {approved!r} or a listed variant"
    )


def test_a_paraphrase_that_adds_letters_is_refused(tmp_path):
    refused_on_the_report(
        tmp_path,
        [
            (
                "closing",
                [("{term}`绿色化 <green", "{term}`粗放发展 <green")],
                [refused("green development", "粗放发展", "绿色发展")],
            ),
            (
                "member-talks",
                [("{term}`虚拟样衣 <3D", "{term}`实物样衣 <3D")],
                [refused("3D virtual sample", "实物样衣", "3D虚拟样衣")],
            ),
        ],
    )


def test_a_paraphrase_that_adds_a_letter_before_the_term_is_refused(tmp_path):
    refused_on_the_report(
        tmp_path,
        [
            (
                "closing",
                [("{term}`绿色化 <green", "{term}`非绿色 <green")],
                [refused("green development", "非绿色", "绿色发展"), negated("非")],
            ),
            (
                "member-talks",
                [("{term}`虚拟样衣 <3D", "{term}`真样衣 <3D")],
                [refused("3D virtual sample", "真样衣", "3D虚拟样衣")],
            ),
        ],
    )
