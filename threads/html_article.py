"""The article part of a saved HTML page: title, byline, published time and body paragraphs.

The story is found in the element CMSs mark as its body (``itemprop=articleBody``,
``.entry-content``, ``article``...), and its paragraphs go through the same cleanup as a text
scrape (``page_article.clean_article``: captions, "Read also", newsletter boxes, author bios), so
an HTML page and the text dump of it give the same body. Markup that says what it is (figure
captions, share bars, related-story boxes, comment forms, sidebars) is dropped before that.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from threads.comment_words import COMMENT_STEMS, alternation
from threads.html_dom import first_line, node_lines
from threads.html_regions import OUTSIDE_TAGS, holds_story, is_outside_attrs, is_outside_region
from threads.html_time import parse_time
from threads.page_article import clean_article
from threads.text import count_words

_BODY_SELECTORS: Final = (
    "[itemprop='articleBody']", ".entry-content", ".article-body", ".article__body", ".article-content",
    ".post-content", ".story-body", ".story-content", ".field-name-body", ".field--name-body",
    ".node__content", ".post-body", ".entry", ".post-entry", "article", "main", "[role='main']", "#content", ".content",
)
_TITLE_SELECTORS: Final = ("article h1", "main h1", "h1.entry-title", "h1.headline", "h1")
_BYLINE_SELECTORS: Final = (
    "[itemprop='author'] [itemprop='name']", "[rel='author']", ".byline .author", ".author.vcard .fn",
    ".entry-author-name", ".author-name", ".byline__name", ".article-author", ".byline",
    ".wp-block-post-author-name", ".node__meta .field--name-uid",  # WordPress block themes, Drupal 8+
)
_SUBMITTED_SELECTORS: Final = (".node__submitted", ".submitted", ".meta")
# (attribute, value) of the <meta> elements that give the published time, best first.
_PUBLISHED_META: Final = (
    ("property", "article:published_time"), ("itemprop", "datePublished"), ("name", "pubdate"),
    ("name", "publishdate"), ("name", "date"), ("name", "dc.date"),
)
_PUBLISHED_ELEMENTS: Final = (
    "[itemprop='datePublished']", "[property='dc:date dc:created']", "article time[datetime]", "time.entry-date", "time.published",
    ".published", ".entry-date", "time[datetime]",
)
# Inside the story's element, never the story.
_NOT_BODY_TOKEN: Final = re.compile(
    r"""(?ix)^(?:.*[-_])?(?:
        share|sharing|sharedaddy|social|newsletter|subscribe|subscription|signup|related|read-?also
      | also-?read|more-?stories|recommended|jp-relatedposts|author-?(?:bio|box|info)|about-?(?:the-?)?author
      | bio|ad|ads|advert|advertisement|promo|tags|tag-?links|cat-?links|breadcrumbs?|post-?navigation
      | nav-?links|comments?|comments-?area|comment-?respond|respond|disqus_thread|coral_thread|wp-caption
      | commentlist|comment-?list|comments-?list|postmetadata|post-?footer|entry-?footer
      | caption|credit|print|byline|entry-?meta|post-?meta|meta|toolbar|paywall|masthead|site-?header
      | topbar|footer|site-?footer|buttons?
    )$"""
)
# Other languages' words for comment ("kommentar", "komentarze", "comentarios", "yorumlar"), and
# "cmnt"; not the English word inside a longer one, as "commentary" is a kind of story.
_OTHER_STEMS: Final = tuple(stem for stem in COMMENT_STEMS if stem != "comment")
_COMMENT_REGION: Final = re.compile(
    r"(?i)^(?:.*[-_])?(?:comments?|comment-?list|commentlist|disqus_thread|coral_thread|comments-?area"
    r"|comment-?wrapper|coral-stream|post-list|discussion|responses|comment-?section|readers?-?comments"
    r"|\w*" + alternation(_OTHER_STEMS) + r"\w*|reactions)$"
)
_NOT_BODY_TAGS: Final = frozenset({"figure", "figcaption", "header", "footer", "aside", "nav", "form"})
_JSON_AUTHOR: Final = re.compile(r'"author"\s*:\s*\[?\s*\{[^{}]*?"name"\s*:\s*"([^"]{2,80})"')
_SUBMITTED_BY: Final = re.compile(r"(?i)^(?:submitted|posted|written)\s+by\s+(.{2,60}?)\s+on\s+")
_JSON_DATE: Final = re.compile(r'"datePublished"\s*:\s*"([^"]{4,40})"')
_TITLE_SPLIT: Final = re.compile(r"\s+[|–—:·»«-]\s+")


@dataclass
class HtmlArticle:
    title: str
    body: str
    byline: str | None
    published_at: datetime | None

    @functools.cached_property
    def words(self) -> int:
        """Words of story; counted only when asked (a page without comments), as counting a long
        story costs as much as parsing it."""
        return count_words(self.body)


def _not_body(element: LexborNode) -> bool:
    """Whether an element inside the story's container is not story (the attributes read once:
    this runs on every element of a long article)."""
    tag = element.tag
    if tag in _NOT_BODY_TAGS or tag in OUTSIDE_TAGS:
        return True
    attrs = element.attributes
    if not attrs:
        return False
    if is_outside_attrs(attrs) and not holds_story(element):
        return True
    ident = attrs.get("id")
    if ident and (_COMMENT_REGION.match(ident) or _NOT_BODY_TOKEN.match(ident)):
        return True
    value = attrs.get("class")
    return bool(value) and _not_body_class(value)


@functools.lru_cache(maxsize=4096)
def _not_body_class(value: str) -> bool:
    return any(_COMMENT_REGION.match(t) or _NOT_BODY_TOKEN.match(t) for t in value.split())


def _is_region(node: LexborNode) -> bool:
    """A sidebar, menu, footer or the comments: never the story, its title, byline or time."""
    return is_outside_region(node) or _is_comment_region(node)


def _is_comment_region(node: LexborNode) -> bool:
    attrs = node.attributes
    ident = attrs.get("id")
    if ident and _COMMENT_REGION.match(ident):
        return True
    value = attrs.get("class")
    return bool(value) and _comment_region_class(value)


@functools.lru_cache(maxsize=4096)
def _comment_region_class(value: str) -> bool:
    return any(_COMMENT_REGION.match(t) for t in value.split())


_TOP_TAGS: Final = frozenset({"html", "body", "-document"})


class _Page:
    """One parsed page and what its title, byline, time and body lookups share: the attributes of
    its <meta> elements, and which elements lie in a region (_is_region). Every candidate found
    climbs to <body> through the same few ancestors, so each ancestor is judged once per page."""

    def __init__(self, tree: LexborHTMLParser) -> None:
        self.tree = tree
        self.metas: list[dict[str, str | None]] = [node.attributes for node in tree.css("meta")]
        self._in_region: dict[int, bool] = {}

    def meta(self, attribute: str, value: str) -> str | None:
        """The content of the first <meta> whose ``attribute`` is ``value`` (as ``meta[a='v']`` does)."""
        for attrs in self.metas:
            if attrs.get(attribute) == value:
                content = attrs.get("content")
                return " ".join(content.split()) if content else None
        return None

    def first(self, selectors: tuple[str, ...]) -> LexborNode | None:
        """The first element matching the earliest selector that is not in a region."""
        for selector in selectors:
            for node in self.tree.css(selector):
                if not (_is_region(node) or self.region_above(node)):
                    return node
        return None

    def region_above(self, node: LexborNode) -> bool:
        """Whether an ancestor of ``node`` below <body> is a region."""
        passed: list[LexborNode] = []
        inside = False
        parent = node.parent
        while parent is not None and parent.tag is not None and parent.tag not in _TOP_TAGS:
            known = self._in_region.get(parent.mem_id)
            if known is not None:
                inside = known
                break
            passed.append(parent)
            parent = parent.parent
        for ancestor in reversed(passed):
            inside = inside or _is_region(ancestor)
            self._in_region[ancestor.mem_id] = inside
        return inside


def _title(page: _Page) -> str:
    """The headline: og:title, else the page's main heading, else the longest part of <title>.

    Old themes print the site's name as the h1 and the headline as an h2; when the h1 is only one
    part of "<site> » <headline>", the other part wins.
    """
    og = page.meta("property", "og:title")
    if og:
        return og
    node = page.tree.css_first("title")
    parts = [p for p in _TITLE_SPLIT.split(first_line(node) if node is not None else "") if p]
    heading = page.first(_TITLE_SELECTORS)
    text = first_line(heading) if heading is not None else ""
    if text and not (len(parts) > 1 and text in parts and text != max(parts, key=len)):
        return text
    # "Headline | Site name": keep the longest part, which is the headline.
    return max(parts, key=len) if parts else text


def _byline(page: _Page) -> str | None:
    node = page.first(_BYLINE_SELECTORS)
    if node is not None:
        text = re.sub(r"(?i)^(?:by|von|par|por)\s+", "", first_line(node)).strip()
        if 0 < len(text) <= 120:
            return text
    meta = page.meta("name", "author")
    if meta:
        return meta
    for script in page.tree.css("script[type='application/ld+json']"):
        match = _JSON_AUTHOR.search(script.text() or "")
        if match is not None:
            return match.group(1)
    submitted = page.first(_SUBMITTED_SELECTORS)
    if submitted is not None:
        match = _SUBMITTED_BY.match(first_line(submitted))
        if match is not None:
            return match.group(1)
    return None


def _published(page: _Page) -> datetime | None:
    for attribute, value in _PUBLISHED_META:
        found = parse_time(page.meta(attribute, value))
        if found is not None:
            return found
    for script in page.tree.css("script[type='application/ld+json']"):
        match = _JSON_DATE.search(script.text() or "")
        if match is not None:
            try:
                value = json.loads(f'"{match.group(1)}"')
            except ValueError:
                continue
            found = parse_time(value)
            if found is not None:
                return found
    node = page.first(_PUBLISHED_ELEMENTS)
    if node is not None:
        return parse_time(node.attributes.get("datetime") or node.attributes.get("content") or first_line(node))
    return None


def _densest(page: _Page) -> LexborNode | None:
    """Pages without a known body class: the element whose own paragraphs hold the most words."""
    words: dict[int, int] = {}
    nodes: dict[int, LexborNode] = {}
    for paragraph in page.tree.css("p"):
        parent = paragraph.parent
        if parent is None:
            continue
        key = parent.mem_id
        if key not in nodes:
            if page.region_above(paragraph):
                words[key] = -1
                nodes[key] = parent
                continue
            nodes[key] = parent
            words[key] = 0
        if words[key] >= 0:
            words[key] += count_words(paragraph.text(deep=True) or "")  # (Japanese and Chinese by their characters)
    if not words:
        return None
    best = max(words, key=lambda k: words[k])
    return nodes[best] if words[best] > 0 else None


def extract_article(tree: LexborHTMLParser) -> HtmlArticle:
    page = _Page(tree)
    title = _title(page)
    byline = _byline(page)
    published = _published(page)
    container = page.first(_BODY_SELECTORS) or _densest(page) or tree.body
    lines = node_lines(container, _not_body) if container is not None else []
    cleaned = clean_article([title, *lines]) if title else clean_article(lines)
    return HtmlArticle(
        title=title or cleaned.title,
        body=cleaned.body,
        byline=byline or cleaned.byline,
        published_at=published,
    )
