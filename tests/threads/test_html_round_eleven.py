"""What the eleventh blind round (sets 76-79) taught: Discourse's nested view, a portal's experts'
comments before the readers' list, a Slovak "Reakcia na", Drupal's Arabic "not verified"."""

from __future__ import annotations

from threads.html_reader import parse_html
from threads.model import ParsedComment

_STORY = f"<h1>Depot Street bridge to close</h1><p>{'The bridge closes for fourteen months. ' * 25}</p>"


def _tree(comments: list[ParsedComment]) -> list[tuple[str | None, str | None, list[object]]]:
    return [(c.external_id, c.author_name, _tree(c.replies)) for c in comments]


def test_discourses_nested_view_and_the_name_it_shows_first() -> None:
    """Discourse's nested view: each post's replies in the "nested-post-children" box after it; of
    the handle and the full name, the one classed "first" is the name the site shows."""
    def post(number: int, handle: str, name: str, text: str, children: str = "") -> str:
        return f"""<div class="nested-post --depth-0"><div class="nested-post__main">
        <article class="nested-post__article boxed" data-post-id="{18800 + number}" data-post-number="{number}">
        <div class="topic-meta-data"><div class="names"><span class="first username"><a href="/u/{handle}">{handle}</a></span>
        <span class="second full-name"><a href="/u/{handle}">{name}</a></span></div></div>
        <div class="nested-post__content"><div class="cooked"><p>{text}</p></div></div></article>
        <div class="nested-post-children">{children}</div></div></div>"""

    page = f"""<html><body>{_STORY}<div class="nested-view"><div class="nested-view__roots">
    {post(2, "kbrandt", "Karen Brandt", "Fourteen months is going to be brutal.", post(4, "tomas.reyes", "Tomás Reyes", "Karen, it was priced."))}
    {post(3, "mjlindqvist", "Mary Jo Lindqvist", "Does anyone know about the buses?")}</div></div></body></html>"""
    assert _tree(parse_html(page).comments) == [
        ("comment-18802", "kbrandt", [("comment-18804", "tomas.reyes", [])]), ("comment-18803", "mjlindqvist", []),
    ]


def test_readers_comments_after_a_headed_section_of_experts_comments() -> None:
    """A Japanese portal shows its experts' comments in a section under their own heading, then the
    readers' list: the list does not answer the last expert's comment. A comment's label ("補足")
    and its time in a "…-created" class."""
    def comment(ident: str, name: str, text: str, label: str = "") -> str:
        tag = f'<p class="CommentItem_Label">{label}</p>' if label else ""
        return f"""<article class="CommentItem" id="{ident}"><div class="CommentItem_Header"><a class="CommentItem_Name"
        href="/users/{ident}">{name}</a><span class="CommentItem_Created" title="2024-10-26T18:55:00+09:00">10/26(土) 18:55</span></div>
        <div class="CommentItem_Body">{tag}<p>{text}</p></div></article>"""

    page = f"""<!DOCTYPE html><html lang="ja"><body><h1>丘陵団地線が廃止へ</h1><p>{"路線バスが廃止される。" * 30}</p><div id="comments">
    <section class="ExpertComments"><h3 class="ExpertComments_Title">エキスパートのコメント</h3>
    {comment("cmt-6c1f", "佐伯恵理子", "運転手不足による路線の休廃止は全国で相次いでいます。", "補足")}</section>
    <ul class="CommentList"><li class="CommentList_Item">{comment("cmt-a84e", "kaz*****", "高校生の通学はどうするんでしょうか。")}</li>
    <li class="CommentList_Item">{comment("cmt-0f3d", "元運転士", "20年バスの運転をしていました。")}</li></ul></div></body></html>"""
    comments = parse_html(page).comments
    assert _tree(comments) == [("cmt-6c1f", "佐伯恵理子", []), ("cmt-a84e", "kaz*****", []), ("cmt-0f3d", "元運転士", [])]
    assert comments[0].body == "運転手不足による路線の休廃止は全国で相次いでいます。"
    assert str(comments[1].created_at) == "2024-10-26 09:55:00+00:00"


def test_a_slovak_reply_line_and_drupals_arabic_not_verified() -> None:
    """"Reakcia na <a href=#d-…>" (Slovak: "reaction to") names the post answered; Drupal's Arabic
    "(لم يتم التحقق منه)" after a visitor's name is no part of it."""
    def post(number: int, name: str, text: str, answers: int | None = None) -> str:
        line = f'<span class="d-reakcia-na">Reakcia na <a href="#d-{answers}">niekoho</a></span>' if answers else ""
        return f"""<div class="d-prispevok" id="d-{number}"><div class="d-hlavicka"><a class="d-autor" href="/profil/{number}">{name}</a>
        <span class="d-cas">5. 3. 2025, 8:30</span>{line}</div><div class="d-text"><p>{text}</p></div></div>"""

    page = f"""<html lang="sk"><body>{_STORY}<section class="diskusia">{post(58812231, "Ján Kováč", "Plavecké centrum áno.")}
    {post(58812345, "Zuzana H.", "Bývam na Podbrezinách.")}{post(58812611, "Hlas Liptova", "Dobrý deň, podľa zmluvy.", 58812231)}
    </section></body></html>"""
    assert _tree(parse_html(page).comments) == [
        ("d-58812231", "Ján Kováč", [("d-58812611", "Hlas Liptova", [])]), ("d-58812345", "Zuzana H.", []),
    ]
    from threads.comment_names import clean_name

    assert clean_name("أبو يوسف (لم يتم التحقق منه)") == "أبو يوسف"


def test_round_twelve_a_title_inside_the_text_a_finnish_reply_line_an_epoch_in_data_fecha() -> None:
    """(Round twelve, sets 80-83.) An Austrian forum heads a posting's text with its title
    ("h4.posting-title"): not the text. A Finnish flat list names the comment answered under
    "Vastaus nimimerkille <a href=#…>". A Mexican widget prints "hace 2 días" and keeps the instant
    in ``data-fecha``, in milliseconds."""
    def posting(number: int, name: str, title: str, text: str) -> str:
        return f"""<div class="posting posting--level-0" id="posting-{number}"><header class="posting-header">
        <a class="posting-user" href="/profil/{number}">{name}</a></header><div class="posting-content">
        <h4 class="posting-title">{title}</h4><p>{text}</p></div></div>"""

    austrian = f"""<html><body>{_STORY}<section class="forum">{posting(3318812, "hofer", "Wieder weniger", "Zuerst der Lift.")}
    {posting(3318855, "gerlinde", "Abbau", "Wer zahlt den Rückbau?")}</section></body></html>"""
    assert [c.body for c in parse_html(austrian).comments] == ["Zuerst der Lift.", "Wer zahlt den Rückbau?"]

    def kommentti(number: int, name: str, text: str, answers: int | None = None) -> str:
        line = f'<p class="kommentti__vastaus">Vastaus nimimerkille <a href="#kommentti-{answers}">joku</a></p>' if answers else ""
        return f"""<article class="kommentti" id="kommentti-{number}"><header><span class="kommentti__nimimerkki">{name}</span>
        <time class="kommentti__aika" datetime="2024-10-26T22:17:00+03:00">26.10.2024 klo 22.17</time></header>{line}
        <div class="kommentti__teksti"><p>{text}</p></div></article>"""

    finnish = f"""<html lang="fi"><body>{_STORY}<section id="kommentit">{kommentti(90112, "Uimari62", "Halli suljetaan.")}
    {kommentti(90114, "Nimetön", "Valtuutetut istuivat.")}{kommentti(90118, "Saunatonttu", "Samaa mieltä.", 90112)}</section>
    </body></html>"""
    assert _tree(parse_html(finnish).comments) == [
        ("kommentti-90112", "Uimari62", [("kommentti-90118", "Saunatonttu", [])]), ("kommentti-90114", None, []),
    ]

    def comentario(number: int, name: str, stamp: str, text: str) -> str:
        return f"""<li class="comentario" id="comentario-{number}" data-id="{number}"><div class="comentario__cabecera">
        <strong class="comentario__autor">{name}</strong> <span class="comentario__fecha" data-fecha="{stamp}">hace 2 días</span></div>
        <p class="comentario__texto">{text}</p></li>"""

    mexican = f"""<html lang="es"><body>{_STORY}<ul class="comentarios">{comentario(55231, "Rocío Medina", "1715703135000", "Otra vez el puente.")}
    {comentario(55233, "Juan Pérez", "1715708700000", "Ya era hora.")}</ul></body></html>"""
    assert [str(c.created_at) for c in parse_html(mexican).comments] == ["2024-05-14 16:12:15+00:00", "2024-05-14 17:45:00+00:00"]
