"""What the ninety-sixth blind round (sets 416-419, 234/243 parents blind) showed the HTML reader:
Commentics' reply boxes, their text in "div.cmtx_content_area.reply" ("reply" a modifier beside
the content box's name, read as a reply button's furniture: set 416, 4 replies read empty); an
Italian paper's 2009 signature under the text, "scritto da <b>X</b> il 12/03/2009 alle 18:42" in
"div.commento_firma" (set 419, authors and times); Macedonian Drupal's "(непотврден)" (set 419);
a Japanese board's "No.4" in bold before the name, "＞＞2" in full-width signs linking the post
answered, and a name of eight characters in bold not taken for the text (set 418)."""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.threads.holdout_figures import set_figures
from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.model import walk


def _read(page: str) -> list[tuple[str | None, str | None, str | None, datetime | None, str]]:
    ids: dict[tuple[int, ...], str | None] = {}
    rows = []
    for path, c in walk(parse_html(page).comments):
        ids[path] = c.external_id
        rows.append((c.external_id, ids.get(path[:-1]), c.author_name, c.created_at.replace(tzinfo=None) if c.created_at else None, c.body))
    return rows


def test_commentics_reply_text_in_a_box_marked_reply() -> None:
    def box(ident: int, name: str, text: str, reply: bool = False, replies: str = "") -> str:
        extra = " reply" if reply else ""
        return (f'<div id="cmtx_perm_{ident}" class="cmtx_comment_box cmtx_clear{" cmtx_reply_box" if reply else ""}" data-cmtx-comment-id="{ident}">'
                f'<div class="cmtx_content_area{extra}"><div class="cmtx_main_area"><div class="cmtx_user_area"><span class="cmtx_name">'
                f'<span class="cmtx_name_text">{name}</span></span></div><div class="cmtx_comment_area">{text}</div>'
                f'<div class="cmtx_date_area"><span class="cmtx_date">05/04/2025 1{ident % 10}:40</span></div>'
                f'<div class="cmtx_reply_area"><a href="#" class="cmtx_reply_link">Reply</a></div></div></div>'
                f'{f"<div class=cmtx_reply_boxes>{replies}</div>" if replies else ""}</div>')

    page = (f'<html lang="en-AU"><body><h1>Pool reopens</h1><p>{"The Moree artesian pool reopens on Saturday. " * 8}</p>'
            f'<div class="cmtx_comments_container">'
            + box(41, "Shaz from Mehi St", "Finally! Eighteen months of driving to Narrabri for a swim.",
                  replies=box(43, "Greg Blackmore", "Hi Shaz, council says the program pool is open from 6am.", reply=True))
            + box(44, "Darren W", "Twenty dollars for a family pass is too much for a town pool.") + "</div></body></html>")
    assert [(ident, parent, body.split()[0]) for ident, parent, _, _, body in _read(page)] == [
        ("cmtx_perm_41", None, "Finally!"), ("cmtx_perm_43", "cmtx_perm_41", "Hi"), ("cmtx_perm_44", None, "Twenty"),
    ]


def test_an_italian_signature_under_the_text() -> None:
    def comment(ident: int, number: int, name: str, stamp: str, text: str) -> str:
        return (f'<a name="commento-{ident}" id="commento-{ident}"></a><table class="commento" width="100%"><tr>'
                f'<td class="commento_num"><a href="#commento-{ident}">#{number}</a></td><td class="commento_testo"><p>{text}</p>'
                f'<div class="commento_firma">scritto da <b>{name}</b> il {stamp}</div></td></tr></table>')

    page = (f'<html lang="it"><body><h1>ZTL in centro</h1><p>{"Da lunedì la zona a traffico limitato si allarga. " * 8}</p>'
            + comment(4512, 1, "Giorgio B.", "12/03/2009 alle 18:42", "Finalmente! Corso Umberto alle sei di sera sembra una tangenziale.")
            + comment(4515, 2, "Lucia_Lodi", "12/03/2009 alle 20:31", "E i negozi del centro chi li salva? La gente va al centro commerciale.")
            + "</body></html>")
    assert [(author, created) for _, _, author, created, _ in _read(page)] == [
        ("Giorgio B.", datetime(2009, 3, 12, 18, 42)), ("Lucia_Lodi", datetime(2009, 3, 12, 20, 31)),
    ]


@pytest.mark.parametrize(("shown", "name"), [("Горан (непотврден)", "Горан"), ("Анонимен (непотврден)", None)])
def test_macedonian_not_confirmed(shown: str, name: str | None) -> None:
    assert clean_name(shown) == name


def test_a_japanese_board_numbering_its_posts() -> None:
    def post(ident: int, number: int, name: str, text: str, answers: tuple[int, int] | None = None) -> str:
        link = f'<a href="#c-{answers[0]}" style="color:rgb(0, 102, 204);">＞＞{answers[1]}</a><br>' if answers else ""
        return (f'<div id="c-{ident}" style="border-bottom:1px solid rgb(221, 221, 221);padding:10px 0;">'
                f'<div style="font-size:13px;"><span style="font-weight:bold;color:rgb(0, 75, 145);">No.{number}</span>　'
                f'<span style="font-weight:bold;">{name}</span>　<span style="color:rgb(136, 136, 136);">2025/01/17(金) 0{number}:31</span></div>'
                f'<div style="margin-top:6px;line-height:1.7;">{link}{text}</div></div>')

    page = (f'<html lang="ja"><body><h1>駿府城跡の発掘調査</h1><p>{"天守台の発掘調査が続いています。" * 10}</p><div>'
            + post(88201, 1, "駿府っ子", "天守台の石垣が見られなくなるのは残念です。")
            + post(88202, 2, "茶畑ママ", "発掘は大事だけど、観光客への説明板をもっと増やしてほしい。")
            + post(88208, 3, "静岡市歴史文化課", "ご意見ありがとうございます。見学デッキから発掘現場をご覧いただけます。", answers=(88201, 1))
            + "</div></body></html>")
    assert [(ident, parent, author, body[:6]) for ident, parent, author, _, body in _read(page)] == [
        ("c-88201", None, "駿府っ子", "天守台の石垣"),
        ("c-88208", "c-88201", "静岡市歴史文化課", "ご意見ありが"),
        ("c-88202", None, "茶畑ママ", "発掘は大事だ"),
    ]


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The ninety-sixth round (reader at 1bc4195): 234/243 parents blind (96.3%); blind figures in brackets.
        ("html_holdout416", (57, 57, 57, 57, 57, 0)),  # (57, 53, 53, 53, 53, 4)
        ("html_holdout417", (64, 64, 64, 64, 64, 0)),  # (64, 64, 64, 64, 64, 0)
        ("html_holdout418", (63, 63, 63, 63, 63, 0)),  # (63, 63, 59, 55, 63, 0)
        ("html_holdout419", (59, 59, 59, 59, 59, 0)),  # (59, 59, 58, 51, 52, 0)
    ],
)
def test_the_sets_of_the_ninety_sixth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
