"""Whose words a comment quotes, by its quote's header: "Цитата: Петрович", "Zitat von X", "Jan
wrote:", "~Ania napisał(a):", Bitrix's "Цитата" over "Марина Ш. пишет:". A flat list's reply
answers the latest earlier comment by that name; a quote headed by a word for nobody answers the
reply holding the words quoted.

Split from ``html_reply_to`` (links and lines naming the parent) as one idea: quotes.
"""

from __future__ import annotations

import re
from typing import Final

from selectolax.lexbor import LexborNode

from threads.comment_names import clean_name
from threads.comment_words import QUOTE_WORDS
from threads.html_dom import SAID_OPENING, first_element, in_other_comment, is_quote, previous_element
from threads.page_words import FORUM_QUOTE_WORDS, SAYS_WORDS, alternation

# A quotation's header naming whose words it quotes: "Цитата: Петрович", "Quote: Originally Posted
# by X", "Zitat von X", "Jan wrote:", "On 11/12/2024 at 9:47 AM, Anonymous said:", a mail client's
# "Il giorno domenica 29 ottobre 2023 alle 18:20:48 UTC+1 Pietro ha scritto:" (Google Groups).
_QUOTED_BY: Final = re.compile(
    rf"(?i)^(?:{alternation(FORUM_QUOTE_WORDS)}|(?:{alternation(QUOTE_WORDS)})(?!\w)\s*:?\s*(?:{alternation(FORUM_QUOTE_WORDS)})?)"
    r"\s*:?\s*(?P<name>[^\s:][^:]{0,58}?)\s*:?$"
    rf"|^(?:.{{0,60}}?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:UTC|GMT)\s*[+\-−]?\d{{0,2}}(?::?\d{{2}})?)?,?\s+|[^,]{{0,40}},\s+)?"
    rf"(?P<by>[^\s:,].{{0,58}}?)\s+(?:{alternation(SAYS_WORDS)})\s*:?$"
)
# The quote's word heading it, then the name and "says:" opening the quote's text and the words
# quoted after them ("Цитата Марина Ш. пишет: Кто его считал и когда?", Bitrix's quote table).
_WORD_THEN_SAID: Final = re.compile(
    rf"(?i)^(?:{alternation(QUOTE_WORDS)})(?!\w)\s*:?\s*(?P<by>[^\s:,].{{0,58}}?)\s+(?:{alternation(SAYS_WORDS)})\s*:"
)
_QUOTE_HEADER_CHARS: Final = 100
# (every language html_dom.is_quote reads a quote's class in: "kom-cytat", "zitat", "citazione")
QUOTE_SELECTOR: Final = (
    "blockquote, table:not([class]), [class*='quote' i], [class*='zitat' i], [class*='cita' i], [class*='cytat' i], [class*='lainaus' i],"
    " [class*='alinti' i], [class*='idezet' i], [class*='sitat' i], [class*='tilvitnun' i], div[style*='border-left'], div[style*='border-right'], span[style*='border-left'], span[style*='border-right']"
)
_QUOTES_LOOKED_AT: Final = 3


def is_quote_header(line: str) -> bool:
    """Whether a line names whose words follow it ("Jan wrote:", a mail client's "On … X wrote:")."""
    return len(line) <= _QUOTE_HEADER_CHARS and _QUOTED_BY.match(line) is not None


def quoted_author(node: LexborNode, comment_ids: set[int]) -> str | None:
    """Whose words a comment quotes, where the quote's header names them and no link does
    (DataLife Engine's "Цитата: X" over its quote, a blockquote's "Jan wrote:"): a flat list's
    reply answers the latest earlier comment by that name. Quotes inside replies nested in the
    comment are theirs, not its."""
    looked = 0
    for quote in node.css(QUOTE_SELECTOR):
        if not is_quote(quote) or in_other_comment(quote, node, comment_ids):
            continue
        # phpBB 2 heads its quote's cell with a row of its own ("X hat folgendes geschrieben:")
        row = quote.parent if quote.tag == "td" else None
        above = previous_element(row) if row is not None and row.tag == "tr" else None
        first = first_element(quote)
        # (or the first inside its body's wrapper: JComments' "span.quote > span.quotebody >
        # span.quote-title")
        inner = first_element(first) if first is not None else None
        for header in (first, previous_element(quote), quote, above, inner):
            text = " ".join((header.text(deep=True, separator=" ") or "").split()) if header is not None else ""
            if not 0 < len(text) <= _QUOTE_HEADER_CHARS:
                continue
            if (said := _WORD_THEN_SAID.match(text)) is not None:
                # "Цитата" over "Марина Ш. пишет:" and the words (Bitrix's quote table)
                return clean_name(said.group("by"))
            if (named := _QUOTED_BY.match(text)) is not None:
                return clean_name(named.group("name") or named.group("by"))  # "~Ania napisał(a):" names Ania
        if quote.tag == "div" and not quote.attributes.get("class") and (
            opening := SAID_OPENING.match(" ".join((quote.text(deep=True) or "")[: _QUOTE_HEADER_CHARS * 2].split()))
        ) is not None:
            # archive.today's quote box, the name and "a écrit :" opening the words quoted
            return clean_name(opening.group("by"))
        looked += 1
        if looked == _QUOTES_LOOKED_AT:
            break
    return None


def quotes_nobody_named(node: LexborNode, comment_ids: set[int]) -> bool:
    """Whether a comment's own quote is headed by a word for nobody ("~gość napisał(a):")."""
    for quote in node.css(QUOTE_SELECTOR):
        if not is_quote(quote) or in_other_comment(quote, node, comment_ids):
            continue
        header = first_element(quote)
        text = " ".join((header.text(deep=True, separator=" ") or "").split()) if header is not None else ""
        named = _QUOTED_BY.match(text) if 0 < len(text) <= _QUOTE_HEADER_CHARS else None
        if named is None and header is not None and (inner := first_element(header)) is not None:
            # (or the first inside its body's wrapper: "<blockquote><div><span>Svečias rašė:</span>")
            text = " ".join((inner.text(deep=True, separator=" ") or "").split())
            named = _QUOTED_BY.match(text) if 0 < len(text) <= _QUOTE_HEADER_CHARS else None
        if named is None and quote.tag == "table":
            # "Цитата" over "Гость пишет:" and the words, in a table (Bitrix's quote)
            whole = " ".join((quote.text(deep=True, separator=" ") or "").split())
            said = _WORD_THEN_SAID.match(whole) if len(whole) <= _QUOTE_HEADER_CHARS else None
            return said is not None and clean_name(said.group("by")) is None
        return named is not None and clean_name(named.group("name") or named.group("by")) is None
    return False
