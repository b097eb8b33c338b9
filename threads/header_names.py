"""The commenter's name in a comment header as a text dump prints it (``comment_header``).

Dumps print what the page drew around a name as text: a picture's alt text before it, which may
name the commenter ("fietsfan's picture fietsfan", "Profilbild von Jürgen W. Jürgen W.", "Elif
Sönmez avatarı Elif Sönmez") or a guest ("Awatar gościa Gość"), an ordered list's number and an
avatar's initials ("1. [a41] Gérard Thiriet"), buttons, a badge run into the name. The header's
reading finds where the name is; this module says what of it is the name.
"""

from __future__ import annotations

import re
from typing import Final

from threads.comment_names import clean_name
from threads.month_names import is_weekday
from threads.name_glue import undoubled, without_glued_badge, without_initials
from threads.name_words import GUEST_PICTURE_WORDS, PICTURE_AFTER_PREFIXES, PICTURE_AFTER_WORDS, PICTURE_WORDS
from threads.page_furniture import without_leading_buttons
from threads.page_words import alternation
from threads.time_words import DATE_PREPOSITIONS

# Drupal's user picture before the name, by its alt text ("fietsfan's picture fietsfan"), and
# WordPress.com's avatar ("Wendy Pargeter's avatar Wendy Pargeter").
_PICTURE_PREFIX: Final = re.compile(r"^\S.{0,40}?['’]s\s+(?:picture|avatar)\s+(?=\S)")
# A picture named for the commenter before the name, which follows again: "Profilbild von Jürgen
# W. Jürgen W. 30. März 2024 um 21:47 Uhr", "Avatar di Giulia Ferri Giulia Ferri …".
# The name may follow with no blank (w3m runs the two elements together: "Awatar użytkownika Ewa
# SobczakEwa Sobczak").
_PICTURE_OF: Final = re.compile(rf"(?i)^{alternation(PICTURE_WORDS)}\s+(?P<name>\S.{{0,40}}?)\s*(?=(?P=name)(?:\W|$|(?-i:[A-ZÀ-Þ])))")
_PICTURE_FIRST_WORDS: Final = frozenset(word.split()[0] for word in PICTURE_WORDS)
# A guest's picture before the name ("Awatar gościa Gość", glued too, after lynx's marker): nobody.
_GUEST_PICTURE: Final = re.compile(rf"(?i)^(?:[+•*o#]\s+)?{alternation(GUEST_PICTURE_WORDS)}(?:\s+|(?=[^\W\d_]))")
_PICTURE_AFTER: Final = re.compile(
    rf"(?i)^(?:{alternation(PICTURE_AFTER_PREFIXES)}\s+)?(?P<name>\S.{{0,40}}?)\s+{alternation(PICTURE_AFTER_WORDS)}"
    r"\s+(?=(?P=name)(?:\W|$))"
)
# What the line holds before ``_PICTURE_AFTER`` is tried.
_PICTURE_AFTER_CUES: Final = ("avatar", " profil", "kuva ")


def after_guest_picture(first: str) -> str | None:
    """The header after a guest's picture that opens it ("Awatar gościa Gość 12.03.2024 …"): its
    writer is nobody named. None where no such picture opens it."""
    guest = _GUEST_PICTURE.match(first) if "atar" in first[:16] else None
    return None if guest is None else first[guest.end() :]


def without_picture(first: str) -> str:
    """``first`` without a picture's alt text before the name it names again."""
    if "picture" in first or "s avatar " in first:
        return _PICTURE_PREFIX.sub("", first, count=1)
    if first[: first.find(" ")].lower() in _PICTURE_FIRST_WORDS:
        return _PICTURE_OF.sub("", first, count=1)
    for cue in _PICTURE_AFTER_CUES:
        if cue in first:
            return _PICTURE_AFTER.sub("", first, count=1)
    return first


def pictured_name(first: str) -> str | None:
    """The name a picture's alt text gives where it opens ``first`` ("Profilbild von Heike Brandt …")."""
    if first[: first.find(" ")].lower() not in _PICTURE_FIRST_WORDS:
        return None
    pictured = _PICTURE_OF.match(first)
    return None if pictured is None else pictured.group("name")


# A list item's number or w3m's glyph for a deeper item ("□", "☆"), then an avatar's alt text.
_ITEM_GLYPHS: Final = frozenset("•□☆○■◦▪")
_NUMBERED_AVATAR: Final = re.compile(r"^(?:\d{1,4}\.|[•□☆○■◦▪])\s+\[[^\]\s]{1,20}\]\s+(?=\S)")


def text_name(raw: str) -> str | None:
    """``clean_name`` on a dump's name, without what the renderer ran into it (``name_glue``), nor
    an ordered list's number and an avatar's alt text before it ("1. [a41] Gérard Thiriet")."""
    if (raw[:1].isdigit() or raw[:1] in _ITEM_GLYPHS) and (item := _NUMBERED_AVATAR.match(raw)) is not None:
        raw = raw[item.end() :]
    name = clean_name(undoubled(without_initials(without_leading_buttons(raw))))
    if name is not None and " " in name:
        single = undoubled(name)  # doubled under a badge: "Ольга В. Ольга В. Эксперт"
        if single is not name:
            name = clean_name(single)
    return without_glued_badge(name)


# The word before a date that is not the name's: "Claire D. le 26/10/2024", "Jim on 5 May 2021".
_DATE_PREPOSITION: Final = re.compile(rf"(?i)\s+{alternation(DATE_PREPOSITIONS)}$")


def without_date_preposition(name: str) -> str:
    """``name`` without the word before a date that a header runs after it ("Claire D. le",
    "Jim on"; Greek Drupal's "… στις" before "Σάβ, 25/10/2025")."""
    if name[-3:-2] == " " or name[-5:-4] == " ":
        return _DATE_PREPOSITION.sub("", name)
    return name


# Words that lead a date's day, read with the weekday as no name (Khmer's "ទី", "the").
DAY_LEAD_WORDS: Final = frozenset({"ទី"})


def without_trailing_weekday(name: str) -> str:
    """A header's name without the day of the week (in any language) that opens the date after it
    and its comma: "Bagus Santoso Selasa" of "Bagus Santoso Selasa, 5 Mar 2024"."""
    cut = name.rfind(" ")
    if cut > 0 and is_weekday(name[cut + 1 :].lower().rstrip(".,،")):  # (Arabic's comma: "الخميس،")
        return name[:cut].rstrip(" |")  # (and the bar before it: Drupal's "Lupita Arce | Sáb, 02/11/2024")
    return name
