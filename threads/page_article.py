"""The article part of a scraped page: title, body paragraphs and byline.

Scrapers keep everything the page showed around the story: breadcrumbs glued to the headline,
photo captions, the headline again as a section heading, the author's name and bio, "Read Also"
links, newsletter boxes and the comment form. None of it is article text, and leaving it in would
make two copies of one wire story look different and two unrelated stories share a bio.

Each source line is one paragraph (that is how the scraper saves pages); the body joins the kept
paragraphs with blank lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

from threads.page_furniture import DATE_PATTERN
from threads.text import tidy_line

# Each line is classified by one anchored match: "form" starts the comment form (everything from
# there on is furniture), "promo" opens a box of links or a newsletter sign-up, "furniture" is a
# single line that is never article text.
_LINE_KIND: Final = re.compile(
    r"""(?ix)^(?:
        (?P<form>leave\s+a\s+(?:reply|comment)\b)
      | (?P<promo>
            more\s+to\s+read\s*$
          | more\s+(?:from|on)\s+[^.!?]{1,40}$
          | related(?:\s+(?:articles?|stories|posts|news|coverage|content|reading))?\s*:?\s*$
          | you\s+(?:may|might)\s+also\s+like\b
          | recommended(?:\s+for\s+you)?\s*:?\s*$
          | sign\s+up\s+for\b
          | subscribe\b
          | (?:get|receive)\s+(?:our|the)\b.{0,40}\bnewsletters?\b
        )
      | (?P<furniture>
            (?:read|see)\s+(?:also|more)\s*(?:$|:|[-–—>»])
          | also\s+read\s*(?:$|:)
          | your\s+email\s+address\s+will\s+not\s+be\s+published
          | required\s+fields\s+are\s+marked
          | source\s*:\s*\S.{0,40}$
          | advertisement\s*$
          | share\s+this(?:\s+(?:article|story|post))?\s*:?\s*$
          | (?:comment|name|email|e-mail|website)\s*\*?\s*:?\s*$
          | readers?['’]?\s+comments?\s*:?\s*$
          | save\s+my\s+name,?\s+email
          | post\s+comment\s*$
          | cancel\s+reply\s*$
          | click\s+to\s+(?:share|print|email)\b
          | \d+\s+(?:thoughts?|comments?|responses?|replies)(?:\s+(?:on|to)\b.*)?$
          | (?:photo|image|picture|video|caption|file\s+photo)\s*(?:by\b|:|credit\b)
        )
    )"""
)
# How everything _LINE_KIND matches begins, to skip the regex for the paragraphs of the story.
_KIND_PREFIXES: Final = (
    "leave", "more", "related", "you", "recommended", "sign", "subscribe", "get", "receive", "read",
    "see", "also", "required", "source", "advertisement", "share", "comment", "name", "email",
    "e-mail", "website", "save", "post", "cancel", "click", "photo", "image", "picture", "video",
    "caption", "file", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
)
_KIND_INITIALS: Final = frozenset(p[0] for p in _KIND_PREFIXES) | frozenset(p[0].upper() for p in _KIND_PREFIXES)
_FORM_START: Final = re.compile(r"(?i)^leave\s+a\s+(?:reply|comment)\b")
# Lines inside a promotional box: sign-up blurbs and legal small print.
_PROMO_TEXT: Final = re.compile(
    r"(?i)\bin\s+your\s+inbox\b|\bnewsletters?\b|\bpromotional\s+content\b|\bunsubscribe\b|\bsign\s+me\s+up\b"
)
# What a photo credit in parentheses looks like: a credit word, or a date ("January 10", ", 2021").
_CAPTION_CREDIT: Final = re.compile(
    r"""(?ix)
        .*\b(?:photos?|image|credit|courtesy|getty|reuters|afp|ap|epa|via|file)\b
      | .*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*$
      | .*,\s*(?:19|20)\d{2}\s*$
    """
)
_CAPTION_TAIL: Final = re.compile(r"(?i)(?:[/|]\s*(?:ap|afp|reuters|getty(?:\s+images)?)(?:\s+photo)?|\bgetty\s+images|\bap\s+photo|\bshutterstock)\s*$")
_CREDIT_ENDINGS: Final = ("ap", "afp", "reuters", "images", "photo", "shutterstock")
_CAPTION_LAST_CHARS: Final = frozenset(")psoPSO")
_CLOSERS: Final = "\"'”’)»"
_BYLINE_TOP: Final = re.compile(r"^By\s+(\S.{0,60})$")
_ABOUT_AUTHOR: Final = re.compile(r"(?i)^about\s+the\s+author\s*:\s*")
_ABOUT_NAME: Final = re.compile(r"^(.{3,60}?)(?:,|\s+(?:is|was|has|holds|writes|covers|serves|works)\b)")
_BIO_JOINERS: Final = (" is ", " was ", ", ", " has ", " holds ", " writes ", " covers ", " reports ", " serves ", " works ", " (")
_NAME_PARTICLES: Final = frozenset({"de", "da", "del", "della", "van", "von", "der", "den", "al", "el", "bin", "ibn", "la", "le", "di", "du", "dos"})
_DIGIT: Final = re.compile(r"\d")
_MAX_CRUMB_WORDS: Final = 5
# A renderer's page dump: the masthead (site name, menu, "Log in") sits in the first few lines.
_MASTHEAD_LINES: Final = 30
_PARAGRAPH_CHARS: Final = 60
_PARAGRAPH_WORDS: Final = 16
# A wrapped paragraph's lines run to the renderer's width; a masthead's lines ("Skip to main
# content", "City Desk") are short even when no blank line parts them.
_WRAPPED_CHARS: Final = 40
# Above the headline only a site's name, tagline and links: a few words, no sentence.
_MASTHEAD_WORDS: Final = 5
_SENTENCE_ENDS: Final = frozenset(".!?\"”’)")
_MENU_ITEM_STARTS: Final = frozenset({"• ", "* ", "+ ", "o ", "- ", "· ", "□ ", "☆ ", "○ ", "■ ", "# ", "@ "})
# "By Maren Hollis May 9, 2022", "Submitted by X on …", "March 2nd, 2011 by X", "Southside, 2 March 2023".
_BYLINE_WORD: Final = re.compile(r"(?i)^(?:by|von|par|por)\s|\bby\s+\S")
_DATE_IN_LINE: Final = re.compile(DATE_PATTERN, re.IGNORECASE)
_PROMO_LINE_MAX_WORDS: Final = 25
_BIO_WINDOW: Final = 3
_MAX_NAME_CHARS: Final = 60
# Author boxes close the article: a name line further up is a heading that names someone.
_BIO_TAIL_LINES: Final = 4


@dataclass
class ArticleText:
    title: str
    body: str
    byline: str | None


def clean_article(raw_lines: Iterable[str]) -> ArticleText:
    """Title, body and byline from the lines that precede the comment section."""
    lines: list[str] = []
    wrapped: list[bool] = []  # the line is part of a block of lines with no blank between
    after_blank = True
    for raw in raw_lines:
        line = raw.strip(" \t")
        if not line:
            after_blank = True
            continue
        if "  " in line or "\t" in line:
            line = tidy_line(line)
        if line[0] in "Ll" and _FORM_START.match(line):
            break
        if not after_blank:
            wrapped[-1] = True
        wrapped.append(not after_blank)
        after_blank = False
        lines.append(line)
    if not lines:
        return ArticleText(title="", body="", byline=None)

    title, first_body = _title(lines, wrapped)
    byline, bio = _bio_lines(lines, first_body)
    title_key = title.casefold()
    seen = {title}
    kept: list[str] = []
    in_promo = False
    for index in range(first_body, len(lines)):
        line = lines[index]
        if index in bio or line in seen:
            continue
        if index == first_body and byline is None:
            top = _BYLINE_TOP.match(line)
            if top is not None and _looks_like_name(top.group(1)):
                byline = top.group(1)
                continue
        kind = None
        if line[0] in _KIND_INITIALS and line[:14].lower().startswith(_KIND_PREFIXES):
            kind = _LINE_KIND.match(line)
        if kind is not None:
            in_promo = kind.lastgroup == "promo"
            continue
        if in_promo:
            if _is_promo_line(line):
                continue
            in_promo = False
        if len(line) == len(title) and line.casefold() == title_key:
            continue
        if line[-1] in _CAPTION_LAST_CHARS and _is_caption(line):
            continue
        seen.add(line)
        kept.append(line)
    return ArticleText(title=title, body="\n\n".join(kept), byline=byline)


def _title(lines: list[str], wrapped: list[bool]) -> tuple[str, int]:
    """The headline and the index of the first body line.

    Aggregators glue breadcrumbs to the headline ("Home Updates <title>") and then print the real
    headline on its own; when a following line is the tail of the first one, it is the title.
    A renderer's dump of a whole page (w3m, lynx) starts with the site's name, its menu and links
    ("Log in") before the headline: there the headline is the last plain line above the first
    paragraph (``_masthead_title``).
    """
    found = _masthead_title(lines, wrapped)
    if found:
        return lines[found], found + 1
    first = lines[0]
    for index in range(1, min(len(lines), 4)):
        candidate = lines[index]
        if len(candidate) < len(first) and first.endswith(" " + candidate):
            crumbs = first[: len(first) - len(candidate)].split()
            if len(crumbs) <= _MAX_CRUMB_WORDS:
                return candidate, 1
    return first, 1


def _masthead_title(lines: list[str], wrapped: list[bool]) -> int | None:
    """Index of the last line above the first paragraph that is not a menu item, an image label
    ("[ferry]"), a byline or a dateline; None when no paragraph starts near the top.

    A paragraph is a block the renderer wrapped over several lines, or one long line, or one that
    ends a sentence (the samples print a paragraph per line). A page whose first line is followed
    by its first paragraph gets 0 here, and keeps its first line as the title.
    """
    last: int | None = None
    headline: int | None = None
    for index, line in enumerate(lines[:_MASTHEAD_LINES]):
        if (
            line[:2] in _MENU_ITEM_STARTS
            or (line[0] == "[" and line[-1] == "]")
            or line == "(BUTTON)"
            or line.startswith("Link: ")  # elinks prints the page's <link rel=alternate> elements
        ):
            continue  # a menu's items are a block of lines too, but not a paragraph; lynx's menu button
        size = len(line)
        if (
            (wrapped[index] and size >= _WRAPPED_CHARS)
            or size >= 2 * _PARAGRAPH_CHARS
            or (size >= _PARAGRAPH_CHARS and line[-1] in _SENTENCE_ENDS)
            or line.count(" ") + 1 >= _PARAGRAPH_WORDS
        ):
            return headline if headline is not None else last
        if _BYLINE_WORD.search(line) is not None or (_DIGIT.search(line) and _DATE_IN_LINE.search(line)):
            continue  # a byline or dateline (the date pattern is dear: only lines with a digit)
        if last is not None and (
            lines[last].count(" ") + 1 > _MASTHEAD_WORDS or lines[last][-1] in _SENTENCE_ENDS
        ):
            if headline is not None or lines[last][-1] in _SENTENCE_ENDS:
                return None  # what came before was a sentence, not a site's name or links
            # A headline over short lines without "By" (block themes and Olivero print the
            # author's bare name, the date, a tag, an image's label): the last such line counts.
            headline = last
        last = index
    return None


def _looks_like_name(line: str) -> bool:
    if len(line) > _MAX_NAME_CHARS or line[-1] in ":?!;,":
        return False
    words = line.split()
    if not 2 <= len(words) <= 6 or _DIGIT.search(line) is not None:
        return False
    return all(word[0].isupper() or word in _NAME_PARTICLES for word in words)


def _bio_lines(lines: list[str], first_body: int) -> tuple[str | None, set[int]]:
    """The author's name and the indexes of the bio block (name lines, bio, "About the author").

    A short name-like line counts as a byline only when a nearby paragraph starts with the same
    name followed by "is", "was", a comma and the like (the shape every author box has), and only
    at the end of the article or next to "About the author:", so a heading naming a politician
    followed by "<Name>, the prime minister, said..." stays in the story.
    """
    byline: str | None = None
    drop: set[int] = set()
    for index in range(first_body, len(lines)):
        line = lines[index]
        if len(line) > _MAX_NAME_CHARS and not line.startswith(("About", "about", "ABOUT")):
            continue
        about = _ABOUT_AUTHOR.match(line)
        if about is not None:
            drop.add(index)
            if byline is None:
                name = _ABOUT_NAME.match(line[about.end() :])
                if name is not None and _looks_like_name(name.group(1)):
                    byline = name.group(1)
            continue
        if not _looks_like_name(line) or (_ends_sentence(line) and not line.endswith(("Jr.", "Sr."))):
            continue
        window = range(max(first_body, index - _BIO_WINDOW), min(len(lines), index + _BIO_WINDOW + 1))
        near_end = index >= len(lines) - _BIO_TAIL_LINES
        if not near_end and not any(_ABOUT_AUTHOR.match(lines[j]) for j in window):
            continue
        bios = [j for j in window if lines[j] != line and lines[j].startswith(line) and lines[j][len(line) :].startswith(_BIO_JOINERS)]
        if not bios:
            continue
        if byline is None:
            byline = line
        drop.update(bios)
        drop.update(j for j in window if lines[j] == line or _ABOUT_AUTHOR.match(lines[j]))
    return byline, drop


def _ends_sentence(text: str) -> bool:
    return text.rstrip(_CLOSERS)[-1:] in (".", "!", "?", "…")


def _is_promo_line(line: str) -> bool:
    if line.count(" ") >= _PROMO_LINE_MAX_WORDS:
        return False
    return _LINE_KIND.match(line) is not None or _PROMO_TEXT.search(line) is not None or not _ends_sentence(line)


def _is_caption(line: str) -> bool:
    """Photo captions: "Text (Credit, Date)" where the text is not a sentence, or a wire credit tail."""
    last = line[-1]
    if last == ")":
        open_at = line.rfind("(")
        if open_at <= 0 or _CAPTION_CREDIT.match(line, open_at + 1, len(line) - 1) is None:
            return False
        head = line[:open_at].rstrip()
        return not _ends_sentence(head) and ". " not in head
    if last not in _CAPTION_LAST_CHARS or not line[-16:].lower().endswith(_CREDIT_ENDINGS):
        return False
    return _CAPTION_TAIL.search(line, max(0, len(line) - 40)) is not None
