"""Which old translation, if any, a changed message should inherit as a fuzzy suggestion.

Babel's own matcher (difflib.get_close_matches, cutoff 0.6, against every old message, even the
ones still in use) attached translations to the wrong paragraph in our measurement
(docs/translating.md, "How updates match changed messages"). This one looks only at messages
that left the source in this update, needs a closer match, and leaves short messages (headings,
terms, table cells) alone: for them a wrong suggestion is likelier than a useful one.
"""

from dataclasses import dataclass
from difflib import SequenceMatcher


@dataclass(frozen=True)
class Matcher:
    cutoff: float = 0.7  # SequenceMatcher ratio needed to inherit a translation
    min_length: int = 40  # characters; shorter messages never inherit one
    # A paragraph split in two keeps its words in each half: accept a half that lies almost
    # entirely inside the old paragraph (share of the shorter text found in the longer one).
    containment: float = 0.9

    def score(self, new: str, old: str) -> float:
        a, b = _key(new), _key(old)
        if min(len(a), len(b)) < self.min_length:
            return 0.0
        sm = SequenceMatcher(None, a, b, autojunk=False)
        if sm.real_quick_ratio() < min(self.cutoff, 0.5):
            return 0.0
        ratio = sm.ratio()
        if ratio >= self.cutoff:
            return ratio
        matched = sum(block.size for block in sm.get_matching_blocks())
        if matched / min(len(a), len(b)) >= self.containment:
            return self.cutoff  # a split or merged paragraph: the lowest passing score
        return 0.0

    def best(self, new: str, candidates: list[str]) -> str | None:
        scored = [(self.score(new, old), old) for old in candidates]
        scored = [(s, old) for s, old in scored if s > 0]
        return max(scored)[1] if scored else None


def _key(text: str) -> str:
    return " ".join(text.lower().split())


DEFAULT = Matcher()
