"""What the fifty-first blind round (sets 236-239, 240/246 parents blind) showed the HTML reader:
Changyan's "build-floor" stacks; a reply naming a guest by the word for nobody ("湖北省宜昌市网友"
in the floors, "@anonimo:" opening a flat list's reply) answers the latest comment by nobody
named, not a removed comment's placeholder; a newsroom's name that is its article and a badge's
word ("la Redazione"); Coral's "coral-deletedTombstoneContainer"; zones stated as "Times are …
(SAST, GMT+2)", in Korean with the abbreviation before the offset, in Slovak by a city in brackets,
in Portuguese and Italian; archive.today's copies of a quote box, a badge before the date and a
placeholder in italics. Pages written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.threads.holdout_figures import set_figures
from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.model import walk
from threads.zone_statements import stated_zone

_STORY = f"<h1>Il tram torna in via Roma</h1><p>{'I lavori per la nuova linea finiranno in primavera. ' * 25}</p>"


def _page(comments: str, lang: str = "it") -> str:
    return f"<!doctype html><html lang='{lang}'><head><title>Story</title></head><body><article>{_STORY}</article>{comments}</body></html>"


def test_floors_stacked_in_build_floor_boxes_name_the_comment_answered() -> None:
    """Changyan: each reply stacks the comments it answers in nested "build-floor" boxes; the
    outermost box's own head is the comment answered, here a guest shown by region ("…网友")."""
    def comment(number: int, name: str, text: str, floors: str = "") -> str:
        stack = f'<div class="module-cmt-float">{floors}</div>' if floors else ""
        return (f'<div class="clear-g block-cont-gw" id="cmt_{number}"><div class="block-right-gw">'
                f'<div class="block-title-gw"><span class="user-name-gw"><a>{name}</a></span></div>{stack}'
                f'<div class="wrap-issue-gw"><span class="wrap-word-gw">{text}</span></div>'
                f'<div class="wrap-action-gw"><span class="time-gw">2024年5月30日 20:{number % 60:02d}</span>'
                f'<a class="reply-btn-gw">回复</a></div></div></div>')

    def floor(name: str, number: int, text: str, inner: str = "") -> str:
        return (f'<div class="build-floor-gw">{inner}<div class="floor-head-gw"><span class="floor-name-gw">{name}</span>'
                f'<span class="floor-num-gw">[{number}楼]</span></div><div class="floor-word-gw">{text}</div></div>')

    first, second = "夜市终于回来了，支持！以前二马路的烧烤是一绝。", "停车位够不够？上次去转了半小时。"
    page = _page(
        '<div id="SOHUCS"><div class="list-block-gw">'
        + comment(1001, "江城老张", first)
        + comment(1002, "湖北省宜昌市网友", second, floor("江城老张", 1, first))
        + comment(1003, "三峡小鱼", "可以坐B1路快速公交，到滨江公园站下就是。",
                  floor("湖北省宜昌市网友", 2, second, floor("江城老张", 1, first)))
        + "</div></div>",
        lang="zh-CN",
    )
    assert [(path, c.external_id, c.author_name) for path, c in walk(parse_html(page).comments)] == [
        ((0,), "cmt_1001", "江城老张"), ((0, 0), "cmt_1002", None), ((0, 0, 0), "cmt_1003", "三峡小鱼"),
    ]


def test_a_flat_reply_to_anonimo_answers_the_latest_comment_by_nobody_not_a_removed_one() -> None:
    def comment(number: int, name: str, text: str) -> str:
        return (f'<div class="commento" id="c{number}"><div class="firma_commento">Scritto da <b>{name}</b> '
                f'il 24 marzo 2007 alle 18:{number % 60:02d}</div><div class="testo_commento">{text}</div></div>')

    page = _page(
        '<div id="commenti"><h3>Commenti</h3>'
        + comment(10452, "Bepi", "Finalmente il tram arriva anche in via Roma, era ora davvero.")
        + comment(10455, "anonimo", "Chi paga la manutenzione dei mezzi nei prossimi anni, il comune?")
        + comment(10459, "anonimo", "Questo commento è stato rimosso dalla redazione.")
        + comment(10470, "la Redazione", "@anonimo: la manutenzione è a carico del costruttore per i primi anni.")
        + "</div>"
    )
    comments = {c.external_id: (path, c) for path, c in walk(parse_html(page).comments)}
    assert comments["c10470"][0] == (*comments["c10455"][0], 0)
    assert comments["c10470"][1].author_name == "la Redazione"


def test_a_newsroom_named_by_its_article_and_a_badge_word_keeps_its_name() -> None:
    assert clean_name("la Redazione") == "la Redazione"
    assert clean_name("Die Redaktion") == "Die Redaktion"
    assert clean_name("The Editor") == "The Editor"
    assert clean_name("Bob Moderator") == "Bob"


def test_coral_deleted_tombstone_container_keeps_its_place() -> None:
    def container(suffix: str, indent: int, inner: str, replies: str = "") -> str:
        listing = f'<div class="coral coral-replyList">{replies}</div>' if replies else ""
        return (f'<div id="comment-3f1c{suffix}" class="coral coral-comment-container"><div class="coral coral-indent '
                f'coral-indent-{indent}">{inner}</div>{listing}</div>')

    def article(suffix: str, name: str, text: str, minute: int) -> str:
        return (f'<div role="article" class="coral coral-comment"><div class="coral coral-comment-username">'
                f'<button class="coral coral-username">{name}</button></div><a class="coral coral-timestamp">'
                f'<time datetime="2024-03-30T19:{minute:02d}:00.000Z">2 dni temu</time></a>'
                f'<div class="coral coral-content coral-comment-content"><p>{text}</p></div></div>')

    tombstone = '<div class="coral coral-deletedTombstoneContainer">Ten komentarz nie jest już dostępny.</div>'
    page = _page(
        '<div id="coral_thread"><div class="coral coral-comments-list">'
        + container("01", 0, article("01", "kielczanin_78", "Wiaty ładne, tylko czemu bez koszy na śmieci w środku?", 12),
                    container("02", 1, tombstone, container("03", 2, article("03", "Ania", "Kosze mają być w kwietniu, tak pisało.", 40))))
        + "</div></div>",
        lang="pl",
    )
    assert [(path, c.external_id) for path, c in walk(parse_html(page).comments)] == [
        ((0,), "comment-3f1c01"), ((0, 0), "comment-3f1c02"), ((0, 0, 0), "comment-3f1c03"),
    ]


def _classless(number: int, name: str, inner: str, badge: str = "") -> str:
    """A comment as archive.today saves it: classes written out as style."""
    tag = f'<span style="background-color:rgb(200, 16, 46);font-size:10px;">{badge}</span>' if badge else ""
    return (f'<div id="comment-{number}" style="border-bottom:1px solid rgb(221, 221, 221);padding:14px 0px;">'
            f'<div style="font-size:13px;"><a href="/profil/{number}" style="font-weight:700;">{name}</a>{tag} '
            f'<span style="margin-left:8px;">Le 27/10/2024 à 1{number % 10}h05</span></div>{inner}</div>')


def _text(words: str) -> str:
    return f'<div style="font-size:15px;line-height:22px;">{words}</div>'


def test_a_classless_quote_box_a_badge_before_the_date_and_a_placeholder_in_italics() -> None:
    """archive.today's copy of a paper's own list: a quote box known only by its bar on the left
    and its "X a écrit :" head; a staff badge between the name and the date; a moderated
    comment's placeholder in italics, with its time over it."""
    quote = ('<div style="border-left:3px solid rgb(204, 204, 204);padding:4px 10px;"><div style="font-weight:700;">'
             "Sandrine L. a écrit :</div>« Les travaux sont nécessaires, les lignes datent des années 80. »</div>")
    page = _page(
        "<div>"
        + _classless(1, "Sandrine L.", _text("Les travaux sont nécessaires, les lignes datent des années 80."))
        + _classless(2, "Rédaction", _text("Bonjour, une réunion publique est prévue le 5 novembre à la salle du Temps-Libre."), badge="Journaliste")
        + _classless(3, "Gégé_Limoges", "<div><em>Ce commentaire a été modéré car il ne respectait pas la charte de la communauté.</em></div>")
        + _classless(4, "Jean-Pierre87", quote + _text("Nécessaires oui, mais pas en même temps que le chantier de la place Jourdan."))
        + "</div>",
        lang="fr",
    )
    comments = {c.external_id: c for _path, c in walk(parse_html(page).comments)}
    assert comments["comment-2"].author_name == "Rédaction"
    assert comments["comment-2"].body.startswith("Bonjour, une réunion publique")
    assert comments["comment-3"].created_at == datetime(2024, 10, 27, 13, 5, tzinfo=UTC)
    assert comments["comment-4"].body.startswith("\u201cSandrine L. a écrit :\u201d")


@pytest.mark.parametrize(
    ("footer", "language", "offset_hours"),
    [
        ("Times are South African Standard Time (SAST, GMT+2). Comments are the opinion of readers.", "en-ZA", 2),
        ("※ 기사 및 댓글의 모든 시간은 한국 표준시(KST, UTC+9) 기준입니다.", "ko", 9),
        ("Všetky časy sú uvedené v miestnom čase (Bratislava, SEČ/SELČ).", "sk", 2),
        ("Horários dos comentários no horário de Brasília", "pt-BR", -3),
        ("Gli orari dei commenti sono indicati in ora italiana", "it", 2),
    ],
)
def test_a_zone_stated_in_a_footer(footer: str, language: str, offset_hours: int) -> None:
    zone = stated_zone(f"<footer><p>{footer}</p></footer>", language=language)
    assert zone is not None and datetime(2024, 7, 1, 12, 0, tzinfo=zone).utcoffset() == timedelta(hours=offset_hours)


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The fifty-first round (reader at c78b74b): 240/246 parents blind (97.6%): set 238's
        # Changyan floors in "build-floor" boxes, set 239's "@anonimo:" in a flat list, set 237's
        # Coral tombstone in a "deletedTombstoneContainer"; set 237's staff badge between a name
        # and its date, a quote box without class and a moderated comment's time in archive.today's
        # copy. Left: the quote's own words in « » read as the comment's first (237).
        ("html_holdout236", (64, 64, 64, 64, 64, 0)),
        ("html_holdout237", (56, 56, 56, 56, 56, 0)),
        ("html_holdout238", (62, 62, 62, 62, 62, 0)),
        ("html_holdout239", (64, 64, 64, 64, 64, 0)),
    ],
)
def test_the_sets_of_the_fifty_first_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
