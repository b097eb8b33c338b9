"""Which comment an "in reply to X" link names.

Threads that nest one level only (Guardian-like pages put every reply under the thread's first
comment), wpDiscuz and Discourse name the comment really answered with a link: to its id
("#comment-164240012") or to its own address (".../812/2"). The scan of a comment's elements
asks ``is_reply_to_link`` of each link; the tree builder asks ``reply_target`` where it is.

Flat lists name it in an attribute instead (``data-parent-id="88203"``): ``parent_by_attribute``;
or by a name, "@Sanne Bakker": ``html_mentions``.
"""

from __future__ import annotations

import functools
import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from threads.comment_words import REPLY_TO_CLASS_WORDS, alternation
from threads.html_dom import is_quote, next_element, node_lines, previous_element
from threads.html_parent_maps import TRAILING_NUMBER, owner_index
from threads.html_quotes import is_quote_header
from threads.model import ParsedComment
from threads.page_words import FORUM_QUOTE_WORDS, REPLY_TO_AFTER_WORDS, REPLY_TO_WORDS

# An "in reply to X" link (Guardian-like threads, wpDiscuz, Drupal): named by its class, its
# container's class or a data attribute, or saying so.
_REPLY_TO_CLASS: Final = re.compile("(?i)" + alternation(REPLY_TO_CLASS_WORDS))
_REPLY_TO_TEXT: Final = re.compile(  # (after Coral's arrow, "↪In reply to"; after a header's dot, "· in reply to")
    r"(?i)^\s*(?:[↪↩↳⤷⮡➥➦→·•|]\s*)?(?:" + "|".join(phrase.replace(" ", r"\s+") for phrase in REPLY_TO_WORDS) + r")(?!\w)"
)
# A forum post's own address: ".../post/2252", "showthread.php?p=52214", ".../posts/88414/";
# Discuz!'s quote arrow "redirect.php?goto=findpost&pid=10247&ptid=3321" names the post's number.
_POST_ADDRESS: Final = re.compile(r"(?i)/posts?/\d+/?$|[?&]p=\d+$|[?&]pid=(?P<pid>\d+)(?:&|$)")
_ANY_FRAGMENT: Final = re.compile(r"#([\w:.-]{1,100})$")
_MIN_ID_DIGITS: Final = 4  # (a number this long is a comment's own, not a list position)
# How far up from a link a quotation may start: the quote's header line sits a level or two in.
_QUOTE_DEPTH: Final = 6  # (Vanilla nests its quote embed's link five deep)


def is_reply_to_link(element: LexborNode, attrs: dict[str, str | None]) -> bool:
    """A link to the comment this one answers: "in reply to GreyHeron", wpDiscuz's "Reply to
    <a>Martha</a>", a ``data-link-name="jump to parent comment"``. Its class or data attribute
    says so; for a link within the page, its container's class or its own first words may."""
    href = link_target(attrs)
    if not href or href.endswith("#") or href.startswith("javascript:") or "'" in href or "\\" in href or "\n" in href:
        return False
    for value in (attrs.get("class"), attrs.get("data-link-name"), attrs.get("data-testid")):
        if value and names_reply_to(value):
            return True
    box = element.parent
    for value in (box.attributes.get("class"), box.attributes.get("data-testid")) if box is not None else ():
        if value and names_reply_to(value):
            return True  # named by its box: Discourse's div.in-reply-to, Ghost's data-testid="comment-in-reply-to"
    if "#" not in href:
        # a link to another address counts only when named for it, or when a quote's header
        # links the quoted post's own address ("@Guest said in <a href=/post/2252>", NodeBB)
        return _POST_ADDRESS.search(href) is not None and _in_quote(element)
    first = element.first_child  # "in reply to <img> Name": the words come first
    if first is not None and first.is_text_node:
        words = first.text_content or ""
        if _REPLY_TO_TEXT.match(words) is not None or words.lstrip()[:1] in _NAMING_MARKS or _RE_NUMBER.match(words) is not None:
            # or "@Trần Minh Quân" linking to the comment answered (VnExpress), Disqus's "↪ Visitante"
            # with its class gone (archive.today)
            return True
    if _after_reply_words(element) or _after_a_label(element):
        return True
    cell = element.parent  # a header table's row "<th>Antwort auf:</th><td><a href=#p41871>" (a Usenet archive)
    label = previous_element(cell) if cell is not None and cell.tag == "td" else None
    if label is not None and label.tag in ("th", "td") and _REPLY_TO_TEXT.match(label.text(deep=True) or "") is not None:
        return True
    header = element.parent  # "Originally Posted by <strong>X</strong> <a href=#post48219>": a quote's header (vBulletin 3)
    if header is not None and (opening := header.first_child) is not None and opening.is_text_node and (
        _FORUM_QUOTE_START.match(opening.text_content or "") is not None
    ):
        return True
    quoted = previous_element(element)  # "<span>lodzermensch napisał(a):</span> <a href=#kom558701>↑</a>": to the post quoted
    if quoted is not None and is_quote_header(" ".join((quoted.text(deep=True) or "").split())):
        return True
    after = element.next  # "<a>匿名</a>への返信": the words just after it
    if after is not None and after.is_text_node and (after.text_content or "").lstrip().startswith(REPLY_TO_AFTER_WORDS):
        return True
    return _in_quote(element)


# "Re: #1" linking to the comment numbered so (a paper's own flat list): a reply's link by number.
_RE_NUMBER: Final = re.compile(r"(?i)^\s*re:\s*#\d{1,5}\s*$")
_NAMING_MARKS: Final = frozenset("@↪➦⤷")  # (a word's first character: "" is in no set)


def reply_line(link: LexborNode) -> LexborNode | None:
    """The line a link to the parent stands in when words before it say so: Drupal's hidden
    "In reply to <a>its title</a> by <a>its author</a>" ("Antwort auf … von …"), whose other
    links name the parent's author, not this comment's; a label in any language before a link
    alone in its box ("回覆 <a href=#cmt-88210>B1 鹽埕老高雄</a>", a Taiwanese board)."""
    return link.parent if _after_reply_words(link) or _after_a_label(link) else None


def _after_reply_words(link: LexborNode) -> bool:
    """Whether the words just before a link say it is to the comment answered: "In reply to <a>",
    or a reply's arrow alone ("↩ <a href=#lv-reply-99812344>سامية ب.</a>", LiveRe under archive.today)."""
    before = link.prev
    if before is None or not before.is_text_node:
        return False
    words = before.text_content or ""
    return _REPLY_TO_TEXT.match(words) is not None or words.strip() in _REPLY_ARROWS


_REPLY_ARROWS: Final = frozenset("↪↩↳⤷⮡➥➦")


def _after_a_label(link: LexborNode) -> bool:
    """A link within the page alone in a box after a label of a word or three, in a language no
    list holds: an Estonian portal's "Vastus kommentaarile <a href=#c-55108>2. Anonüümne</a>",
    a Japanese board's "返信先：<a href=#c10448>No.1 立山の風さん</a>", a Polish paper's cut-short
    "odp. na <a href=#k51244>#6</a> (Ania_Tczew)" (the name answered in brackets after it)."""
    before = link.prev
    box = link.parent
    if before is None or not before.is_text_node or before.prev is not None or box is None or box.tag not in _LABEL_BOXES:
        return False
    after = link.next
    if after is not None and (
        after.next is not None or not after.is_text_node
        or ((rest := (after.text_content or "").strip()) and _BRACKETED_NAME.match(rest) is None)
    ):
        return False
    return _LABEL.match(before.text_content or "") is not None


_LABEL_BOXES: Final = frozenset({"div", "span", "p", "small"})
# A label of one to three words (letters only, maybe cut short with a full stop) and maybe a colon.
_LABEL: Final = re.compile(r"^\s*[^\W\d_]{2,20}\.?(?:\s+[^\W\d_]{1,20}\.?){0,2}\s*[:：՝]?\s*$")  # (Armenian's "՝")
_BRACKETED_NAME: Final = re.compile(r"^\([^()]{1,40}\)$")


def _in_quote(element: LexborNode) -> bool:
    """A link inside a quotation, as forums link a quote to the post it comes from ("Originally
    Posted by X" and a "View Post" arrow to "#post211402"): the comment answers that post."""
    node = element.parent
    for _ in range(_QUOTE_DEPTH):
        if node is None:
            return False
        if node.tag in ("div", "blockquote") and is_quote(node):
            return True
        node = node.parent
    return False


def link_target(attrs: dict[str, str | None]) -> str:
    """Where a link leads within the page: its href, or the element a forum's script jumps to
    instead (XenForo's quote attribution "goto/post?id=88414" carries
    ``data-content-selector="#post-88414"``)."""
    selector = attrs.get("data-content-selector")
    if selector and selector.startswith("#"):
        return selector
    return attrs.get("href") or ""


def name_replied_to(element: LexborNode) -> str | None:
    """The name an "in reply to" element gives without linking it: its text after the words
    ("In reply to Renata Alvarez"), or all of it (Discourse's tab prints only the handle); not
    the words of the comment answered, quoted under the name ("Replying to <b>Thomas Kurian</b>
    <blockquote>…</blockquote>")."""
    text = " ".join(" ".join(node_lines(element, _quote_or_icon, _NAME_TAGS, glue=" ")).split())
    words = _REPLY_TO_TEXT.match(text)
    name = text[words.end():].strip(" :") if words is not None else text
    if "@" in name:
        name = name[name.index("@") + 1 :].strip(" :：,，")  # "回复 @南方小土豆：" (Changyan): the handle after the words
    return name or None


def _quote_or_icon(element: LexborNode) -> bool:
    """A quote, or an icon's ligature hidden from screen readers (Coral's "<span
    class=material-icons aria-hidden=true>reply</span>" before "Als Antwort auf …")."""
    return is_quote(element) or element.attributes.get("aria-hidden") == "true"


_NAME_TAGS: Final = frozenset({"button"})  # (Coral names the one answered in a button: "In reply to <button>Aoife</button>")


@functools.lru_cache(maxsize=4096)
def names_reply_to(value: str) -> bool:
    return _REPLY_TO_CLASS.search(value) is not None


def reply_target(
    tree: LexborHTMLParser,
    href: str,
    position: dict[int, int],
    index: int,
    nested_in: int | None,
    built: list[ParsedComment | None],
    parent_of: list[int | None],
    nested: bool = True,
) -> int | None:
    """The comment an "in reply to" link names, when it is an earlier comment of the same thread
    (inside the comment the markup nests this one in, if any); else the markup's parent. In a
    flat list (``nested`` off: the parent came from a depth class) the link wins: the Dutch
    "Reactie op X" list is in date order, so a reply's depth says little about whom it answers.

    Threads that nest only one level (Guardian-like pages put every reply under the thread's
    first comment) name the comment really answered this way. The link points at the comment's
    id ("#comment-164240012") or at the comment's own address, which its date link gives
    (Discourse's ".../812/2"): then the first other link to that address is the comment's.
    """
    if _ANY_FRAGMENT.search(href) is not None:
        target = _fragment_target(tree, href)
        if target is None and (number := TRAILING_NUMBER.search(href)) is not None and len(number[0]) >= _MIN_ID_DIGITS:
            # Disqus's parent link names "#comment-6421100311" for the item "li#post-6421100311":
            # the comment whose id ends in the same number
            target = _comment_numbered(tree, number[0], position)
    else:
        target = next((a for a in tree.css(f"a[href='{href}']") if owner_index(a, position) != index), None)
        if target is None and (post := _POST_ADDRESS.search(href)) is not None and post["pid"]:
            # no link to the same address: the post whose id ends in the number ("table#pid10247")
            target = _comment_numbered(tree, post["pid"], position)
    found = _comment_at(target, position) if target is not None else None
    if found is None or found >= index or built[found] is None:
        return nested_in
    if nested and not in_thread(found, nested_in, parent_of):
        return nested_in  # another thread's comment: the markup's nesting wins
    return found


def on_another_page(tree: LexborHTMLParser, href: str, own_id: str | None) -> str | None:
    """The id of the comment a reply link names on another page of the thread, which the file
    does not hold ("Quote from <a href=?cpage=2#c-5490>", "Válasz erre: <a
    href=…oldal=1.html#hsz-77538>"): an address before the fragment, no element of this page
    by that id or anchor name, and an id of the same family as the comment's own ("c-5490" beside
    "c-5512"). The ingest links the reply to it once that page is stored too."""
    fragment = _ANY_FRAGMENT.search(href)
    if fragment is None or fragment.start() == 0 or not own_id:
        return None
    wanted = fragment.group(1)
    if _id_family(wanted) != _id_family(own_id) or _fragment_target(tree, href) is not None:
        return None
    return wanted


def _id_family(ident: str) -> str:
    """An id without its number: "c-" of "c-5490", "hsz-" of "hsz-77538"."""
    return ident.rstrip("0123456789")


def _comment_numbered(tree: LexborHTMLParser, number: str, position: dict[int, int]) -> LexborNode | None:
    """The comment element whose id ends in ``number`` ("table#pid10247", "li#post-6421100311")."""
    return next((node for node in tree.css(f"[id$='{number}']") if node.mem_id in position), None)


def in_thread(found: int, nested_in: int | None, parent_of: list[int | None]) -> bool:
    """Whether comment ``found`` is ``nested_in`` or below it (any comment, where nothing nests)."""
    if nested_in is None:
        return True
    up: int | None = found
    while up is not None and up != nested_in:
        up = parent_of[up]
    return up is not None


def newest_first(tree: LexborHTMLParser, hrefs: list[str | None], position: dict[int, int], least: int = 0) -> bool:
    """Whether a flat list runs newest first: most of its "in reply to" links within the page lead
    to a comment further down (a Norwegian paper's "Svar til <a href=#k-118421>"), at least
    ``least`` of them (by default two; one where the printed times go back in time as well)."""
    forward = backward = 0
    for index, href in enumerate(hrefs):
        target = _fragment_target(tree, href) if href else None
        found = _comment_at(target, position) if target is not None else None
        if found is not None and found != index:
            forward += found > index
            backward += found < index
    return forward >= (least or _NEWEST_FIRST_LINKS) and forward > backward


_NEWEST_FIRST_LINKS: Final = 2


def _fragment_target(tree: LexborHTMLParser, href: str) -> LexborNode | None:
    """The element a link's fragment names, by id or anchor name (Telegram's export links
    "#go_to_message48211" to the message "message48211"); None without a fragment."""
    fragment = _ANY_FRAGMENT.search(href)
    if fragment is None:
        return None
    wanted = fragment.group(1).removeprefix("go_to_")
    return tree.css_first(f"[id='{wanted}'], a[name='{wanted}']")


def _comment_at(target: LexborNode, position: dict[int, int]) -> int | None:
    """The comment a link's target is, or is in; or, the target an empty anchor, the comment just
    after it (Drupal's "<a id=comment-2207>", a 2008 Polish paper's "<a name=k1284051>")."""
    found = owner_index(target, position)
    if found is None and target.tag == "a" and (following := next_element(target)) is not None:
        found = position.get(following.mem_id)
    return found


_FORUM_QUOTE_START: Final = re.compile(rf"(?i)^\s*{alternation(FORUM_QUOTE_WORDS)}\b")


def is_reply_to_line(line: str) -> bool:
    """A line that only says whom the comment answers ("در پاسخ به سمیه", "In reply to Jan")."""
    return _named_in_reply_line(line) is not None


def reply_line_name(line: str) -> str | None:
    """The name a reply line gives ("↳ en respuesta a @Gustavo R." names Gustavo R.), or None where
    the line is no reply line."""
    rest = _named_in_reply_line(line)
    if rest is None:
        return None
    return rest.strip(" :@\u00a0").removeprefix("@").strip() or None


def _named_in_reply_line(line: str) -> str | None:
    """What follows a reply line's words, where the line is one: a few words, the name answered."""
    match = _REPLY_TO_TEXT.match(line) if len(line) <= _REPLY_TO_LINE_CHARS else None
    rest = line[match.end():] if match is not None else ""
    return rest if 0 < len(rest.split()) <= _REPLY_TO_NAME_WORDS else None


_REPLY_TO_LINE_CHARS: Final = 80
_REPLY_TO_NAME_WORDS: Final = 4
