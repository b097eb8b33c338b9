"""Disqus 2's thread as the Wayback Machine kept it, printed by w3m (#15): no heading and no times
(its script drew them), each comment a list item whose first line is the commenter's name alone
over a blank line, replies nested, and "blog comments powered by Disqus" at no indent under the
thread, the site's boxes under that. A "Leia também" list and the story's tags above. Dumps
written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE
from threads.model import walk
from threads.page_bare_names import names_over_text
from threads.page_bounds import is_thread_end
from threads.page_parser import parse_page

# (w3m prints the blank line under each name as the item's indent in spaces)
_THREAD = """  • Joana Prates
{pad3}
    Seis meses de obra na avenida e nenhuma linha de ônibus alternativa. Quem
    trabalha no centro vai sofrer.

      □ Ricardo V.
{pad7}
        A linha 31 passa pela rua de trás, Joana. Demora mais, mas resolve.

          ☆ Joana Prates
{pad11}
            Ricardo, a 31 passa de hora em hora. Não resolve nada.

  • Helena_Campos
{pad3}
    Pelo menos vão refazer a calçada, que estava um perigo.

""".format(pad3=" " * 3, pad7=" " * 7, pad11=" " * 11)

_PAGE = (
    ARTICLE
    + """Leia também

  • Prefeitura anuncia obras na avenida
  • Comerciantes pedem desconto no IPTU

Tags: obras, trânsito

"""
    + _THREAD
    + """blog comments powered by Disqus

  • Comentários recentes

      □ Joana Prates em Obras na avenida começam na segunda
      □ Helena_Campos em Obras na avenida começam na segunda
  • Mais lidas

     1. Obras na avenida começam na segunda
     2. Festival de inverno divulga atrações

© 2012 Jornal da Serra

Expediente | Fale conosco | RSS
"""
)


def test_disqus_2_kept_by_the_wayback_machine() -> None:
    comments = parse_page(_PAGE).comments
    assert [(path, c.author_name, c.body[:24]) for path, c in walk(comments)] == [
        ((0,), "Joana Prates", "Seis meses de obra na av"),
        ((0, 0), "Ricardo V.", "A linha 31 passa pela ru"),
        ((0, 0, 0), "Joana Prates", "Ricardo, a 31 passa de h"),
        ((1,), "Helena_Campos", "Pelo menos vão refazer a"),
    ]


def test_disqus_2s_last_line() -> None:
    assert is_thread_end("blog comments powered by Disqus")
    assert is_thread_end("Powered by Disqus")
    assert not is_thread_end("comments powered by our readers")


def test_a_buttons_label_over_every_comment_is_no_name() -> None:
    """Dreamwidth prints "Thread" (a link) over each comment: one line over most comments is a
    label, not a name, and the comments keep their text."""
    page = ARTICLE + "".join(
        f"  • Thread\n   \n    {text}\n\n" for text in ("First reply here.", "Second one, Thread says.", "A third.")
    ) + "blog comments powered by Disqus\n"
    comments = parse_page(page).comments
    assert all(c.author_name is None for _, c in walk(comments))


def test_names_over_text_needs_the_whole_section() -> None:
    """A comment whose first line is short and alone is no name unless every comment opens so."""
    from threads.model import ParsedComment

    roots = [
        ParsedComment(body="Marta Ruiz\n\nNo estoy de acuerdo."),
        ParsedComment(body="Totalmente de acuerdo con Marta en esto, la verdad."),
        ParsedComment(body="Pedro\n\nMarta, tienes razón."),
    ]
    assert [c.author_name for c in names_over_text(roots)] == [None, None, None]


_REACTIONS = (
    ARTICLE
    + """Add New Comment

Showing 3 comments

Sort by [Oldest first]

  • [noavatar32]
    HarbourWatcher 2 days ago

    The ferry timetable change leaves the early shift with nothing before seven.

    Reply
  • [avatar32]
    Dana K. 2 days ago

    There is the 6:40 from the east pier, though it is slower.

    Reply
  • [noavatar32]
    pier_regular 1 day ago

    Thanks, I had missed that one.

    Reply

Load more comments

Reactions

  • harbournews

    Ferry timetable shake-up leaves early shift stranded http://bit.ly/x
    #harbour

    From Twitter · 2 days ago

  • Pier Blog » Timetable woes

    [...] the Courier reports the early crossing is going [...]

    Trackback · 2 days ago

blog comments powered by Disqus
"""
)


def test_disqus_2s_reactions_box_is_no_comment_list() -> None:
    """Its "Reactions" heading (a comments heading on many sites) heads tweets and trackbacks, each
    closed by its source line: the comments are under "Showing 3 comments" above it."""
    comments = parse_page(_REACTIONS).comments
    assert [c.author_name for _, c in walk(comments)] == ["HarbourWatcher", "Dana K.", "pier_regular"]


def test_disqus_2_without_its_last_line_above_a_sidebar_and_a_footer() -> None:
    """No heading, no stamp, no "powered by Disqus" line: the run of items each opening with a name
    over its text (a name written twice), up to the sidebar's search box; a guest is nobody."""
    page = (
        ARTICLE
        + "This entry was posted in Local News. Bookmark the permalink.\n\n"
        + _THREAD.replace("Helena_Campos", "Guest")
        + """  • Search for:[                    ][Search]
  • Recent Comments

      □ Joana Prates

        Ricardo, a 31 passa de hora em hora.

        Obras na avenida · 5 hours ago

Jornal da Serra · Rua Direita 101, Centro, Serra Alta, SP 12900-000
Proudly powered by WordPress.
"""
    )
    comments = parse_page(page).comments
    assert [(path, c.author_name) for path, c in walk(comments)] == [
        ((0,), "Joana Prates"),
        ((0, 0), "Ricardo V."),
        ((0, 0, 0), "Joana Prates"),
        ((1,), None),
    ]
    assert comments[1].body == "Pelo menos vão refazer a calçada, que estava um perigo."


def test_avatar_letters_over_names_are_not_names() -> None:
    """NodeBB prints each avatar's letter as the item's first line ("• M" over "maggie.o"): no run
    of names."""
    page = ARTICLE + "".join(
        f"  • {name[0].upper()}\n    {name}\n    {when}\n\n    {text}\n\n"
        for name, when, text in (
            ("maggie.o", "2 days ago", "The district is cutting the route again."),
            ("derek_w", "2 days ago", "Maggie, they cut it in 2019 too."),
            ("maggie.o", "1 day ago", "And brought it back in 2020."),
        )
    )
    assert [c.author_name for _, c in walk(parse_page(page).comments)] == ["maggie.o", "derek_w", "maggie.o"]
