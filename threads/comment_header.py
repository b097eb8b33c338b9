"""Who wrote a comment and when, as comment systems print it above the text.

Both readers meet the same header lines: WordPress's "Petra Lindqvist says:" over "May 9, 2022 at
8:12 am", a name and a time on one line ("Maeve 2023-03-02 21:14"), Drupal's "Hedda P. (not
verified)" over "Sat, 14/09/2019 - 12:31". The HTML reader finds them in elements; a text dump
(w3m, lynx) prints them as the first lines of the comment's list item. One set of rules for both,
so a page and its text dump name the same authors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from threads.comment_names import clean_name
from threads.date_lines import HEADER_MAX_CHARS, TRAILING_SCORE
from threads.header_fields import dotted_fields, header_fields, without_last_field
from threads.header_names import (
    DAY_LEAD_WORDS,
    after_guest_picture,
    pictured_name,
    text_name,
    without_date_preposition,
    without_picture,
    without_trailing_weekday,
)
from threads.html_time import parse_time
from threads.month_names import is_weekday
from threads.name_glue import (
    ago_header,
    name_before_short_stamp,
    split_reply_arrow,
    split_reply_tail,
)
from threads.name_words import BADGE_WORDS
from threads.page_furniture import (
    CLOCK_PATTERN,
    COMMENT_STAMP,
    CONNECTOR_PATTERN,
    DATE_PATTERN,
    YEARLESS_DATE_PATTERN,
    is_date_line,
    is_furniture_line,
    without_reply,
)
from threads.page_links import BUTTON_LABEL
from threads.page_script_dates import name_then_script_date, without_script_badge
from threads.page_words import (
    STAMP_LABEL_WORDS,
    TEXT_SAYS_WORDS,
    alternation,
)
from threads.relative_words import AGO_UNIT, RELATIVE_PATTERN, has_relative_cue, relative_start
from threads.time_words import RELATIVE_DAY_WORDS

# "Maeve 2023-03-02 21:14", "Heidi, 5 June 2022 09:12": a name and a time as one header line; also
# run together where the page put no space between them ("Linda HaugenFebruary 12, 2024 at 9:22
# am", "Anjali Deshpande·Mar 18, 2024 07:45 PM IST": ``name_glue``); an initial's full stop run
# into the date ("Karim B.13 avril 2024 à 21h15").
NAME_THEN_TIME: Final = re.compile(
    rf"^(?P<name>[^\d\s].{{0,58}}?)(?:\s*[,·|–—-]\s*|\s+|(?-i:(?<=[a-zß-ÿ])(?=[A-Z\d])|(?<=[A-Za-zß-ÿ]\.)(?=\d)))(?P<time>{DATE_PATTERN}(?:\s*{CONNECTOR_PATTERN}?\s*{CLOCK_PATTERN})?)(?:\s+#\d{{1,6}})?$",
    re.IGNORECASE,
)  # (the comment's number after the time: "Petr Kubeš 29. 3. 2025 21:12 SEČ #1")
# The same with the date printed without its year ("Alain F. le 4 mars à 20h05"): tried only where
# the pattern above fails, and taken only where the story's year makes it a time.
_NAME_THEN_YEARLESS: Final = re.compile(
    rf"(?i)^(?P<name>[^\d\s].{{0,58}}?)(?:\s*[,·|–—-]\s*|\s+)"
    rf"(?P<time>{YEARLESS_DATE_PATTERN},?\s*{CONNECTOR_PATTERN}?\s*{CLOCK_PATTERN})$"
)
# ... or a day and month with dots, the year left off (Finnish "30.3. klo 12.14", German "30.03.
# um 12:14"), run into the name where a React app prints no blank between ("Tunturin tyttö30.3.
# klo 12.14"): the full stop after the month and the clock after it make it a date.
_NAME_THEN_DOTTED_DAY: Final = re.compile(
    r"^(?P<name>[^\d\s].{0,58}?[^\W\d_]\.?)\s*(?P<time>\d{1,2}\.\d{1,2}\.,?\s+(?:[^\W\d_]{1,5}\.?\s+)?\d{1,2}[.:]\d{2})$"
)
# A text dump's header line: an avatar's alt text in brackets (w3m prints ``[ava]``), a name, "says:".
# The renderer may run the name into the word (WordPress's "says" is a span of its own: "محمد
# عارفنے کہا:"); only a phrase of two words in a script of its own is taken so, where no name's end
# reads as its first word ("Maria écrit:" is not "Mari" + "a écrit").
_GLUED_SAYS: Final = tuple(word for word in TEXT_SAYS_WORDS if " " in word and not word[0].isascii())
SAYS_HEADER: Final = re.compile(
    rf"(?i)^(?:\[[^\]]{{0,40}}\]\s*)?(?P<name>[^\s\[].{{0,60}}?)(?:\s+{alternation(TEXT_SAYS_WORDS)}|{alternation(_GLUED_SAYS)})\s*:\s*$"
)
# The same shape in a language no list holds: a name of up to four words, one lower-case word (the
# verb) and a colon, over a date line ("Dilshod Qo‘chqorov dedi:" over "14.05.2024 soat 11:02").
_ANY_SAYS_HEADER: Final = re.compile(r"^(?:\[[^\]]{0,40}\]\s*)?(?P<name>[^\W\d][^\s:]*(?: [^\s:]+){0,3}) [^\W\d_A-Z]{2,15}:$")
# "Halvard S. •3 years ago", "bluebench3 months ago" (w3m runs a name into the next element's text),
# Divi's "Mary Lanyon on 15 mins ago", the unit cut to its letter ("Owen Sandhu·9h ago"), Drupal's
# two units ("Mike 2 days 1 hour ago").
_NAME_THEN_AGO: Final = re.compile(
    r"(?i)^(?:\[[^\]]{0,40}\]\s*)?(?P<name>[^\s\[].{0,60}?)(?:\s+on)?\s*[•·|–—-]?\s*(?<![\d])(?:(?:\d{1,3}|an?|a\s+few)\s+"
    rf"{AGO_UNIT}(?:,?\s+\d{{1,2}}\s+(?:second|sec|minute|min|hour|hr|day|week|month)s?)?"
    r"|\d{1,3}\s?(?:mo|[smhdwy]))\s+ago$"
)
# Drupal's header link after the time ("Jim on Wednesday, 11 February, 2015 - 21:04 Permalink").
# Slashdot's comment number in brackets after the time ("… @11:41PM (#64312401)").
_PERMALINK_TAIL: Final = re.compile(r"(?i)\s+(?:permalink|#\d{1,6}|\(#\d{1,12}\))$")
# A dump's bracketed image text before a name ("[noa] ", an avatar's alt), which is no name.
_IMAGE_LEAD: Final = re.compile(r"^\[[^\]]{0,40}\]\s*")
# A name, then a relative time in another language: "Mehmet Aydın vor 3 Stunden", "Giulia 3 ore fa",
# also run into the name where the time opens with its lower-case words ("Gisèle T.il y a 1 jour", Coral).
_NAME_THEN_RELATIVE: Final = re.compile(
    rf"(?i)^(?:\[[^\]]{{0,40}}\]\s*)?(?P<name>[^\s\[].{{0,60}}?)(?:\s*[•·|]\s*|\s*[–—-]?\s+|(?<=[^\W\d_]|\.)(?=(?-i:il\s+y\s+a|hace|há)\s)|(?<=[^\W\d_)]|\))(?=\d)){RELATIVE_PATTERN}$"
)  # (the number run into the name where a widget put no blank between them: LiveRe's "빵순이21시간 전")
# A name, a badge maybe, and a widget's short relative time: "Rupert Aldous 5h", "Colin W 12m",
# "Gillian Fraser Verified 2d" (Viafoura, OpenWeb, Substack); a few words before it, no sentence.
_NAME_THEN_SHORT_AGO: Final = re.compile(
    r"^(?:\[[^\]]{0,40}\]\s*)?(?P<name>[^\s\[\d][^\s.!?,;:]*(?:\s+[^\s.!?,;:]+){0,4}?)\s*[•·|–—-]?\s+\d{1,3}\s?(?:mo|[smhdwy])$"
    # (or run into the name where the page put no blank between them, Viafoura's "[def]Brenda K.2d",
    # "kenora_dad1d": after a small letter or an initial's full stop)
    r"|^(?:\[[^\]]{0,40}\]\s*)?(?P<glued>[^\s\[\d][^\s!?,;:]*(?:\s+[^\s!?,;:]+){0,4}?(?<=[a-zß-ÿ.]))\d{1,3}(?:mo|[smhdwy])$"
)
# A name, then a day named relative to today and its hour: "Jarmo eilen klo 22.14", "Kim yesterday
# at 9:12 pm" (a relative time: no datetime is made of it).
_NAME_THEN_DAY: Final = re.compile(
    rf"(?i)^(?P<name>[^\d\s].{{0,58}}?)\s*[•·|–—-]?\s+{alternation(RELATIVE_DAY_WORDS)},?\s*(?:{CONNECTOR_PATTERN}\s*|v\s+)?{CLOCK_PATTERN}$"
)
# After "replied to", the name answered and a relative day run into it ("… Marchandyesterday", NodeBB).
_NAME_THEN_BARE_DAY: Final = re.compile(rf"(?i)^(?P<name>[^\d\s].{{0,58}}?)\s*{alternation(RELATIVE_DAY_WORDS)}$")
# A name, a separator glyph, and a day named relative to today alone: "Tobias•Gestern" (Isso, whose
# spans w3m runs together); the glyph shows it is a header, not a sentence ending in "yesterday".
_NAME_DOT_BARE_DAY: Final = re.compile(rf"(?i)^(?P<name>[^\d\s].{{0,58}}?)\s*[•·]\s*{alternation(RELATIVE_DAY_WORDS)}$")
_RELATIVE_DAY_FIRSTS: Final = frozenset(word.split()[0] for word in RELATIVE_DAY_WORDS)
# A name (and where the commenter lives) with the day alone in brackets after it: an Israeli
# talkback's "דנה , רמות (28.03.24)". A dotted date is day first wherever it is printed; its
# two-digit year is read in this century here only, where the brackets after a name make it a day
# (alone, "1.2.24" may be a version).
_NAME_THEN_BRACKETED_DAY: Final = re.compile(
    r"^(?P<name>[^\d\s(].{0,58}?)\s*\((?P<day>\d{1,2}\.\d{1,2}\.)(?P<year>\d{2}|(?:19|20)\d{2})\)$"
)
# A clock with a dot and the word for o'clock after a date ("14/02/24, 07.32 uur"), read as "07:32".
_DOT_CLOCK: Final = re.compile(r"(?<=[\s,])(\d{1,2})\.(\d{2})(?:\s*(?:uur|Uhr))?$")
_ALT_PREFIX: Final = re.compile(r"^\[[^\]]{0,40}\]\s*(?=\S)")
# A name on its own line: short, a few words, not a sentence.
NAME_MAX_CHARS: Final = 60
_NAME_MAX_WORDS: Final = 6
_STAMP_LABELS: Final = frozenset(STAMP_LABEL_WORDS)
# The Facebook plugin's badges, over or under the name: "Top fan", "Top contributor".
# "By" in small letters left before the name once a header is read: a story's byline over its text
# ("di" Italian, "von" German, "par" French, "por" Spanish and Portuguese, "door" Dutch); a forum's
# "by X on …" (Slashdot, Moodle) is read without it.
_STORY_BYLINE: Final = re.compile(r"^(?:by|di|von|par|por|door)(?:\s+\S|$)")  # (alone: "di Redazione", the desk, nobody)
FAN_BADGE: Final = r"top\s+(?:fan|commenter|contributor)|rising\s+contributor"
_LONE_LABEL: Final = re.compile(
    r"(?i)^(?:member|guest|author|admin|administrator|moderator|subscriber|staff|editor|verified|(?:post\s+)?author|"
    r"featured|editor'?s\s+pick|"  # Coral's
    + FAN_BADGE + "|"
    + alternation(BADGE_WORDS)
    + ")$"
)
_MAX_LABEL: Final = 24


def is_label_line(text: str) -> bool:
    """Whether ``text`` (stripped) is a badge alone on its line: wpDiscuz prints "Member", "Guest"
    or "Author" between the name and the time, which no name reads as."""
    return len(text) <= _MAX_LABEL and _LONE_LABEL.match(text) is not None


@dataclass(frozen=True, slots=True)
class Header:
    """What a comment's header line (and the date under it) said about it."""

    author: str | None
    created_at: datetime | None
    # The author this comment answers, where the header line names one ("SnowyOwl in reply to
    # GreyHeron", the Guardian's d-comment).
    reply_to: str | None = None
    # A relative time ("3 weeks ago") was read: a header even without a name or a datetime.
    relative: bool = False


def may_be_header(first: str) -> bool:
    """A cheap test before ``read_header``: whether ``first`` has the length and the last
    character of any header shape (most first lines are sentences, and fail it)."""
    if not first or len(first) > HEADER_MAX_CHARS:
        return False
    last = first[-1]
    return (
        last in ":oOmMkr"
        or last.isdigit()
        or last.isupper()
        or (len(first) <= NAME_MAX_CHARS and last not in "!?;,")
        or split_reply_tail(first)[1] is not None  # "Ana 12.3.2024 20.40Vastaus viestiin Bo"
    )


def header_time(text: str | None) -> datetime | None:
    """``parse_time`` on a header's time, without the vote score some systems print after the
    clock ("9/12/24, 7:05 PM +7")."""
    if not text:
        return None
    if text[-1].isdigit() and " " in text:
        unscored = TRAILING_SCORE.sub("", text)
        if unscored != text and COMMENT_STAMP.search(unscored) is not None:
            text = unscored
    return parse_time(text) or parse_time(_DOT_CLOCK.sub(r"\1:\2", text))


# "hs." (horas) after a header's clock.
_HOURS_MARK: Final = re.compile(r"(?<=\d:\d\d)\s*(?:hs\.?|h)$")  # (or "23:40h", a Spanish paper's)
# "(Edited)" after a header's time, run into it.
_EDITED_MARK: Final = re.compile(r"(?i)\s*\(edited\)$")


def read_header(first: str, date_below: str | None) -> Header | None:
    """The header at the top of a comment in a text dump, or None if its first line is its text.

    ``first`` is the item's first line without its list marker; ``date_below`` the next line of
    the item when that line is only a time (dumps print the date under the name).
    """
    if first[-1:] == ")" and first[-7:].lower() == "edited)":
        first = _EDITED_MARK.sub("", first)  # Coral's "Jun Abellana 3 hours ago(Edited)"
    elif (first[-3:] in (" hs", "hs.") or (first[-1:] == "h" and first[-2:-1].isdigit())) and (
        hours := _HOURS_MARK.search(first)
    ) is not None:
        first = first[: hours.start()]  # an Argentine paper's "Nati Cruz 12/02/2024 - 09:14 hs."
    if " · " in first and first.count(" · ") >= 2 and (dotted := dotted_fields(first)) is not None:
        header = read_header(dotted[0], date_below)  # "Anónimo · 30/10/2016 01:22h · #3 · En respuesta a Pucelano (#1)"
        return header and Header(header.author, header.created_at, dotted[1] or header.reply_to, header.relative)
    if "|" in first and (fields := header_fields(first)) is not None:
        header = read_header(fields[0], date_below)  # "By: Dana | 10/9/10 16:22 | In reply to: Staff"
        return header and Header(header.author, header.created_at, fields[1] or header.reply_to, header.relative)
    arrow = None
    if len(first) <= HEADER_MAX_CHARS + NAME_MAX_CHARS:  # the commenter's name before a header
        # "Гость → Ольга Мальцева 5 марта 2024, 09:02", "Renée replied to comment from Gary | Nov 1,
        # 2008 8:03 AM" (Movable Type): the rest is a header of the one answered
        arrow = split_reply_arrow(first)
        if arrow is None and date_below is None:
            commenter, rest = split_reply_tail(first)
            arrow = (commenter, rest) if rest else None
    if arrow is not None and arrow[1][-1:].isdigit() and "#" in arrow[1][-8:]:
        arrow = (arrow[0], _PERMALINK_TAIL.sub("", arrow[1]))  # "… in risposta a Teresa #5": the comment's own number
    if arrow is not None:
        answered = _read_header(arrow[1], date_below)
        if answered is None and (day := _NAME_THEN_BARE_DAY.match(arrow[1])) is not None:
            answered = Header(text_name(day.group("name")), None, relative=True)  # only where a time is due
        if answered is not None and (answered.created_at is not None or answered.relative):
            target = answered.author or arrow[1].split()[0]  # a guest ("→ Гость"): page_flat names nobody
            return Header(text_name(arrow[0]), answered.created_at, target, answered.relative)
        own = _read_header(arrow[0], date_below)
        if own and (own.created_at or own.relative) and own.author and not is_weekday(own.author.lower()):
            return Header(own.author, own.created_at, arrow[1].strip(), own.relative)  # "Ana 12.3.2024 20.40 Reply to Bo", "… há 5 horas em resposta a Luísa"
    header = _read_header(first, date_below)
    if header is None and (shorter := without_last_field(first)) is not None:
        return read_header(shorter, date_below)  # "Name | 11/07/2011 - 09:22 | Like 7 Dislike 5"
    if header is not None and header.author is not None and header.author.casefold() in _STAMP_LABELS:
        return None  # "Updated 26 Mar 2024 at 19:00": the page's own stamp, no commenter's
    if header is not None and header.author is not None and _STORY_BYLINE.match(header.author) is not None:
        return None  # "di Elena Bodini · 29 marzo 2019 · 12:40": the story's byline, "by" in small letters
    if header is None or header.author is None or " " not in header.author:
        return header
    name = pictured_name(first)
    if name is not None and header.author.startswith(name) and header.author != name:
        # The picture's alt text names the commenter exactly: what follows the name again is a
        # badge and where they live ("Profilbild von Heike Brandt Heike Brandt Abonnentin aus Findorff").
        return Header(clean_name(name), header.created_at, header.reply_to, header.relative)
    return header


def _read_header(first: str, date_below: str | None) -> Header | None:
    if not first or len(first) > HEADER_MAX_CHARS:
        return None  # a paragraph, not a name and a date
    first = without_reply(first).rstrip(" |")  # "Greg March 4, 2024 at 3:12 pm - Reply", "… 10:12 AM |" (wrapped)
    if not first:
        return None
    if " ago" in first and not first.endswith("ago"):
        first = ago_header(first)  # "[–] harbour_jo 46 points 5 hours ago (3 children)"
    if first[-2:] == " #":
        first = first[:-2].rstrip()  # a permalink drawn as "#" after the time ("Karel 26.10.2013 21:47 #")
        if not first:
            return None
    if (first[-1] in "kK" and first[-9:].casefold() == "permalink") or "#" in first[-15:]:
        # Drupal 7 (Zen, Garland): "… - 21:04 Permalink"; the post's number: "… 2024.05.13. 09:31  #1"
        first = _PERMALINK_TAIL.sub("", first)
        if not first:
            return None
    if first[0] == "(" and first.startswith(BUTTON_LABEL):
        first = first[len(BUTTON_LABEL) :]  # lynx's label for an avatar drawn as a button (Coral): "(BUTTON) rita"
        if not first:
            return None
    guest = after_guest_picture(first)
    if guest is not None:
        header = _read_header(guest, date_below)
        return None if header is None else Header(None, header.created_at, header.reply_to, header.relative)
    first = without_picture(first)
    if first.count("·") == 2:
        # "Joanne Debassige·Author·Mar 9" (Substack): a badge between the name and the stamp
        name, _dot, rest = first.partition("·")
        badge, _dot, stamp = rest.partition("·")
        if (cleaned := clean_name(name)) is not None and clean_name(f"{name} {badge}") == cleaned:
            first = f"{name}·{stamp}"
    # Each shape is tried only when the line's last character allows it: most first lines are text.
    last = first[-1]
    says = SAYS_HEADER.match(first) if last == ":" else None
    if says is not None:
        return Header(text_name(says.group("name")), header_time(date_below))
    if last == ":" and date_below is not None and (says := _ANY_SAYS_HEADER.match(first)) is not None and (
        (created := header_time(date_below)) is not None
    ):
        return Header(text_name(says.group("name")), created)
    if last.isdigit() or ("·" in first and last in "smhdwo"):
        stamped = name_before_short_stamp(first)
        if stamped is not None:
            return Header(text_name(stamped), None, relative=True)
    relative = _NAME_THEN_AGO.match(first) if last in "oO" else None
    if relative is None and has_relative_cue(first):
        relative = _NAME_THEN_RELATIVE.match(first)
    if relative is None and last in "smhdwyo" and (first[-2:-1].isdigit() or first[-3:-2].isdigit()):
        relative = _NAME_THEN_SHORT_AGO.match(first)
    if relative is None and ("•" in first or "·" in first):
        relative = _NAME_DOT_BARE_DAY.match(first)
    if relative is None and (start := relative_start(first)) is not None and start > 0:
        # a relative time in a language the pattern does not know, as CLDR writes it ("Anbu 2
        # நாட்களுக்கு முன்"): the name before it, its separator dropped
        name = _IMAGE_LEAD.sub("", first[:start]).rstrip(" •·|–—-")
        if name and not name[-1].isdigit():
            return Header(text_name(name), None, relative=True)
    if relative is not None:
        name = relative.group("name") or relative.groupdict().get("glued") or ""
        if name[:1].isdigit() and is_date_line(first):
            return None  # a stamp of two units alone ("2 days 1 hour ago", Drupal): no name before it
        return Header(text_name(name), None, relative=True)
    if date_below is None:
        if last == ")" and (bracketed := _NAME_THEN_BRACKETED_DAY.match(first)) is not None:
            year = bracketed.group("year")
            created = header_time(bracketed.group("day") + (year if len(year) == 4 else "20" + year))
            if created is not None:
                return Header(text_name(bracketed.group("name")), created)
        if not (last.isdigit() or last.isupper() or last in "mM.к" or first.endswith(("Uhr", "uur", " min"))):
            return _script_header(first)
        combined = NAME_THEN_TIME.match(first) or _NAME_THEN_YEARLESS.match(first) or _NAME_THEN_DOTTED_DAY.match(first)
        if combined is not None:
            created = header_time(combined.group("time"))
            if created is not None:
                name = combined.group("name")
                if first[combined.end("name") : combined.end("name") + 1] == ",":
                    # "Bagus Santoso Selasa, 5 Mar 2024 08:15 WIB", Catalan Drupal's "… el dv, 23/10/2026"
                    name = without_trailing_weekday(name)
                # Drupal's "Jim (not verified) on Wednesday, 11 February, …", "Claire D. le 26/10/2024"
                name = without_date_preposition(name)
                if all(is_weekday(word.lower()) or word in DAY_LEAD_WORDS for word in name.split()):
                    return Header(None, created)  # the date's own words: Khmer's "ថ្ងៃច័ន្ទ ទី២០ ខែឧសភា …"
                return Header(text_name(name), created)
        if (last.isdigit() or last in "mM") and any(word.lower() in _RELATIVE_DAY_FIRSTS for word in first.split()[-5:-1]):
            day = _NAME_THEN_DAY.match(first)
            if day is not None:
                return Header(text_name(day.group("name")), None, relative=True)
        return _script_header(first)
    name, target = split_reply_tail(_ALT_PREFIX.sub("", first) if first[0] == "[" else first)
    target = clean_name(target) if target else None
    if (
        name
        and len(name) <= NAME_MAX_CHARS
        and len(name.split()) <= _NAME_MAX_WORDS
        and name[-1] not in "!?:;,"
        and not is_furniture_line(name)
    ):
        created = header_time(date_below)
        # A time that reads as no datetime is relative ("3 hours ago" under "Anonymous").
        return Header(text_name(name), created, target, relative=created is None)
    return None


def _script_header(first: str) -> Header | None:
    """A name and a stamp in a non-Latin script's form ("黃小姐2024年3月5日上午9:05": page_script_dates)."""
    found = name_then_script_date(first)
    return None if found is None else Header(text_name(without_script_badge(found[0])), found[1])
