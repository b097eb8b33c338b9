"""A page's comments as a tree, out of the comment elements that ``html_thread`` found and linked.

A comment's fields sit somewhere in its own subtree (its replies' subtrees excluded), under class
names each theme chooses: one scan per page (``html_scan.scan_all``) collects the best-ranked
author, time and content element of every comment, ``html_comment_read`` reads each comment's
fields from them, and here the tree is built: by the markup's nesting, where a link, an
attribute, an id or a name says better whom a comment answers, by that.
"""

from __future__ import annotations

import itertools
from datetime import datetime
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from threads.html_comment_read import read_comment
from threads.html_fediverse import answered, is_thread_post, mentioned, story_handle
from threads.html_field_times import time_of
from threads.html_find import find_candidates
from threads.html_mentions import mention_target
from threads.html_named_parents import named_by_words, named_in_words, names_answered_below, written_by_name
from threads.html_parent_maps import (
    PARENT_ATTRS_SELECTOR,
    REFERENCE_SELECTOR,
    parent_by_attribute,
    parent_by_id_suffix,
    parent_by_reference,
)
from threads.html_questions import QUESTION_SELECTOR, answers_under_question
from threads.html_quoted_floors import last_text, own_text_lines, quoted_floors
from threads.html_quotes import QUOTE_SELECTOR
from threads.html_reply_numbers import numbered_earlier, reply_number
from threads.html_reply_to import newest_first, on_another_page, reply_target
from threads.html_scan import Own, scan_all
from threads.html_talk_page import SELECTOR as TALK_PAGE_COMMENT
from threads.html_talk_page import talk_page_comments
from threads.html_thread import Candidate, link
from threads.model import ParsedComment
from threads.page_flat_cues import nest_by_cues
from threads.removed_placeholders import shows_placeholder


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


def _build(tree: LexborHTMLParser, candidates: list[Candidate], flat: bool = False) -> list[ParsedComment]:
    comment_ids = {c.node.mem_id for c in candidates}
    position = {c.node.mem_id: index for index, c in enumerate(candidates)}
    owns = scan_all(candidates, comment_ids)
    flat_owns = [owns.get(c.node.mem_id) for c in candidates]
    hrefs = [own.reply_to if own is not None else None for own in flat_owns]
    names_answered = any(own is not None and own.reply_name for own in flat_owns)
    unplaced = all(c.parent is None and not c.nested for c in candidates)
    # the comments a reply repeats above its own text, where no link places one (Changyan's floors,
    # under archive.today known by their words alone; a name the scan took from a floor's header
    # is no link, and the floors' texts say more)
    floors = quoted_floors(_nodes_of(candidates), comment_ids) if unplaced and not any(hrefs) else {}
    if unplaced and (
        any(parent > child for child, parent in floors.items())  # (the answered further down)
        or newest_first(tree, hrefs, position)
        or names_answered_below(flat_owns)
        or (
            (any(hrefs) or names_answered)
            and _times_descend(flat_owns)
            and (names_answered or newest_first(tree, hrefs, position, least=1))
        )
    ):
        # a flat list newest first: read oldest first, so a reply comes after the comment it answers
        # (known by its order control, the names its replies answer, its links down the page, or
        # its times running back where replies name whom they answer: "@Олег_Л")
        candidates = candidates[::-1]
        position = {c.node.mem_id: index for index, c in enumerate(candidates)}
        last = len(candidates) - 1
        floors = {last - child: last - parent for child, parent in floors.items()}
    handles = [own.handle if (own := owns.get(c.node.mem_id)) is not None else None for c in candidates]
    # comment_ids doubles as "no quote on the page": quoted_author is then not asked (one walk in C)
    quoting = comment_ids if tree.css_first(QUOTE_SELECTOR) is not None else None
    mention_links = tree.css_first("a[class*='mention' i]") is not None  # (one walk in C; nearly no page has one)
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
        comment = read_comment(candidate.node, comment_ids, own)
        first = seen_ids.get(comment.external_id) if comment is not None and comment.external_id is not None else None
        if comment is None or first is not None:
            if first is not None:
                copy_of[index] = first
            built.append(None)
            parent_of.append(None)
            continue
        if index in floors and parent_index is None and floors[index] < index and built[floors[index]] is not None:
            parent_index = floors[index]
            quoted = last_text(candidates[parent_index].node, comment_ids)
            if quoted:
                comment.body = own_text_lines(comment.body, quoted, last_text(candidate.node, comment_ids))
        if own.reply_to is not None:
            parent_index = reply_target(
                tree, own.reply_to, position, index, parent_index, built, parent_of, nested=candidate.nested
            )
            if parent_index is None:
                # a reply to a comment on another page of the thread: its id, for the ingest
                comment.parent_external_id = on_another_page(tree, own.reply_to, comment.external_id)
        if own.reply_to is None and own.reply_name is not None and not written_by_name(own.reply_name, parent_index, built, handles):
            # the name of the comment answered, where the markup's parent is someone else's
            # (Coral's replies flattened below a depth, Discourse's flat topic)
            named = mention_target(
                own.reply_name, index, parent_index, candidate.nested, built, parent_of, handles
            )
            parent_index = named if named is not None else parent_index
        parent_index = named_in_words(
            candidate, own, comment, index, parent_index, quoting, built, parent_of, handles, mention_links=mention_links,
            markup_nests=not unplaced,
        )
        if flat and parent_index is None and own.reply_to is None and (number := reply_number(candidate.node)):
            # "#1-ന് മറുപടി": the earlier comment showing that number
            target = numbered_earlier(_nodes_of(candidates), number, index)
            parent_index = target if target is not None and built[target] is not None else None
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
    # quoting, as in a flat text dump, but in time order (no subtree closes); a list newest
    # first read oldest first by its quotes alone (a Discuz! portal's quotes of comments further
    # down, their headers skipped: "台北來的: 台北 一碗 …"), its order kept.
    if not any(parent is not None for parent in parent_of) and _descending([comment.created_at for comment in roots]):
        return _without_empty_leaves(nest_by_cues(roots[::-1], in_time_order=True, quotes_only=True))[::-1]
    return _without_empty_leaves(nest_by_cues(roots, in_time_order=True))


def _times_descend(owns: list[Own | None]) -> bool:
    """Whether a flat list's printed times run newest first: of the pairs of comments next to each
    other whose times differ, nearly all go back in time (a 2009 Polish paper's "najnowsze na
    górze", its one reply link and its quotes answering comments further down). Asked only with
    a reply link leading down the page: the times alone do not make a vocative a reply (a list
    with no reply markup keeps its names in the text as text)."""
    return _descending([time_of(own.time) if own is not None and own.time is not None else None for own in owns])


def _descending(times: list[datetime | None]) -> bool:
    """Whether the known times of a run go back in time, pair by pair, nearly always."""
    known = [t for t in times if t is not None]
    later = sum(1 for a, b in itertools.pairwise(known) if b > a)
    earlier = sum(1 for a, b in itertools.pairwise(known) if b < a)
    return earlier >= _DESCENDING_PAIRS and later * _DESCENT_RATIO <= earlier


_DESCENDING_PAIRS: Final = 3
_DESCENT_RATIO: Final = 4  # at most one pair in five going forward in time (a pinned comment, an edit)


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
            and not (c.external_id is None and c.author_name is None and c.created_at is None and not c.replies and shows_placeholder(c.body))
        ]
        stack.extend(c.replies for c in siblings if c.replies)
    return roots
