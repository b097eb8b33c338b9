"""Where a text dump's comment section begins and ends: its heading, the comment form, sidebars.

A rendered page heads its comments with a line such as "6 thoughts on …", "Comments (8)" or
"Leserkommentare (8)", and ends them at the comment form ("Leave a Reply", a drawn text box), a
box that repeats comment markup or lists stories ("Recent comments", "Most read", "Meistgelesen")
or Disqus's "Powered by Disqus". ``page_parser`` finds the section with these tests; the words
of other languages are ``page_words``'s.
"""

from __future__ import annotations

import re
from typing import Final

from threads.html_time import OTHER_DIGITS
from threads.page_form import MAX_BEFORE_FORM, box_label, is_form_heading, past_form
from threads.page_furniture import (
    BULLET_GLYPHS,
    is_form_field,
    is_furniture_line,
    is_sort_box,
    strip_bullets,
)
from threads.page_lines import item_is_header
from threads.page_links import BUTTON_LABEL
from threads.page_words import (
    COMMENTS_HEADING_WORDS,
    COUNT_LEAD_HEADING_WORDS,
    COUNT_UNIT_WORDS,
    FORM_HEADING_WORDS,
    ORDER_WORDS,
    PAGE_OF_WORDS,
    PAGE_WORDS,
    TITLE_AFTER_HEADING_LINKS,
    TITLE_AFTER_HEADING_UNITS,
    TITLE_FIRST_HEADING_LINKS,
    TITLE_FIRST_HEADING_UNITS,
    alternation,
    initials,
)
from threads.sidebar_words import SIDEBAR_HEADING_WORDS, SIDEBAR_TAB_WORDS
from threads.text import starts_lower

_TAB_WORDS: Final = frozenset(SIDEBAR_TAB_WORDS)
# Unindented headings of boxes after the comments that repeat comment markup ("Recent comments"
# lists the site's latest comments as numbered items) or that list stories as numbered items
# ("Most read", "Trending"): the comment section ends there.
_SIDEBAR_HEADING: Final = re.compile(
    rf"""(?ix)^(?:
        (?:recent|latest|newest|top|popular|related|most\s+(?:commented|read|popular|discussed))\s+
        (?:from\s+(?:the\s+|our\s+)?)?(?:comments?|posts|discussions|stories|articles|news|coverage|content)
      | most\s+(?:read|viewed|popular|shared|commented|discussed)
        (?:\s+(?:this\s+(?:week|month|year)|today|now|right\s+now|(?:from|on|in|at)\s+[^.!?]{{1,40}}))?
      | trending(?:\s+(?:now|today|stories|articles|news|topics|conversations|discussions))?
      | related | more\s+(?:stories|news|articles|from|on|in)\b.{{0,40}} | read\s+(?:next|also)
      | also\s+on\s+\S.{{0,40}}  # Disqus's discovery box: other threads of the site
      | (?:you\s+(?:may|might)\s+also\s+like) | recommended(?:\s+(?:for\s+you|stories|reading))?
      | {alternation(SIDEBAR_HEADING_WORDS)}
        (?:\s+(?:à|au|aux|en|dans|in|im|aus|de|del|della|di|da|do|em|na|no|w|we|v|ve|в|на|u|i|på)\s+[^.!?:]{{1,30}})?  # "Les plus lus à Brest"
    )\s*:?\s*$"""
)
# The heading a comment section opens with, on a line of its own: "6 thoughts on “…”",
# "4 Responses to …" (in other languages "7 odpowiedzi na „…”"), "12 Comments", "Readers' comments",
# "Join the discussion", "Your say (7)", and OpenWeb's and Viafoura's "Conversation" (also
# "Conversation 12", "Conversation 8 comments"); the count may name its unit ("Diskuse k článku
# (8 příspěvků)", "みんなの声（8件）" in full-width brackets). A link to the form may follow on the line ("8 комментариев — Оставить
# комментарий": LiveJournal).
_COMMENTS_HEADING: Final = re.compile(
    rf"""(?ix)^(?:
        (?:all\s+|showing\s+)?\d[\d,.]*\s+(?:comments?|responses?|thoughts|replies|reactions|opinions)
        (?:\s+(?:on|to|for)\s.*|\s*[·|,]?\s*sorted\s+by:?\s+\S.{{0,30}})?
      | (?:(?:readers?(?:'s|s')?|community)\s+)?(?:comments?|conversation|responses|reactions)(?:\s*\(\d[\d,.]*(?:\s+comments?)?\)|\s+\d[\d,.]*(?:\s+comments?)?)?
      | {alternation(COUNT_LEAD_HEADING_WORDS)}\s+\d[\d,.]*\s+{alternation(COMMENTS_HEADING_WORDS)}
      | (?:\d[\d,.]*\s+)?{alternation(COMMENTS_HEADING_WORDS)}(?:\s*[(（]\d[\d,.]*(?:\s*[^\s\d()（）]{{1,16}})?[)）]|\s+\d[\d,.]*(?:(?:\s*[·|]\s*|\s+){alternation(ORDER_WORDS)}){{0,3}}
        |\s*\d[\d,.]*\s*{alternation(COUNT_UNIT_WORDS)})?
      | \d[\d,.]*\s+{alternation(TITLE_AFTER_HEADING_UNITS)}\s+{alternation(TITLE_AFTER_HEADING_LINKS)}\s+[„“”«»‚‘’"'‹›].*
      | (?:በ)?“[^”]{{1,200}}”\s+{alternation(TITLE_FIRST_HEADING_LINKS)}\s+\d[\d,.]*\s+{alternation(TITLE_FIRST_HEADING_UNITS)}
      | discussion(?:\s+about\s+this\s+(?:post|article|story))? | discuss | reactions | responses
      | join\s+the\s+(?:discussion|conversation)(?:…|\.\.\.|\s*\(\d[\d,.]*\))? | what\s+(?:readers|you)\s+(?:say|think)
      | (?:have\s+)?your\s+say\s*\(\d[\d,.]*\)
    )(?:\s+[—–·|-]\s+(?:(?:leave|post|add)\s+a\s+comment|{alternation(FORM_HEADING_WORDS)}))?
    \s*:?(?:\s+(?:community\s+|house\s+)?(?:guidelines|rules|standards)|\s+\(?closed\)?)?\s*$"""
)
_MAX_FORM_LINE: Final = 200
_TAB_LINES: Final = 2  # a comment system's tabs between a button to the form and the sort control
_SUPERSCRIPT_COUNT: Final = re.compile(r" \^(\d[\d,.]*)\s*$")  # "<sup>8</sup>" as w3m prints it
# The story's title in quotes, in a heading that counts the comments on it (``_counts_on_title``).
_QUOTED_TITLE: Final = re.compile(r"[«“„\"‚‘‹](?P<title>[^«»“”„\"‹›]{8,160})[»”“\"’‘›]")
_TITLED_HEADING_WORDS: Final = 5  # the count and its words around the title ("maqolasiga 8 ta izoh")
_TITLE_LOOKBACK: Final = 400  # lines above the heading searched for the title
SIDEBAR_INITIALS: Final = frozenset("RrLlNnTtPpMmYyAa") | initials(SIDEBAR_HEADING_WORDS)
HEADING_INITIALS: Final = (  # (any script's digits: Bengali wpDiscuz's "৮ মন্তব্য")
    frozenset("0123456789CcRrDdJjWwAaHhYy“«„በ") | OTHER_DIGITS | initials(COMMENTS_HEADING_WORDS, COUNT_LEAD_HEADING_WORDS)
)
# What a comments heading's first two characters can be, mirroring _COMMENTS_HEADING's alternatives
# (keep the two in step): a digit, a quoted title (Amharic's after "በ"), "all", "readers", "comments", "conversation", a word of
# COMMENTS_HEADING_WORDS or COUNT_LEAD_HEADING_WORDS, "discussion", "reactions", "responses", "join", "what",
# "have", "your".
_HEADING_START: Final = re.compile(
    rf"(?i)(?:\d|al|re|co|di|jo|wh|ha|yo|“|«|„|በ“|{alternation(tuple(w[:2] for w in COMMENTS_HEADING_WORDS + COUNT_LEAD_HEADING_WORDS))})"
)
# The two-character starts, an initial then an ASCII character, that no heading has ("It", "Le",
# "Dr", "Yo" is one): a set lookup rules most article lines out before the long pattern. A start
# not listed (another initial, a non-ASCII second character) still gets the pattern. Callers
# scanning many lines check it before calling ``is_heading``: most lines starting with an initial
# are article text, and the call costs more than the lookup.
NOT_HEADING_STARTS: Final = frozenset(
    initial + chr(code)
    for initial in HEADING_INITIALS
    for code in range(128)
    if _HEADING_START.match(initial + chr(code)) is None
)
# What ends the line above a heading in lower case ("all 47 comments") that is no word wrapped off it.
_SENTENCE_ENDS: Final = frozenset(".!?…")
# A heading elinks indented: a few spaces, then a heading's initial.
HEADING_INDENT: Final = 4
# A numbered list item up to its text ("    1. "): a line indented that far under it continues it.
_NUMBERED_TEXT: Final = re.compile(r" +\d{1,6}[.)] +(?=\S)")
# A count alone ("23 Comments"): deeper than HEADING_INDENT, a box's list of stories.
_BARE_COUNT: Final = re.compile(r"(?i)\d[\d,.]*\s+comments?$")
_INDENTED_HEADING: Final = re.compile(" {1,40}[" + re.escape("".join(sorted(HEADING_INITIALS))) + "]")
# Disqus's last line under its thread (lynx, elinks, links print the site's footer after it);
# "Load more comments" is no end: some systems print it between a thread's pages.
# (or, under Disqus 2 and its WordPress plugin, "blog comments powered by Disqus")
_THREAD_END: Final = re.compile(r"(?i)^(?:blog\s+comments\s+)?powered\s+by\s+disqus\s*$")
_THREAD_END_INITIALS: Final = frozenset("PpBb")
# A thread's pagination on a line of its own ("Page 1 of 3", "Seite 1 von 3"): this page's comments
# end there, and what follows (the page links "• 2 • 3 • Next »", the site's boxes) is no reply.
_PAGE_OF: Final = re.compile(rf"(?i)^{alternation(PAGE_WORDS)}\s+\d{{1,4}}\s*{alternation(PAGE_OF_WORDS)}\s*\d{{1,4}}$")
# An indented numbered list item ("    1." alone, as lynx prints Twenty Nineteen's).
LIST_ITEM: Final = re.compile(r"\s+(?:\d{1,6}[.)]|[•*+o□])(?:\s|$)")
# How far under a form heading its first field must be for it to be the form.
_FORM_LOOKAHEAD: Final = 8


def is_thread_end(text: str) -> bool:
    """"Powered by Disqus" (``text`` stripped of blanks and bullets): the embedded thread ends."""
    return text[:1] in _THREAD_END_INITIALS and _THREAD_END.match(text) is not None


def is_sidebar_heading(line: str) -> bool:
    """"Recent comments", also as a list item; the first letter is checked before the pattern."""
    text = strip_bullets(line)
    return text[:1] in SIDEBAR_INITIALS and _SIDEBAR_HEADING.match(text) is not None


def is_heading(lines: list[str], index: int) -> bool:
    """A comments heading at ``lines[index]``; not a lower-case word that a renderer wrapped off
    the line above (w3m breaks a form's "Post comment" button before "comment"). A count in
    superscript reads as one on the line (w3m's "Комментарии ^8")."""
    line = lines[index]
    if " ^" in line:
        line = _SUPERSCRIPT_COUNT.sub(r" \1", line)
    if line[:1].isspace():
        deep = line[: HEADING_INDENT + 1].isspace()
        line = line.strip()  # a short line (elinks indents its headings)
        if deep and line[:1].isdigit() and _BARE_COUNT.match(line) is not None:
            return False  # a story's count in a "Most commented" box, not the heading of a layout's column
        if index > 0 and _wrapped_item_tail(lines[index - 1], len(lines[index]) - len(lines[index].lstrip())):
            return False  # "8 reacties" wrapped off a story's title in a "Most discussed" list (lynx)
        if line[:1].isdigit() and _BARE_COUNT.match(line) is not None and _in_bulleted_item(lines, index):
            return False  # "64 comments" under a story's excerpt in a "Trending conversations" box
    if line[:1].islower() and starts_lower(line) and index > 0 and lines[index - 1].strip() and lines[index - 1].rstrip()[-1] not in _SENTENCE_ENDS:
        return False  # wrapped off the line above, not under a finished one ("loading..." over "all 47 comments")
    if len(line) > 160 or line[:2] in NOT_HEADING_STARTS:
        return False
    if _COMMENTS_HEADING.match(line) is None:
        return _counts_on_title(lines, index, line)
    if not any(map(str.isdigit, line)) and _next_to_tab(lines, index):
        return False  # "Popular" / "Latest" / "Comments": a sidebar's tabs, over its recent comments
    # A form's label ("Comment:" over its text box, "Commento" right over it), not a heading.
    return (line[-1] != ":" or not _field_below(lines, index)) and not box_label(lines, index)


def _counts_on_title(lines: list[str], index: int, line: str) -> bool:
    """WordPress's "8 thoughts on “<title>”" in a language no list holds (Uzbek "«…» maqolasiga 8
    ta izoh"): a count and a few words around the story's own title in quotes, the title a line of
    the page above."""
    quoted = _QUOTED_TITLE.search(line)
    if quoted is None:
        return False
    rest = (line[: quoted.start()] + " " + line[quoted.end() :]).split()
    if not 2 <= len(rest) <= _TITLED_HEADING_WORDS or not any(word.isdigit() for word in rest):
        return False
    title = " ".join(quoted.group("title").split())
    return any(" ".join(above.split()) == title for above in lines[max(0, index - _TITLE_LOOKBACK) : index])


def _next_to_tab(lines: list[str], index: int) -> bool:
    """Whether the line right above or below ``lines[index]`` (no blank between) is a sidebar's tab
    label ("Latest"), making the heading one of the box's tabs."""
    return any(
        0 <= near < len(lines) and lines[near].strip().casefold() in _TAB_WORDS for near in (index - 1, index + 1)
    )


def _wrapped_item_tail(above: str, column: int) -> bool:
    """Whether a line at ``column`` continues the numbered item ``above`` (its text starts there)."""
    item = _NUMBERED_TEXT.match(above)
    return item is not None and item.end() == column


def _in_bulleted_item(lines: list[str], index: int) -> bool:
    """Whether the indented line ``lines[index]`` belongs to a list item above it: the nearest
    less indented line (blank lines and its other lines skipped) is "• " or " 2. " with its text
    at this line's column (a "Most commented" box: " 2. <title>" over "    7 comments")."""
    column = len(lines[index]) - len(lines[index].lstrip())
    for above in range(index - 1, max(-1, index - _ITEM_LINES), -1):
        text = lines[above]
        lead = len(text) - len(text.lstrip())
        if not text.strip() or lead >= column:
            continue
        bullet = text[lead : lead + 1]
        if bullet.isdigit():
            item = _NUMBERED_TEXT.match(text)
            return item is not None and item.end() == column
        return bullet in BULLET_GLYPHS and text[lead + 1 : lead + 2] == " " and lead + 2 == column
    return False


_ITEM_LINES: Final = 12


def _field_below(lines: list[str], index: int) -> bool:
    return is_form_field(_line_below(lines, index))


def _line_below(lines: list[str], index: int) -> str:
    """The first line with text in the two under ``lines[index]`` ("" if both are blank)."""
    return next((line for line in lines[index + 1 : index + 3] if line.strip()), "")


# A count of comments as a list item: a comment system's tab, above its thread ("• 7 Comments",
# Disqus; "• Comments 8", Coral, its count a badge after the word).
_BULLETED_COUNT: Final = re.compile(
    r"(?i)(?:\d[\d,.]*\s+(?:comments?|responses|replies)|(?:comments?|responses|replies)\s+\(?\d[\d,.]*\)?)\s*$"
)


def is_bulleted_count(line: str, start: int) -> bool:
    """Whether the bulleted item whose text starts at ``line[start]`` is a count of comments, also
    as lynx prints a tab drawn as a button ("* (BUTTON) 7 Comments", Coral)."""
    if line[start : start + 1] == "(" and line.startswith(BUTTON_LABEL, start):
        start += len(BUTTON_LABEL)
    return _BULLETED_COUNT.match(line, start) is not None


_MAX_TAB_CHARS: Final = 60
_BULLETED_TAB: Final = re.compile(r" {1,12}[•*+o] ")


def last_heading(lines: list[str], before: int | None = None) -> int | None:
    # Only lines starting with a digit or a heading's initial get the pattern; from the end, as
    # the last heading counts.
    for index in range((len(lines) if before is None else before) - 1, -1, -1):
        line = lines[index]
        if (
            (line[:1] in HEADING_INITIALS and line[:2] not in NOT_HEADING_STARTS)
            or (line[:1] == " " and _INDENTED_HEADING.match(line))
        ) and is_heading(lines, index):
            return index
        if line[:1] == " " and len(line) < _MAX_TAB_CHARS and (tab := _BULLETED_TAB.match(line)) is not None and (
            is_bulleted_count(line, tab.end())
        ):
            return index  # the comment system's tab, where the thread's own lines stopped the scan for a heading
        if len(line) < _MAX_TAB_CHARS and line.lstrip()[:1].isdigit() and len(line) - len(line.lstrip()) <= HEADING_INDENT and (
            _is_tab_row(line)
        ):
            return index  # Coral's tabs on one line, the count of comments first
    return None


# The rest of a row of tabs after the count of comments: a few capitalised words ("Featured",
# "My profile"), no digits, no sentence.
_TAB_ROW_REST: Final = re.compile(r"^(?:[A-ZÀ-Þ][^\W\d_]*(?:\s+[^\W\d_]+)?)(?:\s+[A-ZÀ-Þ][^\W\d_]*(?:\s+[^\W\d_]+)?){0,2}$")


def _is_tab_row(line: str) -> bool:
    """Coral's tabs printed on one line, the count of comments first ("8 Comments Featured My
    profile"): the count and its word are a comments heading, the rest tabs' names."""
    count, _blank, rest = line.strip().partition(" ")
    word, _blank, tabs = rest.partition(" ")
    return bool(tabs) and _COMMENTS_HEADING.fullmatch(f"{count} {word}") is not None and _TAB_ROW_REST.match(tabs) is not None


def section_end(lines: list[str], start: int) -> int:
    """Where the comments stop: at the comment form's heading, a sidebar heading ("Recent
    Comments", also as a list item) or the end of the page."""
    for index in range(start, len(lines)):
        line = lines[index]
        size = len(line)
        if not size or size > _MAX_FORM_LINE:
            continue  # a paragraph (searched for "[" only when short: comments can be long)
        if (
            ("[" in line or "___" in line)
            and (is_form_field(line) or _boxed_item(line))
            and not _rule_between_items(lines, index)
            and not is_sort_box(line.strip())  # the thread's sort control ("Sort by [Newest]")
        ):
            return index
        if size > 60:
            continue
        first = line[0]
        content = line.lstrip()
        if (content[:1] in _THREAD_END_INITIALS or content[2:3] in _THREAD_END_INITIALS) and _THREAD_END.match(
            strip_bullets(content)
        ):
            return index  # "Powered by Disqus" closes its thread
        if content[:1] == "©":
            return index  # the site's footer ("© Riverina Daily Ledger 2024"): sidebars above it, nothing below
        if content[-1:].isdigit() and _PAGE_OF.match(content.rstrip()) is not None:
            return index  # "Seite 1 von 3": the thread's pagination under this page's comments
        if first.isspace():
            # Indented: a list item ("  • Recent Comments") or a heading that links and elinks
            # indent by a few spaces ("  Recent comments").
            content = line.lstrip()
            bulleted = content[1:2] == " " and content[0] in BULLET_GLYPHS
            shallow = len(line) - len(content) <= HEADING_INDENT and content[:1] in SIDEBAR_INITIALS
            if (bulleted or shallow) and is_sidebar_heading(content):
                return index
        elif len(line) < 40 and (
            (first in SIDEBAR_INITIALS and is_sidebar_heading(line))
            or (
                is_form_heading(line)
                and not (first.islower() and starts_lower(first) and index > 0 and lines[index - 1].strip())  # "…pour" over "réagir."
                and not _jump_link(lines, start, index)
                and not (" " in line.strip() and is_furniture_line(line.strip()))  # "Reageer 👍 6 Meld misbruik"
            )
        ):
            return index
    return len(lines)


_RULE_ITEM: Final = re.compile(r"\s+(?:\d{1,6}[.)]|[" + re.escape("".join(BULLET_GLYPHS)) + r"])\s")


def _boxed_item(line: str) -> bool:
    """A sidebar's search box as a list item ("  • Search for:[          ][Search]"): a field after
    a few words, as on an unindented line."""
    content = line.lstrip()
    return content[1:2] == " " and content[:1] in BULLET_GLYPHS and is_form_field(content[2:])


def _rule_between_items(lines: list[str], index: int) -> bool:
    """Whether the row of underscores at ``lines[index]`` is lynx's horizontal rule under a list
    item (a forum's posts end so), not a text box: nothing else on the line, and the next list
    item right after it."""
    if lines[index].strip("_ \t"):
        return False
    return _RULE_ITEM.match(_line_below(lines, index)) is not None


def _jump_link(lines: list[str], start: int, index: int) -> bool:
    """Whether the form heading at ``lines[index]`` is only a link to the form printed first under
    the comments heading, with the comment list right under it (Twenty Nineteen's "Leave a
    comment" in lynx, elinks, links): nothing but blanks above it, a numbered item below. Also a
    comment widget's box shown only by its placeholder ("Write a comment…", Viafoura), with the
    list right under it: the form is not drawn there, so nothing of the list is past it. Also
    a heading right under the comments heading with no field under it (a button to the form).
    Under the section's rules or its sort box ("Sortieren: [Älteste zuerst]" over "Kommentar
    schreiben"), only a comment's header right under it, with no field after, makes it a button."""
    placeholder = lines[index].rstrip().endswith(("…", "..."))
    below = next((at for at in range(index + 1, min(len(lines), index + 4)) if lines[at].strip()), None)
    listed = below is not None and lines[below][:1].isspace() and LIST_ITEM.match(lines[below]) is not None
    if below is not None and any(
        is_sort_box(lines[at].strip()) for at in range(below, min(len(lines), below + _TAB_LINES + 1)) if lines[at].strip()
    ):
        # a button over the thread's sort control (Coral: "Post a comment" over "Sort by [Newest]"),
        # a tab between them ("All Comments8")
        return True
    if not placeholder and any(lines[above].strip() for above in range(start, index)):
        return (
            listed
            and below is not None
            and item_is_header(lines, below)
            and not any(is_form_field(line) for line in lines[index + 1 : index + 1 + _FORM_LOOKAHEAD])
        )
    if listed:
        return True
    # A button right under the heading with no field after it ("Yorum Yaz" over the rules and the
    # comments, the form further down): a link to the form, not the form.
    return not any(is_form_field(line) for line in lines[index + 1 : index + 1 + _FORM_LOOKAHEAD])


def past_notice_and_form(lines: list[str], start: int) -> int | None:
    """The first line after a comment form under a short notice below the comments heading ("Disclaimer:
    these comments are the readers' own…" over the fields, a Hindi paper), where ``past_form`` stops
    at the notice's long lines; None where no form follows within a few lines."""
    end = section_end(lines, start)
    if end >= len(lines) or end - start > MAX_BEFORE_FORM or not is_form_field(lines[end]):
        return None
    past = past_form(lines, end)
    return past if past > end else None
