"""The ``rel`` attribute of a link: its tokens and the flags search engines read.

The record keeps a link's rel as its tokens split on spaces *and* commas
(``rel="nofollow,noopener"`` is common in the wild), lower-cased, sorted and
space-separated (SPEC: ``rel``).

>>> rel_tokens(" NoFollow,noopener  ugc ")
['nofollow', 'noopener', 'ugc']
>>> rel_string(rel_tokens("nofollow, nofollow"))
'nofollow'
>>> rel_string([]) is None
True
>>> RelFlags.from_tokens(rel_tokens("sponsored nofollow"))
RelFlags(nofollow=True, ugc=False, sponsored=True)
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

_SEPARATORS = re.compile(r"[\s,]+")


def rel_tokens(value: str | None) -> list[str]:
    """Tokens of a ``rel`` value: split on whitespace and commas, lower-cased,
    deduplicated and sorted; ``[]`` for None or a blank value."""
    if not value:
        return []
    return sorted({token for token in _SEPARATORS.split(value.lower()) if token})


def rel_string(tokens: Iterable[str]) -> str | None:
    """The record's ``rel`` field: tokens space-separated, None when there are none.

    Tokens are normalised again (lower-cased, deduplicated, sorted) so any
    iterable of tokens gives the canonical string.
    """
    return " ".join(rel_tokens(" ".join(tokens))) or None


@dataclass(frozen=True)
class RelFlags:
    """The rel tokens that change how a search engine treats a link."""

    nofollow: bool
    ugc: bool
    sponsored: bool

    @classmethod
    def from_tokens(cls, tokens: Iterable[str]) -> "RelFlags":
        """Flags from tokens as :func:`rel_tokens` returns them."""
        present = set(tokens)
        return cls(
            nofollow="nofollow" in present,
            ugc="ugc" in present,
            sponsored="sponsored" in present,
        )
