"""Who answers whom in a flat run of comments, from what the comments say.

Renderers that ignore CSS print block-built comment systems (Drupal Olivero's ``div.indented``,
newspaper CMSs, Coral without its "In reply to" line) as one flat run (``page_flat``). Where the
page gave no nesting at all, neither in words nor by a missing "Reply" link, every comment would
be read as top-level. But readers often say whom they answer, and the argument graph already reads
those cues (``threads.addressee_cues``, ``threads.addressee_opener``): "@Walt", "Walt, tile is in
the spec", "Kipawa6: …", a quotation of an earlier comment. Drupal adds a subject, "Re: Not so
sure", answering the comment whose subject is "Not so sure".

Here such a cue gives a comment a parent only when it names an earlier comment of the same run:
the nearest one by an author the name agrees with ("Walt" of "Walt Henning"), or with that subject,
or holding the quoted words. The name must be one the run's headers gave: on our annotated threads
(``tests/threads/data/addressee``, both sets) every opening cue whose name was an earlier
commenter's addressed that commenter (262 of 262, 31 of them vocatives the resolver alone would
leave below its threshold), so vocatives count whatever their confidence; the opener model counts
at the resolver's threshold (``MIN_CONFIDENCE``), where its out-of-fold figures are recorded.
A greeting or thanks before a name that ends the sentence ("Thanks Jo."), a name closing the
first sentence after a comma ("Fair point, Kerrie.") and a name ending a short opening before its
comma ("Fair enough Jen, …") count the same way. On the annotated threads, where an earlier
commenter has the name, they fire 2, 0 and 10 times, and 2, 0 and 9 of those name the person
addressed (the miss: "Dear Minister Loewen," under a commenter "Loewen_is_lost"); on the text dumps
of holdout sets 1-151 they moved 16, 23 and 19 comments (w3m) each to its key's parent, none to another.
A name answers a comment at most one comment back (``_MAX_BETWEEN``, from the same data): further
back, an opening name more often starts a thread of its own, addressed to that commenter.

A dump keeps page order, depth first: a reply follows its parent's subtree. So a comment can answer
an earlier one only while that one's subtree is still open, that is, no comment between them has
been placed outside it; one that names a comment whose subtree has closed started a thread of its
own and stays top-level. Comments between a reply and the comment it answers must sit somewhere in
that subtree too, but where is a guess, so they stay as they were (on the seventeen holdout sets
the case never arises).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Sequence
from typing import Final

from threads.addressee_cues import (
    MIN_CONFIDENCE,
    NameCue,
    mention,
    names_agree,
    normalise_words,
    quoted_spans,
    vocative,
)
from threads.addressee_opener import opener
from threads.model import ParsedComment
from threads.page_words import GREETING_WORDS, NAME_HONORIFIC_WORDS, alternation
from threads.removed_placeholders import shows_placeholder

# Drupal's subject line answering another: "Re: Not so sure", truncated ("Re: Nobody is tearing").
_RE_SUBJECT: Final = re.compile(r"(?i)^re:\s*(?:re:\s*)*(?P<subject>\S.{0,63}?)[\s.…]*$")
_RE_PREFIX: Final = re.compile(r"(?i)re:")
# A name of one or two words and a respectful word after it at a comment's opening: "राकेश जी,
# आपकी…", "सुनील जी की बात में दम है", "Priya ji, aap…". The honorific marks the words as a
# person's name, addressed or answered, in scripts without capitals; Devanagari's vowel signs are
# no ``\w``, so a name's word is any run without blanks, digits or punctuation.
_HONORED_NAME: Final = re.compile(
    rf"(?i)\s*(?P<name>[^\s\d,.:;!?@\"'“”«»()]+(?:[ \t]+[^\s\d,.:;!?@\"'“”«»()]+)?)[ \t]+"
    rf"{alternation(NAME_HONORIFIC_WORDS)}(?=[\s,.:;!?]|$)"
)
# A greeting or thanks, then a name of one or two words that ends the sentence: "Thanks Jo.",
# "Olá, Cláudia.", "Cheers Pete!" (not "Thanks for that.": the words must be an earlier commenter's).
_GREETED_NAME: Final = re.compile(
    rf"(?i)\s*{alternation(GREETING_WORDS)}[,!]?[ \t]+(?P<name>[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’-]*)?)[ \t]*[.!,;]"
)
_GREETING_SET: Final = frozenset(GREETING_WORDS)
# A name closing the first sentence after a comma ("Same at Ulmarra, bridgey.", "Fair point,
# Kerrie!", "Não concordo, Marcos."): the one addressed, where an earlier comment is by it.
_CLOSING_NAME: Final = re.compile(
    r"\s*[^\n.!?]{1,80}?,[ \t]+(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*)?)[ \t]*[.!?](?:\s|$)"
)
# One to three words, then a name before the first comma ("Fair enough Jen, …").
_OPENING_THEN_NAME: Final = re.compile(r"\s*(?:[^\W\d_][\w'’-]*[ \t]+){1,3}(?P<name>[^\W\d_][\w'’.-]*)[ \t]*,")
# A first line this short may be a subject (Drupal's run to 64 characters) or a row of buttons
# ("▲ 14 ▼ 1 | Reply | Report abuse"); the address then opens the next paragraph.
_MAX_SUBJECT_CHARS: Final = 64
# How many comments may stand between a name cue and the comment it names. On the annotated
# threads' tuning set (``tests/threads/data/addressee/tuning``, laid out flat with their true
# authors) a name-addressed reply had at most one comment between (163 none, 6 one), while the
# top-level comments opening with an earlier commenter's name ("Hi Linda - what do you make of
# …", a new thread) had 3 to 8 between, all but one of them. Held out: 42 of 42 replies kept,
# 3 of 4 such top-level comments left alone.
_MAX_BETWEEN: Final = 1


def nest_by_cues(roots: list[ParsedComment], *, in_time_order: bool = False, quotes_only: bool = False) -> list[ParsedComment]:
    """``roots``, a flat run in page order, with each comment whose words name an earlier comment
    of the run moved under it; unchanged where any comment already has replies (the page nested
    them). ``in_time_order``: the run is a flat system's list by date (Pluck, TypePad: the HTML
    reader's flat pages), not a nested thread printed depth first, so a reply may come any
    number of comments after the one it names, and no subtree closes. ``quotes_only``: only a
    quote of an earlier comment's words places a comment (a list the page printed newest first,
    read back: a name in the text stays text there)."""
    if len(roots) < 2 or any(root.replies and not _is_placeholder(root) for root in roots):
        return roots  # the page nested them (a removed comment's placeholder over its answer aside)
    parent_of: list[int | None] = [None] * len(roots)
    for index in range(len(roots)):
        parent_of[index] = (
            quoted_comment(roots[index].body, roots[:index]) if quotes_only else _named_parent(roots, index, None if in_time_order else parent_of)
        )
    if not any(parent is not None for parent in parent_of):
        return roots
    nested: list[ParsedComment] = []
    for comment, parent in zip(roots, parent_of, strict=True):
        (roots[parent].replies if parent is not None else nested).append(comment)
    return nested


def named_by_cues(roots: list[ParsedComment], parents: list[tuple[str | None, str | None]]) -> None:
    """Fill in ``parents`` (author, subject) of a flat run where the page named the parents of
    some comments but not of others (Coral prints "In reply to" over some replies only): a
    comment that names no parent in the page's words but whose own words name an earlier comment
    answers that comment's author."""
    if len(roots) < 2 or not any(name for name, _subject in parents):
        return
    parent_of: list[int | None] = [None] * len(roots)
    for index in range(len(roots)):
        parent_of[index] = _named_parent(roots, index, parent_of)
        found = parent_of[index]
        if found is not None and parents[index] == (None, None) and roots[found].author_name:
            parents[index] = (roots[found].author_name, None)


def _is_placeholder(comment: ParsedComment) -> bool:
    """A removed comment's placeholder by nobody, kept with the comment under it that answers it."""
    first = comment.body.partition("\n")[0].strip()
    return comment.author_name is None and shows_placeholder(first)


def _named_parent(roots: list[ParsedComment], index: int, parent_of: list[int | None] | None) -> int | None:
    """The earlier comment that ``roots[index]`` names, if its subtree is still open (``parent_of``
    None: a list in time order, where any earlier comment may be answered)."""
    comment = roots[index]
    first, _sep, rest = comment.body.partition("\n")
    subject = _RE_SUBJECT.match(first.strip()) if len(first) <= _MAX_SUBJECT_CHARS + 4 else None
    if subject is not None:
        # "Re: Re: Konečně" answers the latest "Re: Konečně": one "Re:" fewer (a forum's threaded
        # view); failing that, the subject itself.
        depth = len(_RE_PREFIX.findall(first.strip()[: subject.start("subject")]))
        for wanted in dict.fromkeys((depth - 1, 0)):
            found = _latest(index, parent_of, _subject_test(roots, subject.group("subject"), wanted))
            if found is not None:
                return found
    own = comment.author_name
    for cue in _name_cues(comment.body, first, rest):
        for name in cue.names:
            if own is not None and names_agree(name, [own]):
                continue  # nobody answers themselves by name: "Walt" in a comment of Walt's
            found = _latest(index, parent_of, _written_by(roots, name), 0 if parent_of is None else index - 1 - _MAX_BETWEEN)
            if found is not None:
                return found
    for span in quoted_spans(comment.body):
        for k in range(index):
            if span in normalise_words(roots[k].body) and (parent_of is None or _open(k, index, parent_of)):
                return k  # the earliest holding the words: where they were first written
    return None


def parent_named_among(comments: Sequence[ParsedComment | None], index: int) -> int | None:
    """The latest earlier comment (in page order, any depth) by the one whose name
    ``comments[index]`` opens with, else the earliest holding words it quotes, if any."""
    comment = comments[index]
    if comment is None:
        return None
    first, _sep, rest = comment.body.partition("\n")
    own = comment.author_name
    for cue in _name_cues(comment.body, first, rest):
        for name in cue.names:
            if own is not None and names_agree(name, [own]):
                continue
            for k in range(index - 1, -1, -1):
                earlier = comments[k]
                if earlier is not None and earlier.author_name is not None and names_agree(name, [earlier.author_name]):
                    return k
    return quoted_comment(comment.body, comments[:index])  # or the earliest holding the words it quotes (a guest's, unnamed)


def quoted_comment(body: str, earlier: Sequence[ParsedComment | None], among: Container[int] | None = None) -> int | None:
    """The earliest of ``earlier`` (those in ``among``, if given) holding words ``body`` quotes;
    the quote's first words may be its header, inside the quotation marks ("“Anonymous said:
    Another contract for the boys …”", a blockquote opening with its author in bold)."""
    for span in quoted_spans(body):
        words = span.split()  # (a span is its words between blanks: " anonymous said another … ")
        for header in range(min(_QUOTE_HEADER_WORDS, max(len(words) - _MIN_QUOTED_WORDS, _long_words_after(words))) + 1):
            wanted = f" {' '.join(words[header:])} " if header else span
            for k, comment in enumerate(earlier):
                if comment is not None and (among is None or k in among) and wanted in normalise_words(comment.body):
                    return k
    return None


# The most words a quote's header inside it may take ("anonymous said", "gość napisał a"), and the
# fewest the words after it must keep to name their comment.
_QUOTE_HEADER_WORDS: Final = 3
_MIN_QUOTED_WORDS: Final = 6
# ... or, in a script written without spaces between words, the fewest characters and runs they
# must keep ("台北來的: 台北 一碗 也差不多這價錢 台南人 …": the name, then five runs of 22 characters).
_MIN_QUOTED_CHARS: Final = 20
_MIN_QUOTED_RUNS: Final = 4


def _long_words_after(words: list[str]) -> int:
    """How many of a quote's first words may be its header where what follows is long enough in
    characters though few in words (Chinese, Japanese, Thai): one, or none."""
    rest = words[1:]
    return int(len(rest) >= _MIN_QUOTED_RUNS and sum(map(len, rest)) >= _MIN_QUOTED_CHARS)


def _name_cues(body: str, first: str, rest: str) -> list[NameCue]:
    """The opening cues of a comment's text, and of its second paragraph when the first line is
    short enough to be a subject or buttons ("Tile is in the spec" over "Walt, tile is …")."""
    openings = [body]
    if len(first) <= _MAX_SUBJECT_CHARS and rest[:1] == "\n" and rest.strip():
        openings.append(rest.lstrip("\n"))
    cues: list[NameCue] = []
    for text in openings:
        for cue in (
            mention(text), vocative(text), opener(text), _named_cue(_HONORED_NAME.match(text)),
            _named_cue(_GREETED_NAME.match(text)), _named_cue(_CLOSING_NAME.match(text), after_thanks=True),
            _named_cue(_OPENING_THEN_NAME.match(text)),
        ):
            if cue is not None and (cue.kind != "opener" or cue.confidence >= MIN_CONFIDENCE):
                cues.append(cue)
    return cues


def _named_cue(match: re.Match[str] | None, *, after_thanks: bool = False) -> NameCue | None:
    """The name a cue's pattern found at the text's opening (an honorific after it, a greeting
    before it, closing the first sentence, ending a short opening): like a vocative, it counts only
    where an earlier comment of the run is by that name (``_named_parent``). ``after_thanks``: a
    greeting may open the name found ("Found it, thanks Trev.": the name after the thanks)."""
    if match is None:
        return None
    name = match.group("name").rstrip(".")
    first, blank, rest = name.partition(" ")
    if after_thanks and blank and first.casefold() in _GREETING_SET:
        name = rest
    return NameCue((name,), 0.7, match.group(0).strip(), "vocative")


def _written_by(roots: list[ParsedComment], name: str) -> Callable[[int], bool]:
    def test(k: int) -> bool:
        author = roots[k].author_name
        return author is not None and names_agree(name, [author])

    return test


def _subject_test(roots: list[ParsedComment], subject: str, depth: int) -> Callable[[int], bool]:
    def test(k: int) -> bool:
        return _subject_matches(roots[k].body, subject, depth)

    return test


def _subject_matches(body: str, subject: str, depth: int = 0) -> bool:
    """Whether ``body`` opens with the subject a "Re:" names, after ``depth`` "Re:"s of its own;
    either may be cut short at a word ("Re: Nobody is tearing" for "Nobody is tearing anything
    down", "They post them, just three…")."""
    line = body.partition("\n")[0].strip()
    if not line or len(line) > _MAX_SUBJECT_CHARS + 4 * (depth + 1):
        return False
    if depth:
        own_re = _RE_SUBJECT.match(line)
        if own_re is None or len(_RE_PREFIX.findall(line[: own_re.start("subject")])) != depth:
            return False
        line = own_re.group("subject")
    elif line[:3].casefold() == "re:":
        return False
    cut = line.endswith(("…", "..."))
    own = line.rstrip(".…").rstrip().casefold()
    wanted = subject.rstrip(".…").rstrip().casefold()
    if not own or not wanted:
        return False
    return own == wanted or own.startswith(wanted + " ") or (cut and wanted.startswith(own))


def _latest(index: int, parent_of: list[int | None] | None, test: Callable[[int], bool], first: int = 0) -> int | None:
    """The nearest comment before ``index``, from ``first`` on, that passes ``test`` and whose
    subtree is open."""
    for k in range(index - 1, max(first, 0) - 1, -1):
        if test(k) and (parent_of is None or _open(k, index, parent_of)):
            return k
    return None


def _open(target: int, index: int, parent_of: list[int | None]) -> bool:
    """Whether a comment at ``index`` may answer the one at ``target`` in depth-first order: no
    comment between them has been placed outside ``target``'s subtree (its line of parents steps
    over ``target`` to an earlier comment). One whose place is unknown may still be inside."""
    for between in range(target + 1, index):
        node = between
        while node > target:
            parent = parent_of[node]
            if parent is None:
                break
            node = parent
        if node < target:
            return False
    return True
