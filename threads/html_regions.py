"""Regions of a page around the story and its comments: sidebars (whose "Recent comments" boxes
reuse the comment markup), menus, widgets and the page footer, by tag, role, id and class; never
a region that holds the story itself.

Split from ``html_dom`` (walking and reading elements) as one idea: where the comments are not.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from selectolax.lexbor import LexborNode

from threads.html_dom import is_inside

# Regions of a page around the story and its comments: sidebars ("Recent comments" boxes reuse
# the comment markup), menus and the page footer.
# A widget counts as the whole word or WordPress's widget_<name> and widget areas: embeds call
# themselves widgets too (Livefyre's "fyre-widget" is the comment stream). Layout modifiers
# ("has-sidebar", "with-sidebar", "ex-layout--with-sidebar") name the page around the sidebar,
# not the sidebar. A box's own word may follow ("recentcomments-block", Slash's sidebar). JComments'
# latest-comments module is "jclatest" ("moduletable-jclatest", Joomla's module box and its suffix)
# and its list "ul.jclist". An element whose id is "aside" is the page's sidebar, as the tag is
# (a class "aside" is not: WordPress marks a short post's format "format-aside"). A box of the
# best comments repeats them over the list ("div.cmt_best", a Korean portal's "BEST 댓글"); not a
# comment's own "best" mark.
_OUTSIDE_TOKEN: Final = re.compile(
    r"""(?ix)^(?!(?:.*[-_])?(?:has|with|no|without)[-_]+sidebar$)(?:
        widget(?:[-_].*)? | .*[-_]widget[-_]?area | (?:.*[-_])?(?:
        sidebar | widget[-_]?area | secondary | recent[-_]?comments? | recentcomments | latest[-_]?comments? | comments?[-_]recent
      | (?:right|left|side)[-_]?col(?:umn)? | jcomments[-_]latest | jclatest | jclist
      | placement[-_](?:top|bottom)  # Disqus's "Also on <forum>" stories, each with a comment's snippet
      | popular(?:[-_]?comments?)? | top[-_]?comments | most[-_]?(?:read|commented|popular)
      | best[-_]?(?:comments?|cmts?|replies) | (?:cmts?|comments?|reply)[-_]best
      | site[-_]?footer | footer[-_]?widgets? | colophon | navigation | navbar | menu | breadcrumbs?
      | related(?:[-_]?(?:posts|articles|stories))?
    )(?:[-_](?:block|box|module|panel))?(?:[-_]\d{1,3})?)$"""  # (Drupal's "…-views-block-comments-recent-block-1")
)
OUTSIDE_TAGS: Final = frozenset({"aside", "nav"})
_OUTSIDE_ROLES: Final = frozenset({"complementary", "navigation", "banner", "contentinfo"})


def is_outside_region(node: LexborNode) -> bool:
    """Whether this element is a sidebar, menu, widget or page footer (never story or comments)."""
    return node.tag in OUTSIDE_TAGS or (is_outside_attrs(node.attributes) and not holds_story(node))


# The story's own text, by the names CMSs give it (schema.org's articleBody, WordPress's
# entry-content, Blogger's post-body, Drupal's body field).
_STORY: Final = (
    "[itemprop~='articleBody'], .entry-content, .post-body, .article-body, .article__body, .story-body,"
    " .field--name-body, .field-name-body"
)


def holds_story(node: LexborNode) -> bool:
    """Whether a region its class calls a widget holds the story itself: Blogger wraps the whole
    post, and its comments, in ``div.widget.Blog``; vBulletin 5 builds the whole page from
    "canvas-widget"s, and the one holding the thread holds the page's headline (its first
    ``h1``), and so does every widget inside that one (the thread's tab panel)."""
    top = node
    while top.parent is not None:
        top = top.parent
    headline = top.css_first("h1")  # found once, for the region and each widget around it
    region: LexborNode | None = node
    while region is not None:
        if (region.mem_id == node.mem_id or is_outside_attrs(region.attributes)) and (
            region.css_first(_STORY) is not None or (headline is not None and is_inside(headline, region))
        ):
            return True
        region = region.parent
    return False


def is_outside_attrs(attrs: dict[str, str | None]) -> bool:
    """``is_outside_region`` by attributes alone (role, id, class), for callers that hold them."""
    if not attrs:
        return False
    if attrs.get("role") in _OUTSIDE_ROLES:
        return True
    ident = attrs.get("id")
    if ident and (_OUTSIDE_TOKEN.match(ident) or ident.lower() == "aside"):
        return True
    value = attrs.get("class")
    return bool(value) and _outside_class(value)


@functools.lru_cache(maxsize=4096)
def _outside_class(value: str) -> bool:
    """Read once per class value: a page repeats a few values on hundreds of elements."""
    return any(_OUTSIDE_TOKEN.match(token) for token in value.split())
