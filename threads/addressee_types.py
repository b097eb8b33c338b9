"""What addressee and identity inference returns: inferences, merges, identities, addressees.

Kept apart from the resolver (`threads.addressee`) so that consumers (the graph, the app's API
serialisers) depend on plain result types only.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Inference:
    # "mention", "vocative", "alias", "top_level_address", "quote" or "repost".
    kind: str
    comment_id: str  # the comment holding the cue
    target_comment_id: str | None  # the comment addressed, named, or reposted
    name: str | None  # the name given to the target's author, if any
    confidence: float
    evidence: tuple[str, ...]  # comment ids
    matched: str
    applied: bool


@dataclass(frozen=True, slots=True)
class Merge:
    kept: str
    merged: str
    reason: str
    confidence: float
    evidence: tuple[str, ...]
    matched: str


@dataclass(frozen=True, slots=True)
class Identity:
    key: str
    names: tuple[str, ...]
    comment_ids: tuple[str, ...]
    # No name or account is known: an unnamed author seen only through their comments.
    placeholder: bool


@dataclass(frozen=True, slots=True)
class Addressee:
    comment_id: str | None  # None when the addressee is known only by name
    author: str
    kind: str
    confidence: float


@dataclass
class Resolution:
    author_of: dict[str, str]
    addressee_of: dict[str, Addressee]
    inferences: list[Inference]
    merges: list[Merge]
    display_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _identities: dict[str, Identity] | None = field(default=None, repr=False, compare=False)

    def identities(self) -> dict[str, Identity]:
        """Every author node with its names and comments (built on first use: the graph itself
        only needs `author_of`)."""
        if self._identities is None:
            comments: dict[str, list[str]] = {}
            for cid, key in self.author_of.items():
                comments.setdefault(key, []).append(cid)
            for addressee in self.addressee_of.values():
                comments.setdefault(addressee.author, [])
            self._identities = {
                key: Identity(key, self.display_names.get(key, ()), tuple(cids),
                              placeholder=key.startswith("anon:") and not self.display_names.get(key))
                for key, cids in comments.items()
            }
        return self._identities

    def identity_of(self, comment_id: str) -> Identity:
        return self.identities()[self.author_of[comment_id]]
