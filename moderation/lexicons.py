"""Which `Lexicon` the incitement detector reads a comment's language with.

English's is built in; another language's plugs in with `register_lexicon`. A language without
one is scored by Detoxify's threat score alone (``moderation.incitement``).
"""

from __future__ import annotations

from moderation.incitement_english import ENGLISH
from moderation.incitement_lexicon import Lexicon

LEXICONS: dict[str, Lexicon] = {"en": ENGLISH}


def register_lexicon(lexicon: Lexicon) -> None:
    """Where another language plugs in: build its `Lexicon` and register it under its language code."""
    LEXICONS[lexicon.language] = lexicon


def lexicon_for(language: str) -> Lexicon | None:
    """The lexicon for a language code ("en", "en-GB" -> "en"), or None when there is none."""
    code = language.lower().replace("_", "-")
    return LEXICONS.get(code) or LEXICONS.get(code.split("-", 1)[0])
