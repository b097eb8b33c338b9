"""What the ninety-fifth blind round (sets 412-415, 232/240 parents blind) showed the HTML reader:
Disqus saved in a frame's ``srcdoc`` read as nothing (set 415, 8 comments): its tab
"li#comment-count.nav-tab" ("8 comentarios") matched WordPress's "li[id^='comment-']", and the
thread's comments were filed under it and dropped with it; a Portuguese statement "Todos os
horários são de Brasília" (set 415, 7 times); Hebrew "גולש" (surfer), a talkback's name for a
reader who gave none (set 414)."""

from __future__ import annotations

import pytest

from tests.threads.holdout_figures import set_figures, stated_offsets
from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.model import walk


def test_disqus_with_its_count_tab_in_a_saved_frame() -> None:
    def post(ident: int, name: str, text: str, replies: str = "") -> str:
        return (f'&lt;li class=&quot;post&quot; id=&quot;post-{ident}&quot;&gt;&lt;div class=&quot;post-content&quot;&gt;'
                f'&lt;span class=&quot;author&quot;&gt;&lt;a href=&quot;https://disqus.com/by/u{ident}/&quot;&gt;{name}&lt;/a&gt;&lt;/span&gt; '
                f'&lt;a class=&quot;time-ago&quot; href=&quot;#comment-{ident}&quot; title=&quot;sábado, 2 de abril de 2022 19:42&quot;&gt;hace 2 años&lt;/a&gt;'
                f'&lt;div class=&quot;post-message&quot;&gt;&lt;p&gt;{text}&lt;/p&gt;&lt;/div&gt;&lt;/div&gt;{replies}&lt;/li&gt;')

    children = f'&lt;ul class=&quot;children&quot;&gt;{post(2, "Toño Bañuelos", "Ya era hora, pero el boleto subió al doble.")}&lt;/ul&gt;'
    frame = ('&lt;html&gt;&lt;body&gt;&lt;div id=&quot;posts&quot;&gt;&lt;div class=&quot;nav&quot;&gt;&lt;ul&gt;'
             '&lt;li id=&quot;comment-count&quot; class=&quot;nav-tab nav-tab--primary tab-conversation active&quot;&gt;&lt;a&gt;3 comentarios&lt;/a&gt;&lt;/li&gt;'
             '&lt;/ul&gt;&lt;/div&gt;&lt;ul id=&quot;post-list&quot; class=&quot;post-list&quot;&gt;'
             + post(1, "Rocío Mtz", "¡Por fin! Ya era hora de que lo abrieran, mis hijos nunca se han subido.", children)
             + post(3, "Guadalupe R.", "Qué bueno que lo abrieron antes de Semana Santa.")
             + '&lt;/ul&gt;&lt;/div&gt;&lt;/body&gt;&lt;/html&gt;')
    page = (f'<html lang="es-MX"><body><article><h1>Reabre el Teleférico</h1><p>{"El teleférico vuelve a operar tras dos años. " * 8}</p></article>'
            f'<section class="comments-area"><div id="disqus_thread"><iframe title="Disqus" srcdoc="{frame}"></iframe></div></section></body></html>')
    read = [(c.external_id, len(path), c.author_name) for path, c in walk(parse_html(page).comments)]
    assert read == [("post-1", 1, "Rocío Mtz"), ("post-2", 2, "Toño Bañuelos"), ("post-3", 1, "Guadalupe R.")]


@pytest.mark.parametrize(
    ("note", "language", "offsets"),
    [("Todos os horários são de Brasília.", "pt-BR", (-3.0, -3.0)), ("Todos os horários são de Brasília.", "pt", (-3.0, -3.0))],
)
def test_a_portuguese_statement_naming_brasilia(note: str, language: str, offsets: tuple[float, float]) -> None:
    assert stated_offsets(note, language) == offsets


@pytest.mark.parametrize(("shown", "name"), [("גולש", None), ("גולשת", None), ("גולש מחיפה", "גולש מחיפה")])
def test_a_talkbacks_surfer_is_nobody(shown: str, name: str | None) -> None:
    assert clean_name(shown) == name


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The ninety-fifth round (reader at 193d4b8): 232/240 parents blind (96.7%); blind figures in brackets.
        ("html_holdout412", (61, 61, 61, 61, 61, 0)),  # (61, 61, 61, 61, 61, 0)
        ("html_holdout413", (64, 64, 64, 64, 64, 0)),  # (64, 64, 64, 64, 64, 0)
        ("html_holdout414", (56, 56, 56, 56, 56, 0)),  # (56, 56, 56, 55, 56, 0)
        ("html_holdout415", (59, 59, 59, 59, 59, 0)),  # (59, 51, 51, 51, 44, 0)
    ],
)
def test_the_sets_of_the_ninety_fifth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
