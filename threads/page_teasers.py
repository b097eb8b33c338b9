"""A comment's subject that is only its own opening cut short: Drupal makes one of the first words
of the text when the commenter writes none ("ល្អណាស់ ខ្ញុំជាអ្នករត់រ៉ឺម៉ក…" over "ល្អណាស់
ខ្ញុំជាអ្នករត់រ៉ឺម៉ក ជាង ៥ ឆ្នាំហើយ។ …"). A dump prints it as a paragraph over the text; it says
nothing the text does not, so it goes. A subject the commenter wrote stays."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from threads.model import ParsedComment, walk

_ELLIPSES: Final = ("…", "...")


def without_teaser_subjects(comments: Sequence[ParsedComment]) -> None:
    """Drop, in place, each comment's first paragraph where it is the second's opening cut short:
    with an ellipsis (Drupal 8 and later), or at a word's end without one (Drupal 7 cuts at 29
    characters and adds none: "Ezt évek óta lehetett tudni" over "Ezt évek óta lehetett tudni, a …")."""
    for _path, comment in walk(comments):
        body = comment.body
        cut = body.find("\n\n", 0, _MAX_SUBJECT_CHARS + 2)  # (most texts open with a longer paragraph)
        if cut < 0:
            continue
        first, rest = body[:cut], body[cut + 2 :]
        if not rest:
            continue
        if first.endswith(_ELLIPSES):
            opening = first.rstrip(".…").rstrip()
            if opening and rest.startswith(opening):
                comment.body = rest
        elif (
            len(rest) > len(first) and first.count(" ") >= _MIN_CUT_SPACES and rest.startswith(first)
            and not rest[len(first)].isalnum()
        ):
            comment.body = rest  # (a word or two alone over a paragraph opening with them is the writer's own)


_MAX_SUBJECT_CHARS: Final = 64  # (Drupal's subject field holds 64)
_MIN_CUT_SPACES: Final = 2  # three words or more
