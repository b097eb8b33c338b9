"""What set 310's and 311's misses (the sixty-ninth round) and the seventieth round (sets 312-315)
showed the readers: a React list named "commentList" in a page without a doctype, its replies in
lists of their own inside each item; a quote box under archive.today whose header ("Marie-Jo a
écrit :") opens the words quoted; relative times in any language CLDR describes (text dumps); a
label before the link to the comment answered in Japanese ("返信先：") and cut short in Polish
("odp. na"); zones stated in Spanish and Dutch; a removed comment's label where its name was;
Changyan's floors behind their buttons ("回复 顶[56]"); a handle ending in a number."""

from __future__ import annotations

import pytest

from tests.threads.holdout_figures import set_figures
from threads.html_reader import parse_html
from threads.model import walk

_STORY = "<article><h1>{title}</h1><p>{body}</p></article>"


def _tree(page: str) -> list[tuple[str | None, str | None, str | None]]:
    """Each comment's id, the id of the comment it is nested under, its author, in page order."""
    ids: dict[tuple[int, ...], str | None] = {}
    out = []
    for path, comment in walk(parse_html(page).comments):
        ids[path] = comment.external_id
        out.append((comment.external_id, ids.get(path[:-1]), comment.author_name))
    return out


def test_a_react_comment_list_without_a_doctype_keeps_its_replies() -> None:
    """lexbor matches class selectors in any case where a page has no doctype (a headless
    browser's DOM snapshot): "ul.commentList" is not WordPress's "ol.commentlist", whose items
    would hold each thread whole; the articles carrying the comments' ids are the comments."""

    def comment(ident: str, name: str, text: str, parent: str | None = None) -> str:
        link = f' data-parent-id="{parent}"' if parent else ""
        return (f'<article class="sc-kAzzGY kqVwYo" id="cmt-{ident}" data-comment-id="{ident}"{link}>'
                f'<div class="sc-dSfdvi"><div class="sc-hBEYos"><a class="bRtKqP" href="/users/{ident}">{name}</a>'
                f'<time datetime="2025-04-05T10:12:00.000Z">1日前</time></div><p class="hLzNpM">{text}</p>'
                '<div><button type="button">共感した<span>2</span></button></div></div></article>')

    replies = ('<ul class="sc-gKclnd replyList"><li class="sc-iCfMLu">' + comment("b2", "ぶどう好き", "名乗りも迫力ありましたね。", "a1")
               + '</li><li class="sc-iCfMLu">' + comment("b3", "やまなしっ子", "駅前は大混雑でした。", "a1") + "</li></ul>")
    items = ('<li class="sc-hHftDr">' + comment("a1", "甲府の住人", "毎年楽しみにしています。") + replies + "</li>"
             + '<li class="sc-hHftDr">' + comment("a4", "武田ファン", "観覧席の有料化を考えた方がいい。") + "</li>")
    story = _STORY.format(title="信玄公祭りに過去最多の観客", body="甲府市中心部で信玄公祭りが開かれた。" * 20)
    page = (f'<html lang="ja"><head><meta charset="utf-8"></head><body><main>{story}'
            f'<section class="comments" id="comment-area"><h2>コメント</h2><ul class="sc-dIUggk commentList">{items}</ul>'
            "</section></main></body></html>")
    assert _tree(page) == [
        ("cmt-a1", None, "甲府の住人"),
        ("cmt-b2", "cmt-a1", "ぶどう好き"),
        ("cmt-b3", "cmt-a1", "やまなしっ子"),
        ("cmt-a4", None, "武田ファン"),
    ]


def test_a_quote_box_opened_by_its_header_answers_the_comment_named() -> None:
    """archive.today writes a quote box's class out as a bar down its left; here the header and the
    words quoted are one run of text, and the reply answers the latest comment by that name."""

    def comment(number: int, name: str, text: str) -> str:
        return (f'<div id="com-{number}" style="border-bottom:1px dotted #CCC;padding:8px 0;">'
                f'<div style="font-size:11px;color:#666;"><span style="font-weight:bold;">{name}</span> - Le 27/10/2012 à 18h40</div>'
                f'<div style="font-size:13px;">{text}</div>'
                f'<div style="font-size:10px;"><a href="https://archive.ph/o/Xq7Lk/http://example.fr/repondre/{number}">Répondre</a></div></div>')

    quote = ('<div style="border-left:3px solid #DDD;padding-left:8px;font-style:italic;">Marie-Jo a écrit : Ce carrefour est '
             "dangereux depuis des années</div>Je passe là tous les jours en scooter, le problème c'est la vitesse.")
    comments = (comment(55201, "Kerlo56", "Encore un giratoire de plus.")
                + comment(55207, "Marie-Jo", "Ce carrefour est dangereux depuis des années, il était temps.")
                + comment(55210, "Yann", "Et pendant ce temps le pont est toujours fermé aux vélos.")
                + comment(55214, "Kerlo56", quote))
    story = _STORY.format(title="Un giratoire à Kervénanec", body="La mairie de Lorient a voté les travaux du carrefour. " * 20)
    page = f"<!doctype html><html><body>{story}<div><div>Réactions</div>{comments}</div></body></html>"
    assert ("com-55214", "com-55207", "Kerlo56") in _tree(page)
    body = next(c.body for _, c in walk(parse_html(page).comments) if c.external_id == "com-55214")
    assert body.startswith("\u201cMarie-Jo a écrit") and body.split("\n\n")[1].startswith("Je passe là")  # the quote set apart


def test_a_relative_time_in_any_language_cldr_describes_closes_a_header() -> None:
    """A text dump's header: a name and a relative time as CLDR writes it, in languages the
    hand-written pattern does not hold (Tamil, Gujarati, Sinhala, Khmer)."""
    from threads.comment_header import read_header

    for line, name in [
        ("Anbu_Yercaud 2 நாட்களுக்கு முன்", "Anbu_Yercaud"),
        ("ராஜேஷ் குமார் - அஸ்தம்பட்டி 1 நாளுக்கு முன்", "ராஜேஷ் குமார் - அஸ்தம்பட்டி"),
        ("જીગ્નેશ રાણા 2 કલાક પહેલાં", "જીગ્નેશ રાણા"),
        ("Kasun · පැය 6 කට පෙර", "Kasun"),
        ("សុខា 3 ម៉ោង\u200bមុន", "សុខា"),
    ]:
        header = read_header(line, None)
        assert header is not None and header.relative, line
        assert header.author is not None and header.author.startswith(name.split(" - ")[0]), (line, header)


def test_what_is_not_a_name_and_a_relative_time() -> None:
    """A headline run into its age (a "latest news" box), an avatar's bracketed text alone before
    the time, a sentence's number: no header."""
    from threads.comment_header import read_header
    from threads.relative_words import relative_start

    assert read_header("• সাতক্ষীরায় ইটভাটায় অভিযান, ৪ লাখ টাকা জরিমানা১ ঘণ্টা আগে", None) is None
    assert read_header("[noa] 2 days ago", None) is None
    assert relative_start("Route 3 A") is None
    assert relative_start("2 நாட்களுக்கு முன்") == 0


def _page(comments: str, *, lang: str = "en", footer: str = "") -> str:
    story = _STORY.format(title="A story", body="The council met on Tuesday and voted on the plan. " * 20)
    return (f'<!doctype html><html lang="{lang}"><body>{story}<section id="comments"><h2>Comments</h2>{comments}</section>'
            f"<footer><p>{footer}</p></footer></body></html>")


def test_a_label_before_a_link_to_the_comment_answered_in_japanese_and_cut_short_in_polish() -> None:
    """The seventieth round (sets 312-315, 239/248 blind): a Japanese board's "返信先：" (a
    full-width colon) and a Polish paper's "odp. na <a>#6</a> (Ania_Tczew)", the name answered in
    brackets after the link."""

    def item(ident: str, name: str, text: str, reply: str = "") -> str:
        return (f'<li class="cmt-item" id="{ident}"><div class="cmt-head"><span class="cmt-name">{name}</span> '
                f'<span class="cmt-date">2016年11月3日 09:40</span></div>{reply}<div class="cmt-body"><p>{text}</p></div></li>')

    japanese = _page('<ul class="cmt-list">' + item("c1", "立山の風", "ようやく南北がつながるんですね。")
                     + item("c2", "匿名", "税金の使い道としてどうなのか。")
                     + item("c3", "呉羽の住民", "私も賛成です。", '<div class="cmt-resto">返信先：<a href="#c1">No.1 立山の風さん</a></div>')
                     + "</ul>", lang="ja")
    assert ("c3", "c1", "呉羽の住民") in _tree(japanese)

    def post(number: int, name: str, text: str, reply: str = "") -> str:
        return (f'<a name="k{number}"></a><table class="kom" id="k{number}"><tr><td class="kom_naglowek">'
                f'<a href="#k{number}">#{number}</a> <b>{name}</b> {reply}<span class="data">2008-10-26 18:33</span></td></tr>'
                f'<tr><td class="kom_tresc">{text}</td></tr></table>')

    polish = _page(post(51244, "Ania_Tczew", "Byłam na moście w wakacje z dziećmi.") + post(51245, "Marek", "A kto za to zapłaci?")
                   + post(51247, "Kociewiak", "Dokładnie, a od strony Lisewa przydałaby się ścieżka.",
                          '<span class="odp">odp. na <a href="#k51244">#6</a> (Ania_Tczew)</span>'), lang="pl")
    assert ("k51247", "k51244", "Kociewiak") in _tree(polish)


def test_zones_stated_in_spanish_and_dutch() -> None:
    from datetime import datetime, timedelta

    from threads.zone_statements import stated_zone

    for footer, language, january, july in [
        ("Todas las horas de publicación y de comentarios se muestran en hora de Chile continental.", "es", -3, -4),
        ("Alle tijden op deze site zijn weergegeven in Nederlandse tijd (CET/CEST, Europe/Amsterdam).", "nl", 1, 2),
    ]:
        zone = stated_zone(f"<footer><p>{footer}</p></footer>", language=language)
        assert zone is not None, footer
        assert datetime(2025, 1, 15, 12, 0, tzinfo=zone).utcoffset() == timedelta(hours=january)
        assert datetime(2025, 7, 15, 12, 0, tzinfo=zone).utcoffset() == timedelta(hours=july)


def test_a_removed_comments_label_in_bold_where_its_name_was_names_nobody() -> None:
    def item(number: int, name: str, text: str) -> str:
        return (f'<div id="IDComment{number}" style="border-bottom:1px solid #e5e5e5;padding:10px 0;"><div style="font-size:12px;">'
                f'<span style="font-weight:700;">{name}</span> <span><a href="#IDComment{number}">13/03/2024 08:44</a></span></div>'
                f'<div style="font-size:13px;"><p>{text}</p></div></div>')

    page = _page(item(1572961590, "Lucia", "Finalmente una buona notizia per il teatro.")
                 + item(1572961593, "Commento eliminato", "Questo commento è stato rimosso dal moderatore.")
                 + item(1572961597, "Comentari eliminat", "Aquest comentari ha estat eliminat.")
                 + item(1572961599, "Gianni", "Speriamo che riapra davvero."), lang="it")
    assert [author for _, _, author in _tree(page)] == ["Lucia", None, None, "Gianni"]


def test_changyan_floors_under_archive_today_behind_their_buttons_and_a_handle_with_a_number() -> None:
    """Each reply repeats the comment it answers in a box over its own text; the buttons after the
    text ("回复 顶[56]": reply, vote up and its count) are no comment's text; "烧烤爱好者88" is a name."""

    def item(ident: int, name: str, text: str, quoted: tuple[str, str] | None = None) -> str:
        box = (f'<div style="border:1px solid #e8e8e8;background-color:#fafafa;padding:8px 10px;">'
               f'<div><span style="color:#3f77b0;">{quoted[0]}</span> [山东省淄博市]：</div><div>{quoted[1]}</div></div>') if quoted else ""
        return (f'<div id="cmt-{ident}" style="overflow:hidden;padding:15px 0;"><div style="margin-left:60px;">'
                f'<div style="font-size:13px;"><span style="color:#3f77b0;">{name}</span> <span style="color:#999;">[山东省淄博市]</span></div>'
                f'{box}<div style="font-size:15px;"><span>{text}</span></div>'
                f'<div style="font-size:12px;"><span style="float:left;">2023-05-02 19:33</span><span style="float:right;">回复 &nbsp; 顶[56]</span></div>'
                "</div></div>")

    first, second = "周末去了一趟 人太多了 排队两个小时", "建议外地游客 错峰出行 工作日人少"
    page = _page(item(1, "淄博老张", first) + item(2, "吃货小王", "排两个小时也值 小饼卷一切 太香了", ("淄博老张", first))
                 + item(3, "烧烤爱好者88", second) + item(4, "淄博发布", "感谢建议 五一期间 增开了 烧烤专线公交", ("烧烤爱好者88", second)),
                 lang="zh")
    assert _tree(page) == [("cmt-1", None, "淄博老张"), ("cmt-2", "cmt-1", "吃货小王"), ("cmt-3", None, "烧烤爱好者88"),
                           ("cmt-4", "cmt-3", "淄博发布")]


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The seventieth round (reader at f838870): 239/248 parents blind (96.4%); blind figures in
        # brackets. The two replies to comments on an earlier page of the thread (312, 313) name them by id.
        ("html_holdout312", (63, 63, 63, 63, 63, 0)),  # (63, 62, 62, 61, 61, 1)
        ("html_holdout313", (60, 60, 60, 60, 60, 0)),  # (60, 60, 59, 58, 53, 0)
        ("html_holdout314", (61, 61, 61, 61, 61, 0)),  # (61, 61, 58, 60, 61, 0)
        ("html_holdout315", (64, 64, 64, 64, 64, 0)),  # (64, 64, 60, 64, 56, 0)
    ],
)
def test_the_sets_of_the_seventieth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures


def test_a_reply_to_a_comment_on_another_page_keeps_that_comments_id() -> None:
    """"Válasz erre: <a href=…oldal=1.html#hsz-77538>" on page 2 of a forum thread: the comment
    answered is not in the file, so the reply is a root here that names its parent's id (the
    ingest links it); a link to a comment of this page nests as before; another family of ids
    (a story's "#section-2") names no comment."""

    def post(number: int, name: str, text: str, link: str = "") -> str:
        reply = f'<div class="hsz-valasz">Válasz erre: <a href="{link}">#19 Kovács Béla</a></div>' if link else ""
        return (f'<div class="hsz" id="hsz-{number}"><div class="hsz-fej"><b>{name}</b> <span>2024.03.12. 18:40</span></div>'
                f'{reply}<div class="hsz-szoveg"><p>{text}</p></div></div>')

    page = _page(post(77550, "Kiss Anna", "Végre felújítják a buszpályaudvart.")
                 + post(77560, "Nagy Péter", "Ezt már tavaly is ígérték.", "forum-buszpalyaudvar-oldal=1.html#hsz-77538")
                 + post(77561, "Tóth Eszter", "Igaza van Annának.", "#hsz-77550")
                 + post(77562, "Szabó Gábor", "Lásd a cikk végét.", "cikk.html#section-2"), lang="hu")
    comments = {c.external_id: c for _, c in walk(parse_html(page).comments)}
    assert comments["hsz-77560"].parent_external_id == "hsz-77538"
    assert ("hsz-77561", "hsz-77550", "Tóth Eszter") in _tree(page)
    assert comments["hsz-77562"].parent_external_id is None
