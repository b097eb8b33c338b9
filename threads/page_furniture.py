"""Lines around a comment that are the comment system's furniture, not what the reader wrote.

Every renderer prints the same things next to a comment: a "Reply" link, "Like" and "Liked by 3
people", "Report", a date line ("March 3, 2021 at 5:12 pm", "3 hours ago"), "says:" after the
name. Text dumps turn them into lines (some scrapers even as ``•`` bullets) and HTML pages into
text nodes. Both readers ask this module, so a line is furniture in an HTML page exactly when it
is furniture in the text dump of the same page.
"""

from __future__ import annotations

import re
from typing import Final

from threads.month_names import is_weekday
from threads.page_script_dates import is_script_date
from threads.page_words import (
    BUTTON_WORDS,
    MORE_REPLIES_WORDS,
    PERMALINK_WORDS,
    REPLY_WORDS,
    SHOW_REPLIES_WORDS,
    SORT_WORDS,
    TEXT_SAYS_WORDS,
    alternation,
)
from threads.relative_words import AGO_UNIT, RELATIVE_PATTERN, has_relative_cue, relative_start
from threads.time_words import (
    AFTERNOON_AFTER_CLOCK,
    CLOCK_CONNECTORS,
    DATE_PREPOSITIONS,
    MORNING_AFTER_CLOCK,
    RELATIVE_DAY_WORDS,
)

_MONTH: Final = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY: Final = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?"
# "18:42", "6:42 pm", "21:47 Uhr", "07.32 uur" (Dutch), "18h12" (French), with a zone after it ("EST",
# "мск", "(UTC)": LiveJournal); morning or afternoon in words after it ("9:40 شام", Urdu).
_CLOCK: Final = (
    r"(?:\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?|"
    + alternation((*MORNING_AFTER_CLOCK, *AFTERNOON_AFTER_CLOCK))
    + r")?(?:\s*(?:[A-Z]{2,4}|\([A-Z]{2,4}\)|мск|МСК|SEČ|SELČ|TSİ))?|\d{1,2}h\d{2}|\d{1,2}\sh\s\d{2}\smin)(?:\s*(?:Uhr|uur))?"
)  # (French WordPress's "à 21 h 34 min"; "à 18 h 30" in a story is no stamp)
_DATE: Final = (
    rf"(?:{_WEEKDAY}\s+)?(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    # A month in another language's words ("30. März 2024", "12 de março de 2024"), which
    # ``parse_time`` then reads or rejects.
    # ("26. travnja 2024.": Croatian closes the year with a full stop as well)
    r"|\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,12}\.?,?\s+(?:de\s+)?\d{4}\.?"
    r"|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    # "30.03.2024." (Croatian, Serbian, Hungarian close a date with a full stop); "26. 10. 2024"
    # (Czech, Slovak: a space after each dot).
    r"|\d{1,2}(?:\.\s?|/)\d{1,2}(?:\.\s?|/)\d{2,4}\.?"
    # Hyphens, the year in full ("30-03-2024": Drupal's Dutch "za, 30-03-2024 - 09:12").
    r"|\d{1,2}-\d{1,2}-\d{4}"
    # The year first with dots or slashes ("2024.05.13." Hungarian, "2024/05/13" East Asian),
    # or with the month's name ("2024. március 30., szombat": Hungarian, its weekday after the day).
    r"|\d{4}(?:\.\s?|/)\d{1,2}(?:\.\s?|/)\d{1,2}\.?"
    r"|\d{4}\.\s[^\W\d_]{3,12}\.?\s\d{1,2}\.(?:,\s[^\W\d_]{3,12})?"
    r"|\d{4}ko\s[^\W\d_]{3,12}\s\d{1,2}a,?)"  # Basque: "2024ko urriaren 25a" (of 2024, of October, the 25th)
)
DATE_PATTERN: Final = _DATE
# A date without its year, as portals print a recent comment's ("4 mars", "26. März", "March 4th"):
# a header's time only with a clock after it, read in the story's year (``page_story_day``).
YEARLESS_DATE_PATTERN: Final = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:de\s+)?[^\W\d_]{{3,12}}\.?)"
)
CLOCK_PATTERN: Final = _CLOCK
# Between a date and its clock: "at 6:42 pm", ", 23:15", "um 21:47 Uhr", "à 18h12", "alle 18:42",
# "June 11, 2024 / 7:48 am" (Blocksy); or one short word in a language no list holds (Uzbek
# "14.05.2024 soat 11:02"): nothing else stands between a whole date and a clock.
CONNECTOR_PATTERN: Final = rf"(?:{alternation(CLOCK_CONNECTORS)}(?!\w)|@|,|-|–|·|/|[^\W\d_]{{1,10}}\.?(?=\s))"
# A whole line that is only a time stamp: "March 3, 2021 at 5:12 pm", "2021-03-03 17:12",
# "3 hours ago", "a few seconds ago" (Coral), "Posted on 3 March 2021", "edited", "Yesterday at
# 3:12 pm", "eilen klo 22.14", "včera v 21:14".
DATE_LINE: Final = re.compile(
    rf"""(?ix)^(?:(?:posted|published|submitted|written|commented|updated|edited)(?:\s+(?:on|at))?\s*:?\s*)?
        (?:{alternation(DATE_PREPOSITIONS)}\s+)?
        (?:{_DATE}(?:\s*{CONNECTOR_PATTERN}?\s*{_CLOCK})?
          | {_CLOCK}(?:\s*(?:on|,|-|·)?\s*{_DATE})?
          | (?:about\s+|over\s+|almost\s+)?(?:an?|a\s+few|\d{{1,4}})\s+{AGO_UNIT}
            (?:,?\s+\d{{1,2}}\s+(?:second|sec|minute|min|hour|hr|day|week|month)s?)?\s+ago  # Drupal: "2 days 1 hour ago"
          | {RELATIVE_PATTERN}
          | {alternation(RELATIVE_DAY_WORDS)}(?:,?\s*(?:{alternation(CLOCK_CONNECTORS)}\s+|v\s+)?{_CLOCK})?
          | \d{{1,3}}\s*[smhdwy]\b(?:\s+ago)?
        )\s*(?:\(edited\)|edited)?\s*$"""
)
# Buttons and counters: "Reply", "Like", "Liked by 3 people", "12 likes", "Report", "Share" ...
ACTION_LINE: Final = re.compile(
    r"""(?ix)^(?:
        (?:reply|respond|quote|report(?:\s+(?:comment|abuse))?|flag|share|edit|delete|permalink|link
          |like|unlike|liked|upvote|downvote|vote\s+up|vote\s+down|loading\.*|hide\s+replies|show\s+replies
          |view\s+replies|collapse|expand|see\s+more|read\s+more
          |save|parent|context|embed|give\s+award)  # Reddit's and Hacker News's row of links
        (?:\s*[|·•/]\s*(?:reply|like|report|share|flag|edit|permalink|quote))*\s*[↓→»›↵]?
      | (?:like\s*)?liked\s+by\s+(?:\d[\d,.]*\s+)?(?:people|person|others?|[^\s].{0,40})
      | \[?(?:avatar|user\s+avatar|profile\s+(?:picture|image|photo)(?:\s+(?:for|of)\s+(?:user\s+)?\S.{0,40})?)\]?
      | (?-i:[A-Z]\S*(?:\s+\S+){0,4}\s+Avatar)  # WordPress blocks' alt text: "Graham Pike Avatar"
      | [+-]?\d[\d,]{0,6}
      | \d[\d,.]*\s*(?:likes?|dislikes?|upvotes?|downvotes?|votes?|points?|replies|reply|recommends?|comments?)
        (?:\s*[,;·|]\s*\d[\d,.]*\s*(?:likes?|dislikes?|upvotes?|downvotes?|votes?|points?|replies|recommends?|comments?)){0,3}
      | (?:reply|replies|like|likes|upvote|downvote|recommend)\s*\(?\s*\d+\s*\)?
      | (?:\d[\d,.]*\s*)?[▲▼↑↓]\s*\d*(?:\s*[▲▼↑↓]\s*\d*)?
      | (?:flag|report)\s+as\s+(?:inappropriate|spam|abusive|offensive) | mark\s+as\s+spam
      | (?:edit|delete|report|flag|share|hide|collapse|expand|quote)\s+(?:this\s+)?(?:comment|reply|thread|post)
      | (?:load|show|view|see)\s+(?:\d+\s+)?(?:more\s+)?(?:replies|comments|responses|reply|comment|response)
      | \d{1,4}\s+"""  # "2 weitere Antworten anzeigen": a count, then the words of other languages
    + alternation(MORE_REPLIES_WORDS)
    + r"""
      | """  # "さらに返信を表示（2件）": the words, then the count in brackets
    + alternation(SHOW_REPLIES_WORDS)
    + r"""\s*(?:[(（]\s*\d[\d,.]*\s*\S{0,2}\s*[)）])?
      | (?:show|see)\s+more | continue\s+reading
      | reply\s+to\s+(?:this\s+comment|@?\S.{0,40})
      | share\s+on\s+\S.{0,20} | recommend(?:ed)? | \d[\d,.]*\s+recommendations?
      | editor'?s\s+pick | featured(?:\s+comment)? | top\s+comment | \(edited\)
      | sort\s+by:?\s+\S.{0,20} | (?:newest|oldest)\s+first
      | (?:log|sign)\s*in\s+to\s+(?:reply|comment|vote|like)\S{0,3} | be\s+the\s+first\s+to\s+comment\.?
      | (?:log|sign)\s*(?:in|out|up)  # the comment system's account link over its thread (Disqus)
      | \d[\d,]{0,6}(?-i:[A-Z][a-z]{2,11})  # a reaction's count run into its name ("41Upvote", "7Funny")
      # A recipe or review site's rating over the comment ("5 stars", "Rated 4 out of 5", "★★★★☆").
      | (?:rated\s+)?[0-5](?:[.,]5)?\s*(?:stars?|(?:/|out\s+of)\s*5(?:\s+stars)?) | [★☆]{3,5}
      | in\s+reply\s+to\s+\S.{0,60}
      | (?:your\s+)?comment\s+is\s+awaiting\s+moderation\.?
      | says:?
    )\s*$"""
)
# A row of buttons and counters on one line: "▲ 12 ▼ 1 Reply Report", lynx's "(BUTTON) ▲ 12
# (BUTTON) ▼ 1 Reply", "• Reply • Share ›", "▲ 12 Respond Flag #" (a permalink drawn as "#").
# Also run together where the page put no blank between its buttons ("👍 41👎 3ReplyReportLink").
_ACTION_RUN: Final = re.compile(
    r"""(?ix)^(?:(?:\(button\)|[▲▼↑↓]\s*\d*|[+\-−]?\d[\d,]{0,6}|[•·|👍👎\#+−]|reply|respond|report|share\s*›?|flag|like|link|quote|permalink|save|parent)\s*){2,}$"""
)
# The first words of ACTION_LINE's word alternatives, lower-cased (the letters before any space,
# digit or punctuation: "LikeLiked by 3 people", "Editor's pick", "Login to reply").
_ACTION_FIRST_WORDS: Final = frozenset({
    "reply", "respond", "quote", "report", "flag", "share", "edit", "delete", "permalink", "link", "like",
    "unlike", "liked", "likeliked", "upvote", "downvote", "vote", "loading", "hide", "show", "view",
    "collapse", "expand", "see", "read", "avatar", "user", "profile", "load", "continue", "recommend",
    "recommended", "editor", "editors", "featured", "top", "sort", "newest", "oldest", "log", "login",
    "sign", "signin", "be", "in", "your", "comment", "says", "mark", "replies", "likes",
    "save", "parent", "context", "embed", "give", "rated",
})
_LEAD_WORD: Final = re.compile(r"[^\W\d_]+")
# What _ACTION_RUN's alternatives start with, digits aside: "(BUTTON)", arrows, bullets, buttons.
_RUN_INITIALS: Final = frozenset("(▲▼↑↓•·|rsflqp#+-−")  # ("+ 15 −": DataLife Engine's rating, plus, score, minus)
_DIGIT: Final = re.compile(r"\d")
# A time of day or a relative time: comment headers show one, story lists do not.
# One word-boundary group, so the search tries one alternative per word ("vor 3 Stunden", "il y a
# 2 heures", "3 ore fa", "2 uur geleden"; "says:" in other languages is ``SAYS_LINE``'s).
COMMENT_STAMP: Final = re.compile(
    rf"{_CLOCK}|\b(?:ago\b|says:|wrote:|vor\s|il\sy\sa\s|hace\s|há\s|fa$|geleden$|назад$|πριν\s)|منذ\s"
    rf"|^(?:{RELATIVE_PATTERN})$",  # a relative time in any language relative_words knows ("duela 10 minutu")
    re.IGNORECASE,
)
_NAME_THEN_CLOCK: Final = re.compile(rf"(?i)^[^\d\s].{{0,58}}?\s+{_DATE}\s*(?:at|@|,|-|–|·)?\s*{_CLOCK}\s*$")
# A name, a separator and a relative time ("Petra Lind • a day ago"); the separator keeps "We moved
# here two years ago" out.
_NAME_DOT_AGO: Final = re.compile(
    r"(?i)^[^\d\s].{0,60}?\s[•·|–—-]\s*(?:\d{1,3}|an?|a\s+few)\s+"
    rf"{AGO_UNIT}\s+ago$"
)
# A commenter's name followed by "says:" (WordPress's default theme) or "wrote:" on its own line.
SAYS_LINE: Final = re.compile(rf"(?i)^\S.{{0,60}}\s{alternation(TEXT_SAYS_WORDS)}\s*:\s*$")
# A row of a comment's buttons and counts in another language ("Empfehlen 23 Antworten Melden",
# "J'aime 14 Répondre Signaler", "Mi piace (23) Rispondi Segnala", "👍 14 Reageer Meld").
# Run together too, where the page put no blank between them ("👍 9👎 1הגבדווח": the votes, then
# Reply and Report): each piece must be a button, a count or a sign all the same. A button's word
# may end in a colon before its count ("Válasz · Tetszik: 12 · Jelentés").
# The vote arrows count as signs, and "Reply" in any language as a button ("პასუხი ▲ 9 ▼"); a
# count may be in square brackets run into its word ("回复 顶[56]"; not a dump's link number, "[35]Svar").
_ROW_WORDS: Final = tuple(dict.fromkeys((*BUTTON_WORDS, *(word.lower() for word in REPLY_WORDS))))
_BUTTON_TOKEN: Final = rf"(?:{alternation(_ROW_WORDS)}:?|\(?\d[\d,.]*\)?|(?<=[^\W\d_])\[\d[\d,.]*\]|[👍👎❤♥•·|+−/▲▼↑↓-]|\+[+\-−]?\d{{1,6}}[−\-])"
_BUTTON_ROW: Final = re.compile(rf"(?i)^(?:{_BUTTON_TOKEN}(?:\s+|$|(?={_BUTTON_TOKEN})))+$")
# (a vote's "+14−": its plus, its score, its minus; or apart: "+ 27 - 2 odpowiedz zgłoś")
# What a row of them starts with: a count, a symbol, or a button's first word.
_BUTTON_SIGNS: Final = frozenset("0123456789(👍👎❤♥•·|+▲▼↑↓")
_BUTTON_FIRST_WORDS: Final = frozenset(word.split()[0] for word in _ROW_WORDS)


# The glyphs renderers put before list items (w3m's • □ ☆ ○ ■, lynx's * + o # @), when followed by
# a space: "o Reply" is a bullet and a button, "older" is a word.
_LEADING_BULLETS: Final = re.compile(r"^(?:[•·▪◦∙‣\-*□☆○■+o#@](?:[ \t]+|$))+")
BULLET_GLYPHS: Final = frozenset("•·▪◦∙‣-*□☆○■+o#@")
# A text box as renderers draw it: w3m's "Comment[          ]" or "[          ] [Post]", lynx's row
# of underscores, a "[Submit]" button.
_FORM_FIELD: Final = re.compile(r"\[[ _]{8,}\]|^_{20,}$|^\[(?:post|submit|send)\b", re.IGNORECASE)
_LYNX_BOX: Final = "_" * 20
# The sort words, perhaps a chosen order, then the box, which may hold the order ("[Les plus anciens    ]").
_SORT_CONTROL: Final = re.compile(rf"(?i)^\s*{alternation(SORT_WORDS)}\s*:?[^\[]{{0,30}}\[[^\]]{{0,40}}\]\s*$")
# An unindented line with at least this many words is a paragraph of the article (or a comment
# printed flat), never a heading, button or date.
MIN_ARTICLE_LINE_WORDS: Final = 8


def strip_bullets(text: str) -> str:
    """``text`` without surrounding blanks and the list-item glyphs at its start."""
    text = text.strip()
    return _LEADING_BULLETS.sub("", text) if text[:1] in BULLET_GLYPHS else text


def is_form_field(line: str) -> bool:
    """A drawn text box: anywhere on an unindented line ("Comment[      ]"), as a whole line, or
    lynx's row of underscores at the end of a line ("Your name ______")."""
    stripped = line.strip()
    if stripped.endswith(_LYNX_BOX) or stripped.startswith(_LYNX_BOX):
        return True  # lynx's "Your name ______", elinks's "______ [ Post ]"
    return _FORM_FIELD.search(stripped) is not None and (
        not line[:1].isspace() or _FORM_FIELD.match(stripped) is not None
    )


def is_sort_box(line: str) -> bool:
    """A comment system's sort control drawn as a box ("Sort by: Best [          ]", "Trier
    par[Les plus anciens    ]"): a field, but no comment form."""
    return _SORT_CONTROL.match(line) is not None


def is_furniture_line(text: str) -> bool:
    """Whether one line of text (already stripped) is a comment system's button, counter or date.

    Both readers ask this of nearly every short line, and most are not furniture: each pattern
    is tried only when the line's first word, last character or digits allow it to match.
    """
    if not text or len(text) > 90:
        return False
    return (
        (_may_be_action(text) and ACTION_LINE.match(text) is not None)
        or is_date_line(text)
        or (text.rstrip()[-1:] == ":" and SAYS_LINE.match(text) is not None)
        or (_may_be_action_run(text) and _ACTION_RUN.match(text) is not None)
        or ((text[0] in _BUTTON_SIGNS or text.partition(" ")[0].lower() in _BUTTON_FIRST_WORDS) and _is_button_row(text))
        or (len(text) <= _MAX_REPLY_BUTTON and text.lower() in _REPLY_BUTTONS)  # "Reply" in any language: "ឆ្លើយតប" (Khmer Drupal's)
    )


_LEADING_BUTTONS: Final = re.compile(
    rf"(?i)^(?:(?:{alternation(BUTTON_WORDS + ('reply', 'like', 'report', 'share', 'flag'))}|\(?\d[\d,.]*\)?|[👍👎❤♥•·|])\s+)+(?=\S)"
)


def without_leading_buttons(text: str) -> str:
    """``text`` without a row of buttons and counts run into its start: a dump that prints
    comments flat runs the last one's row into the next header ("J'aime 14 Répondre Signaler YL
    Yannick Le Goff"), or a vote's score and the comment's number ("+12 #2 Марина К.", JComments).
    The first word is checked before the pattern."""
    if text[:1] in _SCORE_INITIALS and (numbered := _SCORE_AND_NUMBER.match(text)) is not None:
        return text[numbered.end() :]
    if not (text[:1] in _BUTTON_SIGNS or text.partition(" ")[0].lower() in _LEADING_BUTTON_FIRST_WORDS):
        return text
    lead = _LEADING_BUTTONS.match(text)
    if lead is None or not any(c.isalpha() for c in lead.group()):
        return text
    return text[lead.end() :]


_SCORE_AND_NUMBER: Final = re.compile(r"^[+−-]?\d{1,5}\s+#\d{1,6}\s+(?=\S)")
_SCORE_INITIALS: Final = frozenset("+−-0123456789")
_LEADING_BUTTON_FIRST_WORDS: Final = _BUTTON_FIRST_WORDS | {"reply", "like", "report", "share", "flag"}


def _is_button_row(text: str) -> bool:
    """A row of buttons in any language, with at least one button word (a lone count is
    ``ACTION_LINE``'s)."""
    return _BUTTON_ROW.match(text) is not None and any(c.isalpha() for c in text)


def _may_be_action(text: str) -> bool:
    """Whether ``ACTION_LINE`` can match: its word alternatives start with one of
    ``_ACTION_FIRST_WORDS``; anything led by a digit, symbol or other script, or ending in
    "Avatar", gets the pattern."""
    lead = _LEAD_WORD.match(text)
    if lead is None or not lead.group().isascii() or text.endswith("Avatar"):
        return True
    return lead.group().lower() in _ACTION_FIRST_WORDS


def _may_be_action_run(text: str) -> bool:
    """Whether ``_ACTION_RUN`` can match: two or more buttons need a blank between them, and the
    first starts with one of the characters its alternatives start with."""
    first = text[0]
    spaced = " " in text or "\t" in text or not text.isascii()  # a no-break space is a blank too
    return spaced and (first.isdigit() or not first.isascii() or first.lower() in _RUN_INITIALS)


def is_comment_stamp(text: str) -> bool:
    """A line that only comment systems print: a time stamp with the hour or "ago" ("May 9, 2022
    at 8:12 am", "3 hours ago"), a "Reply" link or "Name says:". A date alone ("May 3, 2022")
    is as likely a list of related stories."""
    if _is_reply_button(text) or (len(text) <= 90 and SAYS_LINE.match(text) is not None):
        return True
    if len(text) <= 90 and _NAME_THEN_CLOCK.match(text) is not None:
        return True  # "Maeve 2023-03-02 21:14": a name and the time it was posted
    if text[-3:] == "ago" and len(text) <= 90 and _NAME_DOT_AGO.match(text) is not None:
        return True  # Disqus's "Petra Lind • a day ago"
    if is_date_line(text):
        return COMMENT_STAMP.search(text) is not None
    # a stamp in another script's form with its clock ("ማርች 13, 2024 በ 9:15 ጥዋት", page_script_dates)
    return ":" in text and is_script_date(text)


_RELATIVE_DAYS: Final = frozenset(RELATIVE_DAY_WORDS)
# A relative time without a digit: "vor einer Stunde", "il y a une heure", "un'ora fa".
_AMOUNT_WORDS: Final = re.compile(r"\b(?:vor|y\s+a|hace|há|před)\s|\s(?:fa|geleden|назад|sitten|önce)$|^منذ\s")


# A comment's number, its permalink, before its time ("#2 29/03/2025 09:02", Komento).
NUMBER_LEAD: Final = re.compile(r"#\d{1,6}\s+(?=\S)")


def is_date_line(text: str) -> bool:
    """A line that is only a time stamp, or one with the "Reply" link after it (``without_reply``);
    a stamp holds a digit or one of a few words ("a minute ago", "just now", "yesterday"), which is
    checked before the pattern."""
    if len(text) > 90:
        return False
    if _DIGIT.search(text) is None:
        lower = text.lower()
        if not ("ago" in lower or "now" in lower or "day" in lower or lower in _RELATIVE_DAYS or (
            has_relative_cue(lower) and _AMOUNT_WORDS.search(lower)
        )):
            return False
    if DATE_LINE.match(text) is not None:
        return True
    if without_weekday(text) is not text:
        return True
    cut = without_reply(text)
    if cut is not text and DATE_LINE.match(cut) is not None:
        return True
    # a relative time as CLDR writes it in a language the pattern does not know ("2 કલાક પહેલાં")
    return relative_start(cut.strip()) == 0


def without_weekday(text: str) -> str:
    """A stamp without the weekday in any language that opens it ("Mar, 02/04/2024 - 10:12":
    Drupal in Italian), which ``DATE_LINE`` knows only in English and the date reader would take
    for a month; ``text`` itself (the same object) where no weekday opens a stamp."""
    day, blank, rest = text.partition(" ")
    if blank and day[:1].isalpha() and is_weekday(day.rstrip(",.،").lower()) and DATE_LINE.match(rest) is not None:
        return rest
    return text


_REPLY_WORDS: Final = frozenset(REPLY_WORDS)
_REPLY_TAIL: Final = re.compile(rf"(?i)(?<=\S)\s*[-–—·|•]?\s+{alternation(REPLY_WORDS)}\s*$")


def without_reply(text: str) -> str:
    """``text`` without a "Reply" link a comment system prints on its header's line, after the
    time ("2 June 2024 at 2:21 pm Reply", "Greg March 4, 2024 at 3:12 pm - Reply"; GeneratePress,
    Avada); ``text`` itself (the same object) when it ends in no such word. The last word is
    checked before the pattern."""
    if text[-1:].isalpha() and text[text.rfind(" ") + 1 :].lower() in _PERMALINK_LAST_WORDS:
        text = _PERMALINK_TAIL.sub("", text, count=1)  # Drupal's "… 19:22 Enlace permanente", and a reply link before it
    if text[-1:].isalpha() and text[text.rfind(" ") + 1 :].lower() in _REPLY_WORDS:
        return _REPLY_TAIL.sub("", text, count=1)
    return text


_PERMALINK_LAST_WORDS: Final = frozenset(words.split()[-1] for words in PERMALINK_WORDS)
_PERMALINK_TAIL: Final = re.compile(rf"(?i)(?<=\S)\s*[-–—·|•]?\s+{alternation(PERMALINK_WORDS)}\s*$")


def is_reply_link(text: str) -> bool:
    """The "Reply" link a renderer prints under a comment that can still be answered (English: a
    comment without one is read as closed, ``page_comments``)."""
    return strip_bullets(text).lower().rstrip(" ↓→»›") in {"reply", "reply to this comment", "respond"}


def _is_reply_button(text: str) -> bool:
    """... and, as an item of a list of links, the same in any language a comment system prints it
    in ("• ឆ្លើយតប", Khmer Drupal's): not the comment's words."""
    if is_reply_link(text):
        return True
    bare = strip_bullets(text)
    return bare != text.strip() and bare.lower().rstrip(" ↓→»›") in _REPLY_BUTTONS


_REPLY_BUTTONS: Final = frozenset({"reply to this comment", *(word.lower() for word in REPLY_WORDS)})
_MAX_REPLY_BUTTON: Final = max(len(word) for word in _REPLY_BUTTONS)
