"""Saved HTML pages in, a ParsedArticle with authors, times and permalink ids out.

Chosen by content, not by file name: a crawler's archive names pages ``index``, ``12345`` or
``page.txt`` as often as ``.html``. ``looks_like_html`` reads the first few kilobytes;
``page_parser.parse_page`` and ``parse_file`` send HTML here and everything else to the text
parser, so ``flask threads parse`` and ``ingest`` treat both alike.

Bytes are decoded by the charset the page declares (a BOM first, then ``<meta charset>`` or
``http-equiv``), falling back to the text parser's UTF-8 / Windows-1252 rules; the extracted text
then gets the same mojibake repair (ftfy) as a text scrape.

A page with neither story text nor comments (a login form, a single-page app shell, an error
page) is refused with ``NotAnArticleError`` rather than stored as an article called
``<!doctype html>``.
"""

from __future__ import annotations

import codecs
import html
import re
from datetime import date
from typing import Final

from selectolax.lexbor import LexborHTMLParser

from threads.forum_words import NEWSROOM_WORDS
from threads.html_article import extract_article
from threads.html_chat_export import channel_post, is_chat_export, story_title, with_joined_names
from threads.html_comments import extract_comments
from threads.model import ParsedArticle, ParsedComment
from threads.page_dates import (
    LazyDay,
    LazyZone,
    current_zone,
    page_dates,
    shown_day_first,
    story_day_first,
)
from threads.page_saved import saved_day
from threads.page_story_day import story_day
from threads.text import PageDecodeError, decode_page_bytes
from threads.zone_statements import stated_zone

__all__ = ["NotAnArticleError", "decode_html_bytes", "looks_like_html", "parse_html"]

_SNIFF_CHARS: Final = 4096
_HTML_START: Final = re.compile(
    r"(?is)^(?:\ufeff)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    r"<(?:!doctype\s+html|html|head|body|meta|title|link|base|div|article|section|main|header|script|style)\b"
)
_HTML_ANYWHERE: Final = re.compile(r"(?i)<(?:!doctype\s+html|html[\s>]|body[\s>]|head>)")
_DECLARED: Final = re.compile(
    rb"""(?ix)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_\-:.]{2,40})
        | <\?xml[^>]+encoding\s*=\s*["']([a-z0-9_\-:.]{2,40})"""
)
# What browsers do with labels that name a subset (WHATWG Encoding): latin-1 and ASCII are 1252.
_ALIASES: Final = {"iso-8859-1": "cp1252", "iso8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
                   "us-ascii": "cp1252", "ascii": "cp1252", "l1": "cp1252", "x-sjis": "shift_jis"}
# Below this many words of story, a page without comments is not an article.
MIN_ARTICLE_WORDS: Final = 40
# A page with a password field and no comments needs a real story to count as one.
MIN_WORDS_WITH_LOGIN_FORM: Final = 150


class NotAnArticleError(PageDecodeError):
    """An HTML page that is neither a story nor a comment page (a login or app page)."""


def looks_like_html(text: str) -> bool:
    """Whether a page is HTML: it opens with markup, or names html/body/head early on."""
    head = text[:_SNIFF_CHARS]
    return _HTML_START.match(head) is not None or _HTML_ANYWHERE.search(head) is not None


def looks_like_html_bytes(data: bytes) -> bool:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return looks_like_html(data[: _SNIFF_CHARS * 2].decode("utf-16", errors="ignore"))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return looks_like_html(data[:_SNIFF_CHARS].decode("latin-1"))


def declared_charset(data: bytes) -> str | None:
    """The page's own charset declaration, as a Python codec name, or None."""
    match = _DECLARED.search(data[:_SNIFF_CHARS])
    if match is None:
        return None
    label = (match.group(1) or match.group(2)).decode("ascii").lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode_html_bytes(data: bytes, source: str) -> str:
    """Decode an HTML page: its BOM, else its declared charset, else the text parser's rules."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_page_bytes(data, source)
    charset = declared_charset(data)
    if charset is not None and charset not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be"):
        if b"\x00" in data[:_SNIFF_CHARS]:
            raise PageDecodeError(source, "looks binary (contains NUL bytes), not a text page")
        return data.decode(charset, errors="replace")
    return decode_page_bytes(data, source)


def parse_html(text: str, source: str = "page", *, refuse: bool = True) -> ParsedArticle:
    """Parse an HTML page; raises NotAnArticleError (naming ``source``) for login and app pages
    unless ``refuse`` is off (``parse_page`` promises never to raise)."""
    if "srcdoc" in text:
        text = open_inline_frames(text)
    if "shadowroot" in text:
        text = open_shadow_roots(text)
    if "%23" in text and _ARCHIVE_TODAY.search(text) is not None:
        # archive.today writes a link's fragment into its own address encoded ("…/o/Qm4tZ/https://…/
        # story/%23comment-2087"): the link to a comment, as the page had it
        text = _ENCODED_FRAGMENT.sub(r"\1#", text)
    if "__" in text and _HASH_AFTER_PART.search(text) is not None:
        # CSS modules' class names ("CommentItem_author__qB0rE", Next.js sites): the part's name
        # without the build's hash, so the class words read as on any other page
        text = _CSS_MODULE_HASH.sub(r"\1", text)
    if 'class="_' in text and _VITE_MODULE_HASH.search(text) is not None:
        # Vite's CSS modules (Vue, Svelte: "_author_p4x7q_33"): the part's name without the
        # file's hash and the line, as for Next.js's
        text = _VITE_MODULE_HASH.sub(r"\1", text)
    if "-sc-" in text:
        # styled-components' class names ("CommentItem__Name-sc-19h4k2-4"): the part's name without
        # the component's hash and index, as for CSS modules
        text = _STYLED_HASH.sub(r"\1", text)
    tree = LexborHTMLParser(text)
    language = declared = page_language(tree)
    undecided = False
    if not language or language.lower() == "en":
        # no region: the page's own unambiguous dates say its day order ("21/05/2024": en-GB's)
        shown = shown_day_first(text)
        language = language if shown is None else ("en-GB" if shown else "en-US")
        undecided = shown is None
    with page_dates(
        language, LazyZone(lambda: stated_zone(text, language=declared or ""), current_zone()), saved=LazyDay(lambda: saved_day(text)),
    ):
        article = extract_article(tree)
        # comments printed without a year ("3/11(月) 19:42") are in the story's year, or after;
        # with no time marked on the story, the first dated line at the page's top (a forum's
        # masthead "Date: Wednesday, 13 March 2024"), read as the text reader reads a dump's
        story = article.published_at.date() if article.published_at is not None else LazyDay(lambda: _top_day(tree))
        # none of its dates says the day order: the story's day may ("10/06/2025" under a story
        # of the 10th of June)
        # (where the story's time is not marked, its day from the first dated line at the top: an
        # archive.today copy of an Australian page, its lang gone, "05/10/2024" under "October 5 2024")
        story_day = story if isinstance(story, date) else story.get() if undecided else None
        order = story_day_first(text, story_day) if undecided and story_day is not None else None
        with page_dates(None if order is None else "en-GB" if order else "en-US", story=story):
            comments = extract_comments(tree, talk_page="data-mw-comment-start" in text)
    comments = _without_story_post(comments, article.title, _site_name(tree))
    if is_chat_export(tree):
        with_joined_names(tree, comments)
        post = channel_post(tree, comments)
        if post is not None:
            title, body = story_title(post)
            return ParsedArticle(
                title=title, body=body, comments=[*post.replies, *comments[1:]], published_at=post.created_at,
            )
    if refuse and not comments:
        if tree.css_first("input[type='password']") is not None and article.words < MIN_WORDS_WITH_LOGIN_FORM:
            raise NotAnArticleError(
                source, "is a login page (it asks for a password and has no comments), not an article",
            )
        if article.words < MIN_ARTICLE_WORDS:
            raise NotAnArticleError(
                source,
                f"is an HTML page with no comments and only {article.words} words of text "
                "(an app, error or index page?), not an article; nothing was read from it",
            )
    return ParsedArticle(
        title=article.title,
        body=article.body,
        comments=comments,
        byline=article.byline,
        published_at=article.published_at,
    )


def _top_day(tree: LexborHTMLParser) -> date | None:
    """The day of the first date with a year in the page's top lines (``page_story_day``)."""
    body = tree.body
    if body is None:
        return None
    lines = [line for line in (body.text(deep=True, separator="\n") or "").splitlines() if line.strip()]
    return story_day(lines)


_ARCHIVE_TODAY: Final = re.compile(r"//archive\.(?:ph|today|is|li|vn|md|fo)/")
_ENCODED_FRAGMENT: Final = re.compile(r"(href=\"https?://archive\.(?:ph|today|is|li|vn|md|fo)/o/[^\"#]{1,600}?)%23(?=[\w-]{1,100}\")")
# "__" and a build's hash after it: the cheap search (it starts with its two characters, which the
# regular-expression engine looks for first) before the whole pattern, which tries every position.
_HASH_AFTER_PART: Final = re.compile(r"__(?=[A-Za-z_-]{0,4}\d)[A-Za-z0-9_-]{5}(?![\w-])")
# "Block__Part-sc-hash-N": styled-components' name for a component's part, its hash and index.
_STYLED_HASH: Final = re.compile(r"\b([A-Z][A-Za-z0-9]*__[A-Za-z][A-Za-z0-9]*)-sc-[A-Za-z0-9]{4,10}-\d{1,3}(?![\w-])")
# "_part_hash_line": Vite's name for a CSS module's class, a five-character hash and the line.
_VITE_MODULE_HASH: Final = re.compile(r'(?<=[" ])_([a-z][A-Za-z0-9-]*)_(?=[a-z]{0,4}\d)[a-z0-9]{5}_\d{1,4}(?=[" ])')
# "Component_part__hash": a capitalised component, its part, and five characters holding a digit.
_CSS_MODULE_HASH: Final = re.compile(
    r"\b([A-Z][A-Za-z0-9]*_[A-Za-z][A-Za-z0-9]*)__(?=[A-Za-z_-]{0,4}\d)[A-Za-z0-9_-]{5}(?![\w-])"
)


def _without_story_post(comments: list[ParsedComment], title: str, site: str | None = None) -> list[ParsedComment]:
    """A forum thread attached to a story opens with the story itself, posted by the paper's
    account (XenForo's and Discourse's news bots): a first post that begins with the page's
    title, or with Discourse's "This is a companion discussion topic for the original entry", or
    a story's length of text posted by the newsroom's account ("מערכת השרון היום", the editors of
    "השרון היום"; "LagosMetroNews") or ending with its source's address (a member pasting it), is
    the article, not a comment. A reader's opening post ("From
    this morning's Gazette:") stays. Its replies, if any, become top-level."""
    if not comments or not title:
        return comments
    first = comments[0]
    first_line = " ".join(first.body.partition("\n\n")[0].split()).casefold()
    wanted = " ".join(title.split()).casefold()
    long = len(first.body.split()) >= _MIN_STORY_WORDS or len(first.body) >= _MIN_STORY_CHARS
    by_site = long and (_newsroom(first.author_name or "", site) or _ends_with_source(first.body))
    if not by_site and (len(first_line) < _MIN_TITLE_CHARS or not (
        wanted == first_line or wanted.endswith(first_line) or first_line.startswith(_DISCOURSE_EMBED)
        or _headline_of(first_line, wanted)
    )):
        return comments
    return [*first.replies, *comments[1:]]


def _ends_with_source(body: str) -> bool:
    """A story pasted whole, its address as its last paragraph ("https://www.rivertoncourier.com/…",
    "Source: https://…", "新聞來源：http://…"): how a board's member posts the news a thread is about."""
    last = body.rstrip().rpartition("\n\n")[2].strip()
    return _SOURCE_LINE.match(last) is not None or last.casefold().startswith(_DISCOURSE_EMBED)


# A last paragraph that is only a web address, perhaps after a word and a colon, or a paper's name.
_SOURCE_LINE: Final = re.compile(r"^(?:[^\s:：]{1,20}\s?[:：]\s*)?(?:\S{1,40}\s)?https?://\S+$")


def _newsroom(name: str, site: str | None) -> bool:
    """An account of the newsroom: bearing the site's name, or a newsroom word (forum_words)."""
    if site and len(site) >= _MIN_SITE_CHARS and site.casefold() in name.casefold():
        return True
    return any(word.casefold() in _NEWSROOM for word in _NAME_WORD.findall(name))


# A name's words, camel case split: "LagosMetroNews" → Lagos, Metro, News.
_NAME_WORD: Final = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[^\W\d_A-Za-z]+")
_NEWSROOM: Final = frozenset(NEWSROOM_WORDS)


def _site_name(tree: LexborHTMLParser) -> str | None:
    meta = tree.css_first("meta[property='og:site_name']")
    if meta is None:
        return None
    return " ".join((meta.attributes.get("content") or "").split()) or None


_MIN_SITE_CHARS: Final = 4
_MIN_STORY_WORDS: Final = 60
_MIN_STORY_CHARS: Final = 300  # (Chinese and Japanese write no spaces)


def _headline_of(line: str, title: str) -> bool:
    """A line that is the thread's title give or take a word or two: a member pasting the story
    under the paper's own headline ("Stadtwerke Wetzlar: Wasser wird …" in a thread titled
    "Stadtwerke: Wasser wird …")."""
    words = _WORD.findall(line)
    wanted = _WORD.findall(title)
    return len(wanted) >= _MIN_TITLE_WORDS and len(words) <= len(wanted) + 2 and set(wanted) <= set(words)


_WORD: Final = re.compile(r"\w+")
_MIN_TITLE_WORDS: Final = 4


# What Discourse writes at the head of the post it makes of an embedded story.
_DISCOURSE_EMBED: Final = "this is a companion discussion topic for the original entry"
# A first line shorter than this is no title ("Hi all", "Agreed").
_MIN_TITLE_CHARS: Final = 20


def page_language(tree: LexborHTMLParser) -> str | None:
    """The page's language as it declares it: ``<html lang>`` (or XHTML's ``xml:lang``), else its ``og:locale``."""
    root = tree.css_first("html")
    language = (root.attributes.get("lang") or root.attributes.get("xml:lang")) if root is not None else None
    if language:
        return language
    locale = tree.css_first("meta[property='og:locale']")
    return locale.attributes.get("content") if locale is not None else None


# Declarative shadow DOM, as browsers and SingleFile save a page whose widgets render into shadow
# roots (Coral's stream): a template's content is not part of the document tree once parsed.
_TEMPLATE_TAG: Final = re.compile(r"<(/?)template\b([^>]*)>", re.IGNORECASE)
_SHADOW_ATTR: Final = re.compile(r"\bshadowroot(?:mode)?\s*=", re.IGNORECASE)


# A frame saved with its document inline (SingleFile stores an embed's iframe, Disqus's thread
# among them, in ``srcdoc``, escaped): the frame's document is not part of the page's tree.
_INLINE_FRAME: Final = re.compile(r"""<iframe\b[^>]*?\ssrcdoc\s*=\s*(?:"([^"]*)"|'([^']*)')[^>]*>""", re.IGNORECASE)


def open_inline_frames(markup: str) -> str:
    """The page with each inline frame's document put in place of its ``iframe`` tag, in a
    ``div``, so comments saved in an embed's frame are read like any others."""
    return _INLINE_FRAME.sub(
        lambda frame: f"<div data-srcdoc>{html.unescape(frame.group(1) or frame.group(2) or '')}</div>", markup
    )


def open_shadow_roots(markup: str) -> str:
    """The page with each saved shadow root's template turned into a plain ``div``, so comments
    rendered into a shadow root are read like any others; other templates, and nesting, are kept
    by matching each closing tag to its opening one."""
    out: list[str] = []
    shadow: list[bool] = []  # for each open template: whether it is a shadow root
    copied = 0
    for tag in _TEMPLATE_TAG.finditer(markup):
        if tag.group(1):
            if not shadow:
                continue
            if shadow.pop():
                out.append(markup[copied : tag.start()])
                out.append("</div>")
                copied = tag.end()
            continue
        is_root = _SHADOW_ATTR.search(tag.group(2)) is not None
        shadow.append(is_root)
        if is_root:
            out.append(markup[copied : tag.start()])
            out.append("<div data-shadow-root>")
            copied = tag.end()
    out.append(markup[copied:])
    return "".join(out)
