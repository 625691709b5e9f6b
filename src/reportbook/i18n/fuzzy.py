"""Which old translation, if any, a changed message should inherit as a fuzzy suggestion.

Babel's own matcher (difflib.get_close_matches, cutoff 0.6, against every old message, even the
ones still in use) attached translations to the wrong paragraph in our measurement
(docs/translating.md, "How updates match changed messages"). This one looks only at messages
that left the source in this update, needs a closer match, recognises a split paragraph or an
added sentence by containment, and leaves very short messages (terms, table cells) alone.
"""

from dataclasses import dataclass
from difflib import SequenceMatcher


@dataclass(frozen=True)
class Matcher:
    cutoff: float = 0.7  # SequenceMatcher ratio needed to inherit a translation
    min_length: int = 20  # characters; shorter messages (terms, cells) never inherit one
    # A paragraph split in two, or a sentence added, keeps the old words: accept when this share
    # of the shorter text lies in the longer one, if the shorter has containment_min characters.
    containment: float = 0.9
    containment_min: int = 40

    def score(self, new: str, old: str) -> float:
        a, b = _key(new), _key(old)
        shorter = min(len(a), len(b))
        if shorter < self.min_length:
            return 0.0
        sm = SequenceMatcher(None, a, b, autojunk=False)
        # The letters the two share bound both scores (linear): most pairs end here, before
        # the quadratic matching.
        bound = sm.quick_ratio()
        if bound < self.cutoff and bound * (len(a) + len(b)) / 2 < self.containment * shorter:
            return 0.0
        ratio = sm.ratio()
        if ratio >= self.cutoff:
            return ratio
        if shorter >= self.containment_min:
            matched = sum(block.size for block in sm.get_matching_blocks())
            if matched / shorter >= self.containment:
                return self.cutoff  # the lowest passing score: a real edit wins over a split
        return 0.0

    def best(self, new: str, candidates: list[str]) -> str | None:
        scored = [(self.score(new, old), old) for old in candidates]
        scored = [(s, old) for s, old in scored if s > 0]
        return max(scored)[1] if scored else None


# A message is compared on its first characters only: the report's longest has under 700, and
# matching is quadratic in length (250 hostile messages of 10,000 characters took update 12
# minutes: red team 34).
COMPARED = 2_000


def _key(text: str) -> str:
    return " ".join(text.lower().split())[:COMPARED]


DEFAULT = Matcher()
