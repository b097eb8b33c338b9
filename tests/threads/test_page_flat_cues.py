"""Who answers whom in a flat run, from what the comments say (``threads.page_flat_cues``).

Small dumps written for these tests, shaped as w3m and lynx print Drupal 10 Olivero and a
block-built newspaper CMS: a name over a date, a subject, the text, a "Reply" link; nothing
nested, nothing saying "In reply to".
"""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE
from threads.model import walk
from threads.page_parser import parse_page


def _drupal(*comments: tuple[str, str, str, str]) -> str:
    """A Drupal Olivero dump: (author, time, subject, text) per comment, every one with a link."""
    blocks = [
        f"{author}'s picture\n\n{author}\n\nSat, 03/08/2025 - {time} CST\n\n{subject}\n\n{text}\n\n  • Reply\n"
        for author, time, subject, text in comments
    ]
    return ARTICLE + "Comments\n\n" + "\n".join(blocks) + "\nAdd new comment\n\nYour name[                ]\n[Save]\n"


def _parents(text: str) -> list[tuple[str | None, str | None]]:
    """(author, the parent's author) per comment, in page order."""
    found = list(walk(parse_page(text).comments))
    by_path = {path: comment for path, comment in found}
    found.sort(key=lambda item: item[1].line or 0)
    return [(c.author_name, by_path[path[:-1]].author_name if len(path) > 1 else None) for path, c in found]


def test_a_vocative_answers_the_nearest_earlier_comment_by_that_name() -> None:
    """"Hugo, …" under its subject answers Hugo Brandt's latest comment above it, not his first,
    and the comment between (no cue) stays where the page left it."""
    text = _drupal(
        ("Hugo Brandt", "08:10", "Gravel again", "The gravel on Mill Lane washes out every spring and nobody fixes the ditch."),
        ("Irene Falk", "08:40", "Budget", "The county put culverts in the budget last year and then moved the money."),
        ("Hugo Brandt", "09:05", "Moved where", "Moved it to the courthouse roof, if I remember the minutes right."),
        ("Olaf Strand", "09:30", "Roof", "Hugo, the roof money came from a separate state grant, not the road fund."),
    )
    assert _parents(text) == [
        ("Hugo Brandt", None), ("Irene Falk", None), ("Hugo Brandt", None), ("Olaf Strand", "Hugo Brandt"),
    ]
    tree = parse_page(text).comments
    assert [c.body.split("\n")[0] for c in tree[2].replies] == ["Roof"]


def test_re_subject_answers_the_comment_with_that_subject_also_cut_short() -> None:
    """Drupal's "Re: <subject>", also cut at a word ("Re: Nobody reads the"), names the comment
    whose subject it repeats, not another "Re:" line."""
    text = _drupal(
        ("Pia Lund", "10:00", "Nobody reads the agenda", "Nobody reads the agenda before the meeting and then everyone is surprised."),
        ("Tom Rask", "10:20", "Re: Nobody reads the", "It goes up on Friday night for a Monday meeting, so who could read it."),
        ("Ada Moe", "10:45", "Posted late", "The packet was posted late again, forty pages on a Sunday."),
        ("Pia Lund", "11:05", "Re: Posted late", "Forty pages is nothing. Page 12 had the culvert contract this week."),
    )
    assert _parents(text) == [("Pia Lund", None), ("Tom Rask", "Pia Lund"), ("Ada Moe", None), ("Pia Lund", "Ada Moe")]


def test_a_named_comment_whose_subtree_has_closed_is_not_answered() -> None:
    """Depth first: Nils answers Irene, so Hugo's comment between them sits in Irene's subtree and
    Hugo's own subtree has closed; Greta's later "Hugo, …" addresses him from a thread of its own
    and stays top-level."""
    text = _drupal(
        ("Irene Falk", "08:10", "Budget", "The county put culverts in the budget last year and then moved the money."),
        ("Hugo Brandt", "08:40", "Gravel again", "The gravel on Mill Lane washes out every spring and nobody fixes the ditch."),
        ("Nils Ek", "09:00", "Which year", "Irene, which budget year was that? I cannot find it in the minutes."),
        ("Greta Holm", "09:30", "Mill Lane", "Hugo, you should see Birch Road. Mill Lane is a motorway by comparison."),
    )
    assert _parents(text) == [
        ("Irene Falk", None), ("Hugo Brandt", None), ("Nils Ek", "Irene Falk"), ("Greta Holm", None),
    ]


def test_names_that_no_commenter_in_the_run_had_give_no_parent() -> None:
    """"Voss, …" names a councillor from the story, nobody who commented; a commenter naming
    himself answers nobody. Only the "@Irene" mention finds a parent."""
    text = _drupal(
        ("Hugo Brandt", "08:10", "Gravel again", "The gravel on Mill Lane washes out every spring and nobody fixes the ditch."),
        ("Irene Falk", "08:40", "Councillor", "Voss, for one, voted against the culverts twice. Look it up."),
        ("Lars Berg", "09:00", "Second vote", "@Irene which meeting was the second vote at?"),
        ("Hugo Brandt", "09:20", "Me again", "Hugo, your own worst enemy as usual: I forgot the photos."),
    )
    assert _parents(text) == [("Hugo Brandt", None), ("Irene Falk", None), ("Lars Berg", "Irene Falk"), ("Hugo Brandt", None)]


def test_a_quotation_of_an_earlier_comment_answers_it() -> None:
    """A newspaper CMS's flat cards (name, date line, text, buttons): a reply that quotes six or
    more words of an earlier comment answers it."""
    text = ARTICLE + "Reader comments (3)\n\n" + "\n".join(
        f"{author}\n{stamp}\n\n{body}\n\nReply · Report\n"
        for author, stamp, body in (
            ("Maud Keller", "March 8, 2025 9:12 a.m.", "The new bus lanes will be empty half the day and jammed the other half."),
            ("Rolf Haas", "March 8, 2025 9:40 a.m.", "Buses every ten minutes is what the council promised at the hearing."),
            ("Edda Voss", "March 8, 2025 10:05 a.m.", "\u201cempty half the day and jammed the other half\u201d describes every road in town."),
        )
    ) + "\nPost a comment\n\n______________________________\nSubmit\n"
    assert _parents(text) == [("Maud Keller", None), ("Rolf Haas", None), ("Edda Voss", "Maud Keller")]


def test_a_name_further_back_than_the_data_allows_stays_top_level() -> None:
    """"Hugo, …" three comments after Hugo's only comment opens a thread of its own addressed to
    him (as the annotated threads' top-level comments do), while "Greta, …" right under Greta's
    comment answers it."""
    text = _drupal(
        ("Hugo Brandt", "08:10", "Gravel again", "The gravel on Mill Lane washes out every spring and nobody fixes the ditch."),
        ("Irene Falk", "08:40", "Budget", "The county put culverts in the budget last year and then moved the money."),
        ("Greta Holm", "09:00", "Birch Road", "Birch Road is worse than Mill Lane, and it has the school bus on it."),
        ("Nils Ek", "09:30", "School bus", "Greta, the school bus moved to Elm Street in January because of that."),
        ("Ada Moe", "09:50", "A question", "Hugo, did you ever get an answer from the road foreman about the ditch?"),
    )
    assert _parents(text) == [
        ("Hugo Brandt", None), ("Irene Falk", None), ("Greta Holm", None), ("Nils Ek", "Greta Holm"), ("Ada Moe", None),
    ]
