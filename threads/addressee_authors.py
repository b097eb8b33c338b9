"""Which comments' authors are one person, as the addressee resolution folds them together.

A union-find over author keys ("id:…" known accounts, "name:…", "anon:<comment id>"
placeholders): each fold records its evidence as a ``Merge``, and the group's representative is a
known account, else the first name given, else the earliest placeholder. Two known accounts are
never folded into one (that would be a sock-puppet claim, which ``threads.sockpuppets`` reports).
"""

from __future__ import annotations

from threads.addressee_types import Inference, Merge


class AuthorGroups:
    """Union-find over author keys that prefers known accounts, then names, as representatives."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.merges: list[Merge] = []
        self.names: dict[str, list[str]] = {}  # root -> display names, first seen first
        self.seen: dict[str, int] = {}  # name -> order of first appearance

    def _rank(self, key: str) -> tuple[int, int, str]:
        """Representative of a merged group: a known account, else the first name given, else
        the earliest placeholder."""
        kind = {"id": 0, "name": 1}.get(key.split(":", 1)[0], 2)
        return (kind, self.seen.get(key, len(self.seen)), key)

    def find(self, key: str) -> str:
        parent = self.parent
        root = key
        while root in parent:
            root = parent[root]
        while key in parent and parent[key] != root:
            parent[key], key = root, parent[key]
        return root

    def add_name(self, key: str, name: str) -> None:
        self.seen.setdefault(key, len(self.seen))
        self.seen.setdefault(name, len(self.seen))
        names = self.names.setdefault(self.find(key), [])
        if name not in names:
            names.append(name)

    def union(self, a: str, b: str, inference: Inference) -> bool:
        """False when refused: two known accounts are never folded into one."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if ra.startswith("id:") and rb.startswith("id:"):
            return False
        kept, merged = sorted((ra, rb), key=self._rank)
        self.parent[merged] = kept
        moved = self.names.pop(merged, [])
        names = self.names.setdefault(kept, [])
        names.extend(n for n in moved if n not in names)
        names.sort(key=lambda n: self.seen.get(n, len(self.seen)))
        self.merges.append(Merge(kept, merged, inference.kind, inference.confidence,
                                 inference.evidence, inference.matched))
        return True
