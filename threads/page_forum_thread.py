"""A forum thread in a text dump: a story discussed on a forum (XenForo, vBulletin 5, phpBB,
Invision) prints as one flat run of posts, not as a comment list.

Each post has a header a reader knows by its shape: the poster's name (often twice, the avatar's
alt text over the link, or an avatar's initial over it), a rank, a card ("Joined" over "Jun 12,
2019", "Posts: 1418"), the date, and one line that only a forum post has: its number in the thread
("#3", XenForo and vBulletin 5), the poster and time after the post icon ("Post by Fenwick » Fri Oct
25, 2024 8:48 am", phpBB) or "Posted" before the time (Invision); ``page_forum_anchors`` finds
them. That line, the post's anchor, ends the header; the text follows, up to the post's buttons ("Like", "Report", "Quote") or rule.

A forum lists its posts flat; a post answers another by quoting it ("Bazza_NC said:", "millie_t
wrote: ↑Fri Oct 25, 2024 1:15 pm…", "On 11/12/2024 at 9:47 AM, Anonymous said:", "Quote Originally
posted by X View Post"). The answered post is the earlier one that holds the quoted words, else the
latest earlier post by the quoted name. A first post whose text opens with the thread's title is
the story itself (a newsroom's bot posting it), not a comment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from threads.comment_header import header_time
from threads.comment_names import SAYS, clean_name
from threads.date_lines import date_line
from threads.forum_words import FORUM_POST_END_WORDS
from threads.model import ParsedComment
from threads.page_bounds import section_end
from threads.page_flat_span import is_flat_furniture
from threads.page_forum_anchors import HEADER_CHARS, MIN_NUMBERED, MIN_POSTS, POST_NUMBER, post_anchors
from threads.page_forum_posts import QUOTE_BY, USER_INFO, set_off_quote
from threads.page_forum_signed import signed_posts
from threads.page_furniture import strip_bullets
from threads.page_names import without_parent_names
from threads.page_quotes import CLOSE, OPEN, flat_quote_end, quoted
from threads.page_words import TEXT_SAYS_WORDS, alternation
from threads.text import tidy_line

# A quote opened by its author's name alone, indented over the post's text ("    tundeeko:").
_NAME_COLON: Final = re.compile(r"^(?P<name>[^\s:]{1,40}):$")
# A quote's introduction: "Bazza_NC said:", "On 11/12/2024 at 9:47 AM, Anonymous said:", "millie_t
# wrote: ↑Fri Oct 25, 2024 1:15 pmIf merging…" (the quote's first words glued to its time).
_SAID: Final = re.compile(rf"(?i)^(?P<name>[^\s“\"].{{0,80}}?)\s+{alternation(TEXT_SAYS_WORDS)}:(?:\s+(?P<rest>\S.*))?$")
_RULE: Final = frozenset("━═─-_")
_POST_END: Final = frozenset(FORUM_POST_END_WORDS)
_WRAPPED_DAY: Final = 12  # the rest of a post's time that the renderer wrapped onto the next line ("12")
_HEADER_LINES: Final = 24
_NAME_CHARS: Final = 40
_MATCH_WORDS: Final = 6  # the quote's last words, looked for in the posts above
_TITLE_MIN_WORDS: Final = 3


@dataclass
class _Post:
    anchor: int
    top: int  # the header's first line (the name, or the avatar's initial over it)
    name: str  # as printed ("Guest", "Anonymous": a guest's posts are found by it)
    stamp: str | None
    number: int | None = None
    comment: ParsedComment | None = None
    span: tuple[int, int] | None = None  # the text's lines where the post is signed at its foot
    answers: str | None = None  # the name the header gives after the poster's own (Komento)


def read_forum_thread(lines: list[str]) -> tuple[int, list[ParsedComment]] | None:
    """Where the article ends and the thread's posts as comments, answers under the posts they
    quote; None where the page is no run of forum posts."""
    anchors = post_anchors(lines, len(lines))
    if anchors is None:
        return None
    end = section_end(lines, anchors[0][0])  # the reply form, the forum's footer
    anchors = [anchor for anchor in anchors if anchor[0] < end]
    posts: list[_Post] = []
    signed = signed_posts(lines, [index for index, _name, _stamp in anchors])
    if signed is not None:  # each number under the post it ends (XenForo 1)
        posts = [_Post(s.signature, s.top, s.name, s.stamp, span=(s.start, s.signature)) for s in signed]
    floor = 0
    for index, name, stamp in anchors if signed is None else ():
        post = _header(lines, index, floor, name, stamp)
        if post is None:
            return None  # an anchor with no poster over it: not a forum's post
        posts.append(post)
        floor = index + 1
    _unglue_initials(posts)
    quotes: list[tuple[str | None, str]] = []
    for number, post in enumerate(posts):
        stop = posts[number + 1].top if number + 1 < len(posts) else end
        start = post.anchor + 1
        if post.stamp and start < stop and 0 < len(day := lines[start].strip()) <= _WRAPPED_DAY and (
            header_time(f"{post.stamp} {day}") is not None
        ):
            post.stamp, start = f"{post.stamp} {day}", start + 1  # the day wrapped off the header's line
        if post.stamp is None and start < stop and (under := date_line(lines[start].strip())) is not None:
            post.stamp, start = under, start + 1  # the time on the line under the post's number ("#1" over "27-10-2023, 21:14", MyBB)
        if post.span is not None:
            start, stop = post.span
        while start < stop and (not lines[start].strip() or post.number and f"#{post.number} " in lines[start]):
            start += 1  # the number's tooltip ("Post #1 Monday, June 3, 2024 8:12 AM", Flarum)
        body, quoted_name, quote = _text(lines, start, stop)
        if not body:
            continue
        post.comment = ParsedComment(
            body=body, author_name=clean_name(post.name), created_at=header_time(post.stamp), line=post.top + 1,
        )
        quotes.append((quoted_name or post.answers, quote))
    kept = [post for post in posts if post.comment is not None]
    if len(kept) < MIN_POSTS:
        return None
    article_end = kept[0].top
    if _is_story(lines, kept[0]) or _opens_thread(lines, kept[0], kept[1]):
        article_end = kept[1].top  # the story posted as the thread's first post
        kept, quotes = kept[1:], quotes[1:]
    comments = _nest(kept, quotes)
    without_parent_names(comments)
    return article_end, comments


def _header(lines: list[str], anchor: int, floor: int, name: str | None, stamp: str | None) -> _Post | None:
    """The header over ``lines[anchor]``: its short lines back to the text above (not past
    ``floor``), the poster's name in it (the nearest line printed twice, or under an avatar's
    initial, or the first line that is no button, date or card line) and its time."""
    block: list[int] = []
    index = anchor - 1
    while index >= floor and len(block) < _HEADER_LINES:
        text = lines[index].strip()
        if text and not _header_like(text):
            break
        if text:
            block.append(index)  # nearest first
        index -= 1
    texts = {k: strip_bullets(lines[k].strip()) for k in block}
    if stamp is None or not _is_dated(stamp):
        for k in block:  # the post's time is under the card; a date in the card is the join date
            if USER_INFO.match(texts[k]) is not None:
                break
            if _is_dated(texts[k]):
                stamp = texts[k]
                break
    top: int | None = None
    answers: str | None = None
    if name is not None:
        top = next((k for k in block if texts[k] == name), block[0] if block else anchor)
    else:
        # The farthest name printed twice (the avatar's alt text over the link; a rank may be
        # printed twice too, under it), else the farthest under an avatar's initial ("B" over
        # "Bazza_NC").
        pairs = list(zip(block[1:], block[:-1], strict=True))
        twice = [(a, k) for a, k in pairs if texts[k] == texts[a] and _may_be_name(texts[k])]
        initial = [(a, k) for a, k in pairs if len(texts[a]) == 1 and texts[a].isalpha() and _may_be_name(texts[k])]
        if twice or initial:
            top, named = (twice or initial)[-1]
            name = texts[named]
        elif pairs and _may_be_name(texts[pairs[0][0]]) and texts[pairs[0][1]].startswith(texts[pairs[0][0]] + " "):
            # The avatar's name over the same name and the one answered ("Gost" over "Gost Milena
            # Vukotić" over "#2 prije 2 dana": Komento, a flat list)
            top, named = pairs[0]
            name, answers = texts[top], texts[named][len(texts[top]) + 1 :]
        if name is None:
            first = next((k for k in block if _may_be_name(texts[k])), None)  # the nearest
            if first is None:
                return None
            name, top = texts[first], first
    numbered = POST_NUMBER.match(strip_bullets(lines[anchor].strip()))
    number = int(numbered["number"]) if numbered is not None else None
    return _Post(anchor=anchor, top=top if top is not None else anchor, name=name, stamp=stamp, number=number, answers=answers)


def _unglue_initials(posts: list[_Post]) -> None:
    """Names printed after their avatar's initial with no blank ("JJonas Bergström", "Sseagull_steve",
    Flarum): where every post's name opens with its letter twice, the first is the picture's."""
    if len(posts) >= MIN_NUMBERED and all(
        len(post.name) > 2 and post.name[0].isupper() and post.name[0] == post.name[1].upper() for post in posts
    ):
        for post in posts:
            post.name = post.name[1:]


def _is_dated(text: str) -> bool:
    return header_time(text) is not None


def _header_like(text: str) -> bool:
    return len(text) <= HEADER_CHARS and text[-1] not in ".!?\"”"


def _may_be_name(text: str) -> bool:
    """A line that may be the poster's name: short, no button, date, card line or rule."""
    return (
        1 < len(text) <= _NAME_CHARS
        and text[0] not in "#@»"
        and not is_flat_furniture(text)
        and date_line(text) is None
        and USER_INFO.match(text) is None
        and text[0] not in _RULE
        and text.casefold() not in _POST_END
        and not any(ch.isdigit() for ch in text[:1])
    )


def _text(lines: list[str], start: int, stop: int) -> tuple[str, str | None, str]:
    """The post's text in ``lines[start:stop]`` (a quote at its start in curly quotation marks),
    the name the quote gives and the quote's words; the text ends at the post's buttons or rule."""
    index = start
    while index < stop and not lines[index].strip():
        index += 1
    quoted_name, quote, index = _quote(lines, index, stop)
    own: list[str] = []
    column = -1  # the text's own column, from its first line
    until = -1
    for position in range(index, stop):
        if position < until:
            continue
        line = lines[position]
        text = tidy_line(line)
        bare = strip_bullets(text)
        if bare and (is_flat_furniture(bare) or bare[0] in _RULE and not bare.strip("".join(_RULE))):
            break
        if bare.casefold() in _POST_END:
            break
        if bare and column < 0:
            column = len(line) - len(line.lstrip())
        elif bare and len(line) - len(line.lstrip()) > column:
            until = flat_quote_end(lines, position, stop, column) or -1
            if until > 0:  # a quote inside the text (the story, pasted in)
                own.append(quoted(lines, position, until))
                own.append("")
                continue
        own.append(text)
    body = "\n".join(own).strip()
    while "\n\n\n" in body:
        body = body.replace("\n\n\n", "\n\n")
    if quote:
        body = f"{OPEN}{quote}{CLOSE}\n\n{body}" if body else ""
    return body, quoted_name, quote


def _quote(lines: list[str], index: int, stop: int) -> tuple[str | None, str, int]:
    """The quote opening a post's text at ``lines[index]``: the name it gives, its words and
    the line after it. A quote indented deeper than the text runs while the indent lasts; one at
    the text's own column (vBulletin 5) runs to its end marker or, without one, is left in the
    text (the name still tells whom the post answers)."""
    if index >= stop:
        return None, "", index
    line = lines[index]
    text = strip_bullets(line.strip())
    name: str | None = None
    first = ""
    said = _SAID.match(text)
    if said is not None:
        name = said["name"].rpartition(", ")[2]  # "On 11/12/2024 at 9:47 AM, Anonymous"
        first = _after_stamp(said["rest"] or "")
    else:
        vb = QUOTE_BY.match(text) or (_NAME_COLON.match(text) if line[:1].isspace() else None)
        if vb is None:
            return None, "", index
        name = vb["name"]
    if not name or len(name) > _NAME_CHARS or SAYS.fullmatch(name):
        return None, "", index
    indent = len(line) - len(line.lstrip())
    words = [first] if first else []
    position = index + 1
    closed = False  # the quote ends before the post's text: its end marker, or the text's column
    while position < stop:
        below = lines[position]
        bare = below.strip()
        if bare.casefold() in _POST_END:
            position += 1
            closed = True
            break
        if bare and len(below) - len(below.lstrip()) < indent:
            closed = not is_flat_furniture(strip_bullets(bare))
            break
        if bare:
            words.append(bare)
        position += 1
    if not closed:
        return name, "", index + 1
    return name, " ".join(words), position


def _after_stamp(text: str) -> str:
    """The quote's words after the time phpBB glues to them ("↑Fri Oct 25, 2024 1:15 pmIf …")."""
    text = text.lstrip("↑ ")
    glued = re.search(r"(?i)\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?(?=\S)", text)
    if glued is not None and header_time(text[: glued.end()]) is not None:
        return text[glued.end() :].strip()
    return text


def _words(text: str) -> str:
    return " ".join("".join(ch for ch in word if ch.isalnum()) for word in text.casefold().split())


def _nest(posts: list[_Post], quotes: list[tuple[str | None, str]]) -> list[ParsedComment]:
    """Each post under the earlier one it quotes: the one holding the quote's last words, else
    the latest by the name the quote gives; the rest stay top-level, as the forum lists them."""
    roots: list[ParsedComment] = []
    seen: list[tuple[str, str, ParsedComment]] = []  # (poster casefolded, words, comment)
    for post, (name, quote) in zip(posts, quotes, strict=True):
        comment = post.comment
        assert comment is not None
        parent: ParsedComment | None = None
        tail = " ".join(_words(quote).split()[-_MATCH_WORDS:]) if quote else ""
        if tail:
            parent = next((c for _n, words, c in reversed(seen) if tail in words), None)
        if parent is None and not name:
            name = _named_first(comment.body, seen)  # "Jonas Bergström You're not the only one", "@kevo"
            if name is not None:  # the mention is no text of the post's own, as the HTML reader reads it
                comment.body = comment.body[len(name) + (comment.body[:1] == "@") :].lstrip(" ,\n")
        if parent is None and name:
            key = name.casefold()
            parent = next((c for poster, _w, c in reversed(seen) if poster == key), None)
            if parent is not None and not quote:
                set_off_quote(comment, parent)  # a quote at the text's column: the words it holds
        (parent.replies if parent is not None else roots).append(comment)
        own = comment.body.rpartition(CLOSE + "\n\n")[2] if comment.body.startswith(OPEN) else comment.body
        seen.append((post.name.casefold(), _words(own), comment))
    return roots


def _named_first(body: str, seen: list[tuple[str, str, ParsedComment]]) -> str | None:
    """An earlier poster's name (an "@" before it or not) that opens the post's text, a word
    after it: a mention of the post answered (Flarum prints its mention as the name alone)."""
    text = body[1:] if body[:1] == "@" else body
    folded = text[: _NAME_CHARS + 1].casefold()
    for poster, _words, _comment in reversed(seen):
        if folded.startswith(poster) and folded[len(poster) : len(poster) + 1] in (" ", ",", "\n"):
            return poster
    return None


def _opens_thread(lines: list[str], first: _Post, second: _Post) -> bool:
    """Whether the first post is the thread's opening one by its subject: the answers' headers
    answer it ("Re: <subject> by X: …"), its own does not (Nairaland, the story posted first)."""
    return lines[second.anchor].lstrip()[:3].casefold() == "re:" and lines[first.anchor].lstrip()[:3].casefold() != "re:"


def _is_story(lines: list[str], post: _Post) -> bool:
    """Whether the first post's text opens with the thread's title, printed above it."""
    assert post.comment is not None
    first = post.comment.body.split("\n", 1)[0]
    words = _words(first)
    if len(words.split()) < _TITLE_MIN_WORDS:
        return False
    return any(words in _words(line) for line in lines[: post.top] if len(line) >= len(first) // 2)
