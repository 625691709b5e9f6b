"""Measure how often fuzzy matching attaches an old translation to the wrong message.

Takes the report's real messages (the paragraphs, headings and list items of source/*.md),
applies realistic edits to a few messages of one page at a time, runs a catalog update, and
checks which old translation each edited message inherited:

    correct  the translation of the message it was edited from
    wrong    the translation of some other message (the harmful case)
    missed   none (the translator starts from an empty entry; the old one is obsolete)

Run ``python tests/fuzzy_measure.py`` for the table quoted in docs/translating.md.
"""

import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from babel.messages.catalog import Catalog

from reportbook.i18n.fuzzy import Matcher
from reportbook.i18n.lint.markup import parser
from reportbook.i18n.update import merge

SOURCE = Path(__file__).resolve().parent.parent / "source"
SENTENCE = re.compile(r"(?<=[.;:!?])\s+(?=[A-Z{(])")


def report_messages(source: Path = SOURCE) -> dict[str, list[str]]:
    """Page → its messages, as Sphinx extracts them: the text of each paragraph and heading."""
    pages = {}
    for md in sorted(source.glob("*.md")):
        tokens = parser().parse(md.read_text("utf-8"))
        messages = [t.content for t in tokens if t.type == "inline" and t.content.strip()]
        pages[md.stem] = list(dict.fromkeys(messages))
    return pages


def _sentences(text: str) -> list[str]:
    return SENTENCE.split(text)


def edit(kind: str, text: str, corpus: list[str], rng: random.Random) -> list[str] | None:
    """The message(s) an editor's change of ``kind`` turns ``text`` into; None if not possible."""
    words = text.split(" ")
    sentences = _sentences(text)
    if kind == "words":  # one to three words changed
        if len(words) < 6:
            return None
        other = rng.choice(corpus).split(" ")
        for i in rng.sample(range(len(words)), min(3, rng.randint(1, 3))):
            words[i] = rng.choice(other)
        return [" ".join(words)]
    if kind == "number":
        if not re.search(r"\d", text):
            return None
        return [re.sub(r"\d+", lambda m: str(int(m.group()) + 1), text, count=1)]
    if kind == "sentence-added":
        return [text + " " + rng.choice(_sentences(rng.choice(corpus)))]
    if kind == "sentence-removed":
        if len(sentences) < 3:
            return None
        del sentences[rng.randrange(len(sentences))]
        return [" ".join(sentences)]
    if kind == "split":
        if len(sentences) < 2:
            return None
        cut = rng.randrange(1, len(sentences))
        return [" ".join(sentences[:cut]), " ".join(sentences[cut:])]
    if kind == "rewritten":  # replaced by an unrelated text: inheriting anything is wrong
        return [rng.choice(corpus) + " (rewritten)"]
    raise ValueError(kind)


KINDS = ["words", "number", "sentence-added", "sentence-removed", "split", "rewritten"]


@dataclass
class Tally:
    correct: int = 0
    wrong: int = 0
    missed: int = 0

    def rate(self, n: int) -> str:
        total = self.correct + self.wrong + self.missed
        return f"{100 * n / total:5.1f} %" if total else "   -  "


def _catalog(messages: list[str], translated: bool) -> Catalog:
    catalog = Catalog(locale="zh_CN")
    for m in messages:
        catalog.add(m, f"TR<{m}>" if translated else "")
    return catalog


def run(
    matcher: Matcher | None, trials: int = 400, edits_per_trial: int = 3, seed: int = 1
) -> dict[str, Tally]:
    """matcher=None measures Babel's own matcher (Catalog.update with fuzzy matching on)."""
    rng = random.Random(seed)
    pages = {p: m for p, m in report_messages().items() if len(m) > edits_per_trial}
    corpus = [m for msgs in pages.values() for m in msgs]
    tallies = {kind: Tally() for kind in KINDS}
    for _ in range(trials):
        page = rng.choice(sorted(pages))
        messages = pages[page]
        new, expected = list(messages), {}
        for index in rng.sample(range(len(messages)), edits_per_trial):
            kind = rng.choice(KINDS)
            result = edit(kind, messages[index], corpus, rng)
            if not result or any(r in messages or r in expected for r in result):
                continue
            position = new.index(messages[index])
            new[position : position + 1] = result
            for r in result:
                expected[r] = (kind, None if kind == "rewritten" else messages[index])
        old = _catalog(messages, translated=True)
        template = _catalog(new, translated=False)
        if matcher is None:
            old.update(template)
        else:
            merge(old, template, matcher)
        for text, (kind, origin) in expected.items():
            got = old[text].string
            tally = tallies[kind]
            if not got:
                tally.missed += 1
            elif origin is not None and got == f"TR<{origin}>":
                tally.correct += 1
            else:
                tally.wrong += 1
    return tallies


def table(rows: dict[str, dict[str, Tally]]) -> str:
    lines = [f"{'matcher':<34} {'edit':<17} {'correct':>8} {'wrong':>8} {'missed':>8}"]
    for name, tallies in rows.items():
        overall = Tally()
        for kind, t in tallies.items():
            lines.append(
                f"{name:<34} {kind:<17} {t.rate(t.correct)} {t.rate(t.wrong)} {t.rate(t.missed)}"
            )
            overall.correct += t.correct
            overall.wrong += t.wrong
            overall.missed += t.missed
        lines.append(
            f"{name:<34} {'all kinds':<17} {overall.rate(overall.correct)} "
            f"{overall.rate(overall.wrong)} {overall.rate(overall.missed)}"
        )
    return "\n".join(lines)


def main() -> None:
    rows = {}
    for edits in (3, 6):
        rows[f"babel default, {edits} edits/page"] = run(None, edits_per_trial=edits)
        for cutoff in (0.6, 0.7, 0.8):
            rows[f"ours {cutoff} no-split, {edits} e/p"] = run(
                Matcher(cutoff, containment=2.0), edits_per_trial=edits
            )
            rows[f"ours {cutoff}, {edits} edits/page"] = run(Matcher(cutoff), edits_per_trial=edits)
    print(table(rows))


if __name__ == "__main__":
    sys.exit(main())
