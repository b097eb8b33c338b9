"""What a text dump runs into a commenter's name where the page put no space between elements.

Comment systems print the name, a badge and the time as separate inline elements ("<span>Carol
Westergaard</span><span>Publisher</span><time>…"), and a letter avatar ("J" in a circle) before
the name. Renderers join inline elements as the page wrote them, so a dump reads "JJo Pitt",
"Carol WestergaardPublisherFebruary 12, 2024 at 11:05 am" or "Meera IyerExpert·2 hours ago".
``comment_header`` splits the time off (``NAME_THEN_TIME`` allows a glued time); this module
takes the avatar's letters and the glued badge off the name, and reads a name run into a short
stamp ("Marguerite Olsen·Apr 2", "Greta LindqvistMar 9", "Carla Dunmore Subscriber Apr 8": Substack).
"""

from __future__ import annotations

import re
from typing import Final

from threads.month_names import month_number
from threads.page_words import COMMENT_FROM_WORDS, REPLY_TO_WORDS, alternation

_UPPER: Final = "A-ZÀ-ÖØ-ÞА-ЯЁ"
# Small letters, with Latin Extended-A (its capitals too, which only loosens a name's letters):
# "Jiří DvořákPředplatitel" is cut after "Dvořák" as "Carol WestergaardPublisher" after its name;
# and Cyrillic ("Алексей КудрявцевАвтор").
_LOWER: Final = "a-zß-öø-ÿĀ-žа-яё"
# One or two capitals before a capitalised word: a letter avatar's initials ("JJo Pitt").
_INITIALS: Final = re.compile(rf"^([{_UPPER}]{{1,2}})(?=[{_UPPER}][{_LOWER}])")
# A word after the first one running into a capitalised word: "Tregear|Trader", "Iyer|Expert".
# Four letters at least before the seam, so "McDonald" and "MacLeod" stay whole; only after a
# space, so one-word handles ("RoversTilIDie", "BigDave") stay whole.
# Or an initial's full stop run into one: "Paul R.|Subscriber".
_GLUED_BADGE: Final = re.compile(
    rf"(?<=\s)[{_UPPER}](?:[{_LOWER}]{{3,}}|\.)(?=[{_UPPER}][{_LOWER}])"
)


# Surname particles that names themselves join to a capitalised part ("FitzGerald", "VanderBerg",
# "DellaRocca"): a seam after one is the name's, not a badge's. Shorter ones ("Mc", "Mac", "Van",
# "De") are under ``_GLUED_BADGE``'s four letters already.
_PARTICLES: Final = frozenset({"fitz", "vander", "vanden", "vonder", "della", "delle", "dalla", "dello", "degli"})


# A month's English name or its abbreviation ("Apr", "Sept.", "March"): the short stamps below.
_MONTH: Final = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?"
# A name, a middle dot and a short stamp run together (Substack: "Marguerite Olsen·Apr 2", "Jo
# Whitacre·3h", "Sam OkaforAuthor·45m"): a day without its year or an age, no datetime of its own.
_NAME_DOT_STAMP: Final = re.compile(
    rf"(?i)^(?P<name>[^\s\d·][^·]{{0,58}}?)\s*·\s*(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\.?\s+{_MONTH}"
    r"|\d{1,3}\s?(?:mo|min|[smhdw]))$"
)
# The same without the dot, the month's capital run straight into the name (Substack's newer
# markup: "Greta LindqvistMar 9", "Nora QuistAuthorMar 10", "Joe BMar 10"): only a capitalised
# English month glued to a letter, so a sentence ending "… on Mar 9" (a space before it) is no header.
_NAME_GLUED_DAY: Final = re.compile(
    r"^(?P<name>[^\s\d·][^·]{0,58}?[^\W\d_])" + _MONTH + r"\s\d{1,2}$"
)

# The same with a space before the month, a badge perhaps between (Substack in every renderer:
# "Carla Dunmore Subscriber Apr 8", "R. Okonkwo-Hale Apr 9"): two to five words, each opened by a
# capital (a name, a badge), so a sentence or a dateline ("Updated Apr 9") is no header.
_NAME_SPACED_DAY: Final = re.compile(
    rf"^(?P<name>[{_UPPER}][^\s\d·,;:!?]{{0,30}}(?:\s[{_UPPER}][^\s\d·,;:!?]{{0,30}}){{1,4}})"
    + r"\s" + _MONTH + r"\s\d{1,2}$"
)


# A day without its year alone on the line under the name (Discourse: "mgrayson" over "Mar 9").
SHORT_DAY: Final = re.compile(
    rf"^(?:{_MONTH}\s\d{{1,2}}|\d{{1,2}}\.?\s{_MONTH})$"
)
# The same in another language ("4 nov.", "12. Okt.", "4 de nov."): the word must name a month.
_SHORT_DAY_WORDS: Final = re.compile(
    r"^(?:\d{1,2}\.?\s(?:de\s)?(?P<month>[^\W\d_]{3,10})\.?|(?P<first>[^\W\d_]{3,10})\.?\s\d{1,2}\.?)$"
)


def is_short_day(text: str) -> bool:
    """Whether ``text`` (stripped) is only a day without its year, its month in any language's
    words: Discourse prints "Mar 9" under the name in English, "4 nov." in Spanish."""
    if SHORT_DAY.match(text) is not None:
        return True
    words = _SHORT_DAY_WORDS.match(text)
    return words is not None and month_number((words["month"] or words["first"]).lower()) is not None


def name_before_short_stamp(first: str) -> str | None:
    """The name of a header line that ends in a short stamp run into it ("Jo Whitacre·3h", "Greta
    LindqvistMar 9"), or None; asked only of lines ending in a digit or, after a dot, a unit."""
    if "·" in first:
        dotted = _NAME_DOT_STAMP.match(first)
        return None if dotted is None else dotted.group("name")
    if first[-1:].isdigit() and " " in first[-3:-1] and len(first) > 6:
        glued = _NAME_GLUED_DAY.match(first) or _NAME_SPACED_DAY.match(first)
        return None if glued is None else glued.group("name")
    return None


def without_initials(raw: str) -> str:
    """``raw`` without a letter avatar's initials run into the name: "JJo Pitt" is "Jo Pitt",
    "JPJo Pitt" too, and "CD Claire D." (a space between) "Claire D."; "UKLiberal" stays (its
    capitals are not the name's initials). A letter avatar with no letter to show prints "?"
    ("? Anoniem"): no part of the name either."""
    if raw[:2] == "? ":
        return raw[2:]
    if len(raw) < 3 or not raw[1].isupper():
        return raw  # most names: a capital, then a small letter
    if raw[2] == " ":
        rest = raw[3:]
        words = rest.split()
        letters = "".join(word[0] for word in words[:2])
        return rest if len(words) >= 2 and letters == raw[:2] else raw
    found = _INITIALS.match(raw)
    if found is None:
        return raw
    letters = found.group(1)
    rest = raw[len(letters) :]
    initials = "".join(word[0] for word in rest.split()[: len(letters)])
    return rest if initials == letters else raw


def without_glued_badge(name: str | None) -> str | None:
    """``name`` cut before a badge the renderer ran into it ("Carol WestergaardPublisher",
    "Frank MazzoniLocal business"); a name with no such seam is returned as it is."""
    if name is None or " " not in name:
        return name
    for seam in _GLUED_BADGE.finditer(name):
        if seam.group().lower() not in _PARTICLES:
            return name[: seam.end()]
    return name


# Old Reddit's and Hacker News's header: a collapse toggle ("[–]"), the name with a flair ("[S]",
# "[M]"), the score ("46 points", printed three times by old Reddit: "46 points47 points48 points"),
# a relative time, then an edit mark, "stickied comment", links ("| parent | next [–]") and the
# size of the subtree ("(3 children)", cut to "(3" where the renderer wrapped the line).
_TOGGLE: Final = re.compile(r"^\[[–+\-]\]\s*")
_FLAIR: Final = re.compile(r"(?<=\S)\[[A-Z]{1,2}\](?=\s|$)")
_SCORE_RUN: Final = re.compile(r"(?i)\s+(?:[+\-−]?\d[\d,]{0,8}\s+points?(?![a-z])\s*)+")
_AGO_TAIL: Final = re.compile(
    r"""(?ix)(?<=\sago)(?:\s*\*)?(?:\s+stickied(?:\s+comment)?)?
        (?:\s*\|\s*(?:parent|next|prev|root|context|edit|delete|flag|favorite)\b)*(?:\s*\[[–+\-]\])?
        (?:\s+\(\d{1,6}(?:\s+child(?:ren)?\))?)?\s*$"""
)


def ago_header(first: str) -> str:
    """An old-Reddit or Hacker News header cut to its name and relative time ("harbour_jo 5 hours
    ago"), or ``first`` unchanged when nothing after the time is one of their tails."""
    cut = _AGO_TAIL.sub("", first, count=1)
    if cut == first:
        return first
    if cut[:1] == "[":
        cut = _TOGGLE.sub("", cut, count=1)
    if " point" in cut:
        cut = _SCORE_RUN.sub(" ", cut, count=1).rstrip()
    return _FLAIR.sub("", cut, count=1) if "]" in cut else cut


# An arrow between the commenter's name and the name of the author answered, before the stamp
# (Cackle and other Russian systems: "Гость → Ольга Мальцева 5 марта 2024, 09:02 МСК").
_REPLY_ARROWS: Final = ("→", "►", "➜", "➔")
_ARROW_NAME_MAX: Final = 60


def split_reply_arrow(first: str) -> tuple[str, str] | None:
    """(the commenter's name, the rest: the answered author's name and the stamp) of a header line
    with such an arrow, or None; the rest must open with a name (not a digit)."""
    for arrow in _REPLY_ARROWS:
        at = first.find(arrow)
        if at > 0:
            name, rest = first[:at].strip(), first[at + 1 :].strip()
            if name and len(name) <= _ARROW_NAME_MAX and rest[:1].isalpha():
                return name, rest
            return None
    return None


# A header naming, after the commenter, the author answered: "SnowyOwl in reply to GreyHeron",
# Movable Type's "Renée Duchesne replied to comment from Gary Lindqvist | November 1, 2008 8:03 AM".
_REPLY_TAIL: Final = re.compile(
    rf"(?i)(?:\s+|(?<=\d)){alternation(REPLY_TO_WORDS)}:?\s+(?:{alternation(COMMENT_FROM_WORDS)}\s+)?@?(?=\S)"
)
# The first word of each and the blank after it: most headers hold none, and skip the pattern. (A
# dump may run the words into the time before them: "13.3.2024 7.55Vastaus viestiin Toripolku".)
_REPLY_TAIL_FIRSTS: Final = tuple(sorted({f"{words.split()[0]} " for words in REPLY_TO_WORDS}))


def split_reply_tail(text: str) -> tuple[str, str | None]:
    """(the commenter's part, the rest naming the author answered, or None) of a header line."""
    lowered = text.lower()
    if not any(first in lowered for first in _REPLY_TAIL_FIRSTS):
        return text, None
    parts = _REPLY_TAIL.split(text, maxsplit=1)
    if len(parts) < 2 or not parts[0].strip():
        return text, None
    return parts[0], parts[1]


# A doubled name's words, each half (a name runs to six words); words after it that are its place
# or label, not more name; a single word doubled is a name only from this length ("Jo Jo Smith").
_MAX_DOUBLED_WORDS: Final = 3
_MAX_TAIL_WORDS: Final = 2
_MIN_SINGLE_NAME: Final = 4


def undoubled(name: str) -> str:
    """A name the dump printed twice, once as the avatar's alt text or link and once as the name
    ("Андрей Смирнов Андрей Смирнов", "زائر زائر"), once; any other name unchanged."""
    words = name.split()
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        return " ".join(words[:half])
    # Doubled, then where the commenter lives or a label ("Jana Dvořáková Jana Dvořáková Lesná",
    # "Tomáš Beneš Tomáš Beneš redakce"): the name, once.
    for size in range(min(half, _MAX_DOUBLED_WORDS), 0, -1):
        if (
            len(words) - 2 * size <= _MAX_TAIL_WORDS
            and words[:size] == words[size : 2 * size]
            and (size > 1 or len(words[0]) >= _MIN_SINGLE_NAME)  # "Jo Jo Smith" is one name
        ):
            return " ".join(words[:size])
    return name
