"""Each comment's own text, author, time and permalink id, out of the comment elements that
``html_thread`` found and linked.

A comment's fields sit somewhere in its own subtree (its replies' subtrees excluded), under class
names each theme chooses: one scan per page (``html_scan.scan_all``) collects the best-ranked
author, time and content element of every comment; here they are read, the tree is built, and
furniture (buttons, votes, avatars, "says") is left out of the text.
"""

from __future__ import annotations

import functools
import itertools
import re
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from threads.comment_header import NAME_THEN_TIME
from threads.comment_names import SAYS, clean_name
from threads.comment_words import FURNITURE_CAMEL, FURNITURE_TOKEN
from threads.html_dom import HEADING_TAGS, definition_of, next_element, node_lines
from threads.html_fediverse import answered, is_thread_post, mentioned, story_handle
from threads.html_field_times import epoch_of, posted_time, stamped_time, time_of
from threads.html_fields import (
    author_id,
    author_name,
    is_title_class,
    permalink,
    submitted,
    text_by_length,
    text_by_number,
    title_only,
)
from threads.html_find import find_candidates
from threads.html_header_fields import (
    header_before_text,
    lines_from,
    name_after_time,
    name_and_time_before,
    name_over_time,
    opening_block,
    text_around_opening,
    time_after_text,
    without_header_lines,
)
from threads.html_mentions import mention_target
from threads.html_named_parents import named_by_words, named_in_words, names_answered_below, written_by_name
from threads.html_own_lines import own_lines, removed_label
from threads.html_questions import QUESTION_SELECTOR, answers_under_question
from threads.html_quotes import QUOTE_SELECTOR
from threads.html_reply_to import (
    PARENT_ATTRS_SELECTOR,
    REFERENCE_SELECTOR,
    is_reply_to_line,
    newest_first,
    parent_by_attribute,
    parent_by_id_suffix,
    parent_by_reference,
    reply_target,
)
from threads.html_scan import PROFILE_RANK, Own, names_of, scan_all
from threads.html_talk_page import SELECTOR as TALK_PAGE_COMMENT
from threads.html_talk_page import talk_page_comments
from threads.html_thread import Candidate, link
from threads.html_time import parse_time
from threads.model import ParsedComment
from threads.name_glue import is_short_day
from threads.page_flat_cues import nest_by_cues
from threads.removed_placeholders import is_removed_placeholder, opens_with_placeholder

# A ping's text: "Pingback: <a>title</a>", as WordPress's Arabic prints it too ("تنبيه:", a notice).
_PING_TEXT: Final = re.compile(r"(?i)^(?:(?:تنبيه\s*:?\s*)?(?:pingback|trackback)|تنبيه)\s*:")  # (and "تنبيه Pingback:")


def extract_comments(tree: LexborHTMLParser, talk_page: bool = False) -> list[ParsedComment]:
    """The page's comment forest, in page order. ``talk_page``: the markup holds MediaWiki's
    comment markers (the caller tells from the text, cheaper than a walk of the tree)."""
    if talk_page and tree.css_first(TALK_PAGE_COMMENT) is not None:
        return talk_page_comments(tree)  # a wiki talk page: no element holds one comment
    nodes = find_candidates(tree)
    if not nodes:
        return []
    candidates = link(nodes)
    flat = all(candidate.parent is None for candidate in candidates)  # no reply nested by markup
    scope = nodes[0].parent or tree.root  # the thread's list: a flat list's comments are its children
    if scope is not None and scope.css_first(PARENT_ATTRS_SELECTOR) is not None:  # one pass in C; most have none
        for index, named in parent_by_attribute(_nodes_of(candidates)).items():
            candidates[index].parent = named  # flat lists that name the parent in an attribute
    if tree.css_first(REFERENCE_SELECTOR) is not None:
        for index, named in parent_by_reference(_nodes_of(candidates)).items():
            candidates[index].parent = named  # forums that name the post answered inside the post
    if flat:
        for index, named in parent_by_id_suffix(_nodes_of(candidates)).items():
            candidates[index].parent = named  # "comment1-1" under "comment1" (a Thai portal's numbering)
    if tree.css_first(QUESTION_SELECTOR) is not None:  # (one pass in C; nearly every page has none)
        answers_under_question(candidates)
    return _build(tree, candidates, flat)


def _nodes_of(candidates: list[Candidate]) -> list[LexborNode]:
    return [candidate.node for candidate in candidates]


def _is_furniture(element: LexborNode) -> bool:
    value = names_of(element.attributes)
    if value and _furniture_class(value):
        return True
    # (a comment's own title heading its text, "h4.posting-title", or a link to the comment
    # itself named for its title, an Israeli talkback's "a.tb-title", is not its text:
    # ``title_only`` reads it where the comment has nothing else)
    tag = element.tag
    return tag in ("header", "footer") or bool(value) and (
        tag in HEADING_TAGS or tag in _TITLE_BLOCKS or tag == "a" and (element.attributes.get("href") or "").startswith("#")
    ) and is_title_class(value or "")


# Blocks a comment's subject line may be, named for a title ("div.prisp-nadpis", a Czech paper's).
_TITLE_BLOCKS: Final = frozenset({"div", "span", "p", "strong", "b"})


@functools.lru_cache(maxsize=4096)
def _furniture_class(value: str) -> bool:
    """Whether a class attribute marks comment furniture; read once per class value, as themes
    repeat the same few on every comment. A BEM modifier names a variant of the block beside it,
    not a part ("status__content--with-action" is the text, which has actions)."""
    return any((FURNITURE_TOKEN.match(t) or FURNITURE_CAMEL.search(t)) and "--" not in t for t in value.split())


def _build(tree: LexborHTMLParser, candidates: list[Candidate], flat: bool = False) -> list[ParsedComment]:
    comment_ids = {c.node.mem_id for c in candidates}
    position = {c.node.mem_id: index for index, c in enumerate(candidates)}
    owns = scan_all(candidates, comment_ids)
    flat_owns = [owns.get(c.node.mem_id) for c in candidates]
    hrefs = [own.reply_to if own is not None else None for own in flat_owns]
    if all(c.parent is None and not c.nested for c in candidates) and (
        newest_first(tree, hrefs, position)
        or names_answered_below(flat_owns)
        or (any(hrefs) and _times_descend(flat_owns) and newest_first(tree, hrefs, position, least=1))
    ):
        # a flat list newest first: read oldest first, so a reply comes after the comment it answers
        candidates = candidates[::-1]
        position = {c.node.mem_id: index for index, c in enumerate(candidates)}
    handles = [own.handle if (own := owns.get(c.node.mem_id)) is not None else None for c in candidates]
    # comment_ids doubles as "no quote on the page": quoted_author is then not asked (one walk in C)
    quoting = comment_ids if tree.css_first(QUOTE_SELECTOR) is not None else None
    fediverse = bool(candidates) and is_thread_post(candidates[0].node)
    mentions = [mentioned(c.node) for c in candidates] if fediverse else None
    story_author = story_handle(tree) if fediverse else None
    built: list[ParsedComment | None] = []
    parent_of: list[int | None] = []
    seen_ids: dict[str, int] = {}
    # A comment printed twice (a "Picks" tab before "All") is kept at its first place; replies
    # nested under the second copy hang from the first.
    copy_of: dict[int, int] = {}
    roots: list[ParsedComment] = []
    for index, candidate in enumerate(candidates):
        parent_index = candidate.parent
        if parent_index is not None:
            parent_index = copy_of.get(parent_index, parent_index)
        if candidate.dropped or (parent_index is not None and built[parent_index] is None):
            built.append(None)
            parent_of.append(None)
            continue
        own = owns.get(candidate.node.mem_id) or Own()
        comment = _read(candidate.node, comment_ids, own)
        first = seen_ids.get(comment.external_id) if comment is not None and comment.external_id is not None else None
        if comment is None or first is not None:
            if first is not None:
                copy_of[index] = first
            built.append(None)
            parent_of.append(None)
            continue
        if own.reply_to is not None:
            parent_index = reply_target(
                tree, own.reply_to, position, index, parent_index, built, parent_of, nested=candidate.nested
            )
        if own.reply_to is None and own.reply_name is not None and not written_by_name(own.reply_name, parent_index, built, handles):
            # the name of the comment answered, where the markup's parent is someone else's
            # (Coral's replies flattened below a depth, Discourse's flat topic)
            named = mention_target(
                own.reply_name, index, parent_index, candidate.nested, built, parent_of, handles
            )
            parent_index = named if named is not None else parent_index
        parent_index = named_in_words(candidate, own, comment, index, parent_index, quoting, built, parent_of, handles)
        if mentions is not None and is_thread_post(candidate.node):
            decided, target = answered(index, handles[index], mentions, handles, story_author)
            if decided and (target is None or built[target] is not None):
                parent_index = target  # a Mastodon reply: the post whose mentions it repeats
        if comment.external_id is not None:
            seen_ids[comment.external_id] = index
        built.append(comment)
        parent_of.append(parent_index)
        parent = built[parent_index] if parent_index is not None else None
        (parent.replies if parent is not None else roots).append(comment)
    if flat and any(parent is not None for parent in parent_of):  # (else nest_by_cues reads them all)
        roots = named_by_words(built, parent_of, roots)
    # A flat list with no reply shown by markup, link or quote: who answers whom by name or by
    # quoting, as in a flat text dump, but in time order (no subtree closes).
    return _without_empty_leaves(nest_by_cues(roots, in_time_order=True))


def _times_descend(owns: list[Own | None]) -> bool:
    """Whether a flat list's printed times run newest first: of the pairs of comments next to each
    other whose times differ, nearly all go back in time (a 2009 Polish paper's "najnowsze na
    górze", its one reply link and its quotes answering comments further down). Asked only with
    a reply link leading down the page: the times alone do not make a vocative a reply (a list
    with no reply markup keeps its names in the text as text)."""
    times = [time_of(own.time) if own is not None and own.time is not None else None for own in owns]
    known = [t for t in times if t is not None]
    later = sum(1 for a, b in itertools.pairwise(known) if b > a)
    earlier = sum(1 for a, b in itertools.pairwise(known) if b < a)
    return earlier >= _DESCENDING_PAIRS and later * _DESCENT_RATIO <= earlier


_DESCENDING_PAIRS: Final = 3
_DESCENT_RATIO: Final = 4  # at most one pair in five going forward in time (a pinned comment, an edit)


def _placeholder(body: str) -> bool:
    return is_removed_placeholder(body) or opens_with_placeholder(body)


def _without_empty_leaves(roots: list[ParsedComment]) -> list[ParsedComment]:
    """Comment elements with no text, no author and no replies are not comments: a comment
    form's preview box, a deleted comment's empty shell; nor is a removed comment's placeholder
    with no id, name, time or replies (Coral's tombstone for a comment moderators took out),
    which no one can answer or link to."""
    stack = [roots]
    while stack:
        siblings = stack.pop()
        siblings[:] = [
            c for c in siblings
            if (c.body or c.author_name or c.replies)
            and not (c.external_id is None and c.author_name is None and c.created_at is None and not c.replies and _placeholder(c.body))
        ]
        stack.extend(c.replies for c in siblings if c.replies)
    return roots


_REPLY_LINE_CHARS: Final = 100
_SHORT_DAY_CHARS: Final = 12


def _links_to(heading: LexborNode, ident: str) -> bool:
    """A heading that links to its own comment ("<h3><a href=/comment/1204#comment-1204>", Drupal's
    subject where archive.today stripped its class): the comment's title, not its text
    (``title_only`` reads it where the comment has nothing else)."""
    anchor = heading.css_first("a[href]")
    return anchor is not None and (anchor.attributes.get("href") or "").endswith(f"#{ident}")


def _badge_after(rest: str, name: str) -> bool:
    """What follows the commenter's name on a line over the text is a badge: a few words, no
    sentence ("Herald staff", "редакция"), or one glued on at a capital ("Gulu Post TeamStaff")."""
    glued = rest[:1].isupper() and name[-1:].islower()
    return (rest[:1] == " " or glued) and len(rest) <= _BADGE_CHARS and len(rest.split()) <= _BADGE_WORDS and not any(
        c in _SENTENCE_MARKS for c in rest
    )


_BADGE_CHARS: Final = 30
_BADGE_WORDS: Final = 3
_SENTENCE_MARKS: Final = frozenset(".,!?:;")


def _read(node: LexborNode, comment_ids: set[int], own: Own) -> ParsedComment | None:
    """One comment's fields, or None for a pingback that only its text gives away."""

    # The name and time elements the scan found by their class are not text either, whatever
    # their class says ("UFICommentActorName" sits inside Facebook's content element).
    named = {
        e.mem_id
        for e, rank in ((own.author, own.author_rank), (own.time, own.time_rank))
        if e is not None and rank <= PROFILE_RANK
    }
    line = own.reply_line
    if line is not None and line.mem_id != node.mem_id and (own.content is None or line.mem_id != own.content.mem_id) and (
        len(line.text(deep=True) or "") <= _REPLY_LINE_CHARS
    ):
        named.add(line.mem_id)  # "回覆 <a>B1 鹽埕老高雄</a>": whom it answers, read already; not a sentence going on

    link = permalink(node, own.permalink)
    if own.content is not None and own.content.tag == "p" and not (own.content.text(deep=True) or "").strip() and (
        (after := next_element(own.content)) is not None and after.tag == "p" and (after.text(deep=True) or "").strip()
    ):
        # named for the text but empty, the text in the paragraph after it: Ghost's "<p
        # class=gh-comment-content><p>…</p></p>", whose inner paragraph the parser closes the outer for
        own.content = after

    def skip(element: LexborNode) -> bool:
        key = element.mem_id
        return key in comment_ids or key in named or _is_furniture(element) or (
            element.tag in HEADING_TAGS and link is not None and _links_to(element, link)
        )

    if own.content is None:
        own.content = text_by_number(node, (own.author, own.time), comment_ids, link)
        if own.content is None and own.author is None and own.time is None:
            own.content = text_by_length(node, comment_ids)
    # Where nothing names the text or the time, the element around its first long paragraph is
    # where the text is read from (archive.today's classless Disqus: not the header line above
    # it); the name and the time are still looked for as where nothing names the text.
    opened = text_around_opening(node, comment_ids) if own.content is None and own.time is None else None
    author = author_name(own.author) if own.author is not None else None
    created = time_of(own.time) if own.time is not None else None
    if own.stamp is not None:
        created = stamped_time(own.stamp) or created
    if created is not None and own.shown is not None and own.time is not None and own.shown is not own.time and (
        "data-comment-timestamp" in own.time.attributes
    ):
        created = posted_time(created, own.shown)
    elif own.time is not None and (epoch := epoch_of(node)) is not None:
        created = posted_time(epoch, own.time)  # the comment's own element stamped, its time printed
    byline = headed = False
    if own.time is not None and (author is None or created is None):
        byline_fields = submitted(" ".join((own.time.text(deep=True, separator=" ") or "").split()))
        if byline_fields is not None:
            # An anonymous byline ("by Anonymous Coward on ...") names nobody: no other element
            # (the comment's subject heading) is its name.
            byline = True
            author = author or clean_name(byline_fields[0])
            created = created or parse_time(byline_fields[1])
    if author is not None and created is None:
        combined = NAME_THEN_TIME.match(author)
        if combined is not None and parse_time(combined.group("time")) is not None:
            author = clean_name(combined.group("name"))
            created = parse_time(combined.group("time"))
    # (and where the element named for a time held none: DataLife Engine's "meta" box holds the
    # buttons, its time an unnamed span by the name)
    if own.content is not None and (own.author is None and author is None or created is None):
        header_author, header_time = name_and_time_before(node, own.content, comment_ids)
        if own.author is None and author is None and not byline:
            author = header_author
        if created is None:
            created = header_time
    opening: LexborNode | None = None
    if created is None and own.time is None and own.content is None:
        # nothing named for the text or the time (archive.today): the header before the text
        opening = opening_block(node)
        header_author, created = header_before_text(node, comment_ids, opening)
        headed = created is not None
        if created is None:
            created = time_after_text(node, comment_ids)
        if author is None and own.author is None and not byline:
            author = header_author  # a guest's bold name, unlinked (Disqus by archive.today)
        # (a name over the text with the time after it: what stands between them is the header too,
        # "Works at …", "Top Commenter" under the Facebook plugin's names)
        headed = headed or (header_author is not None and created is not None)
    elif author is None and own.author is None and own.content is None and own.time is not None and not byline:
        author = header_before_text(node, comment_ids, opening_block(node))[0]  # only the time named (archive.today's <time>)
    if author is None and own.author is None and own.time is not None and not byline:
        author = name_after_time(own.time)  # "<time>…</time> - Lars-Erik Olsson" (django-comments-xtd)
    root = own.content if own.content is not None else opened or node
    if node.tag == "dt" and own.content is None:
        # A definition list's comment: the text is the dd after its head, without the replies'
        # nested list; the head names the commenter ("Ray Pollard said..."), and a second dd
        # under the text may hold the time (classic Blogger's "comment-footer").
        root = definition_of(node) or node
        nested = skip
        skip = lambda element: element.tag == "dl" or nested(element)  # noqa: E731
        head = " ".join(node.text(deep=True).split()).rstrip(".…")
        if author is None and not byline and not any(c.isdigit() for c in head):
            author = clean_name(head)
        footer = definition_of(root) if root is not node else None
        if created is None and footer is not None:
            created = stamped_time(footer) or time_of(footer)  # its permalink's stamp, else its printed time
    lines = own_lines(node_lines(root, skip, quotes=True))
    # startswith first: the sub is what it costs on a long first paragraph, and can only
    # leave ``author`` when the line starts with it.
    if author and lines and lines[0].startswith(author) and (
        SAYS.sub("", lines[0]) == author
        or len(lines) > 1 and _badge_after(lines[0][len(author):], author)  # "Jenna Kittelson Herald staff"
    ):
        lines = lines[1:]
        if len(lines) > 1 and is_reply_to_line(lines[0]):
            lines = lines[1:]  # then whom it answers ("↪In reply to Opiyo Denis", Coral under archive.today)
    elif author is None and own.author is None and own.time is not None and len(lines) > 1 and name_over_time(
        lines[0], node, own.time
    ):
        # a name on its own line above the time, where no class names it (archive.today's
        # WordPress): the commenter, or nobody ("Anonymous"), and not the comment's words
        author = clean_name(lines[0])
        lines = lines[1:]
    elif author is None and created is None and len(lines) > 1:
        header = NAME_THEN_TIME.match(lines[0])
        if header is not None and parse_time(header.group("time")) is not None:
            author = clean_name(header.group("name"))
            created = parse_time(header.group("time"))
            lines = lines[1:]
    if created is None and own.time is None and (epoch := epoch_of(node)) is not None:
        created = epoch  # only the comment's own element says when (HyperComments' "data-hc-time" beside "acum 2 zile")
    if headed and len(lines) > 1:
        lines = without_header_lines(lines, opening)  # the name, badge and time over the text ("Гость", "редакция")
    elif own.content is None and own.time is not None and own.author is None and author is not None and len(lines) > 1 and (
        around := text_around_opening(node, comment_ids)
    ) is not None:
        # the header the name was read from, over the box of the text (Ghost under archive.today:
        # an avatar's initials "HW", then "Hine Walker", the place and the time)
        lines = lines_from(lines, node_lines(around, skip, quotes=True))
    if created is not None and own.time is None and len(lines) > 1 and len(lines[0]) <= _SHORT_DAY_CHARS and is_short_day(lines[0]):
        lines = lines[1:]  # the day the time was read from, printed over a short text ("Aug 15" over "Comment deleted")
    if lines and _PING_TEXT.match(lines[0]):
        return None
    if not lines and (title := title_only(node, comment_ids) or removed_label(node, comment_ids)) is not None:
        lines = [title]
    return ParsedComment(
        body="\n\n".join(lines),
        external_id=link,
        author_name=author,
        author_external_id=author_id(node, own.author_id) if author else None,
        created_at=created,
    )
