"""Property: across any sequence of source edits and updates, no translation is ever lost."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from i18n_support import fill, translations, write_pot
from reportbook.i18n.update import update_catalogs

WORDS = [
    "alliance",
    "garment",
    "members",
    "intelligent",
    "manufacturing",
    "digital",
    "data",
    "platform",
    "factory",
    "2016",
    "3,000",
    "the",
    "and",
    "of",
    "innovation",
    "Hangzhou",
]
sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=12).map(
    lambda ws: " ".join(ws).capitalize() + "."
)
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)


@st.composite
def edit(draw, messages: list[str]) -> list[str]:
    """One editor's change to the page: change words, add, remove, split or insert paragraphs."""
    messages = list(messages)
    kind = draw(st.sampled_from(["words", "add-sentence", "remove", "split", "insert"]))
    i = draw(st.integers(0, len(messages) - 1)) if messages else 0
    if kind == "insert" or not messages:
        messages.insert(i, draw(paragraph))
    elif kind == "words":
        words = messages[i].split()
        words[draw(st.integers(0, len(words) - 1))] = draw(st.sampled_from(WORDS))
        messages[i] = " ".join(words)
    elif kind == "add-sentence":
        messages[i] += " " + draw(sentence)
    elif kind == "remove" and len(messages) > 1:
        del messages[i]
    elif kind == "split":
        parts = messages[i].split(". ")
        if len(parts) > 1:
            messages[i : i + 1] = [parts[0] + ".", ". ".join(parts[1:])]
    return list(dict.fromkeys(messages))


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data(), start=st.lists(paragraph, min_size=1, max_size=5, unique=True))
def test_no_translation_is_ever_lost(tmp_path_factory, data, start):
    tmp = tmp_path_factory.mktemp("roundtrip")
    pot, locales = tmp / "gettext", tmp / "locales"
    po = locales / "zh_CN/LC_MESSAGES/page.po"
    messages = start
    write_pot(pot, "page", messages)
    update_catalogs("zh_CN", pot, locales)
    seen: set[str] = set()
    for step in range(data.draw(st.integers(1, 5))):
        # the translator translates whatever is untranslated, then the source changes
        fill(po, {m: f"译{step}-{n}" for n, m in enumerate(messages) if _is_empty(po, m)})
        seen |= set(translations(po))
        messages = data.draw(edit(messages))
        write_pot(pot, "page", messages)
        update_catalogs("zh_CN", pot, locales)
        assert seen <= set(translations(po)), "a translation disappeared"
    before = po.read_bytes()
    update_catalogs("zh_CN", pot, locales)  # no source change: no diff
    assert po.read_bytes() == before


def _is_empty(po, msgid: str) -> bool:
    from reportbook.i18n.catalogs import load_catalog

    message = load_catalog(po, "zh_CN").get(msgid)
    return message is not None and not message.string
