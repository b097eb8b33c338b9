"""A story's discussion exported from a chat app (Telegram Desktop, Element), and Lemmy's tooltip
times: the story is the chat's opening post, continued messages take the sender above them."""

from __future__ import annotations

from threads.html_reader import parse_html
from threads.model import ParsedComment


def _tree(comments: list[ParsedComment]) -> list[tuple[str | None, str | None, list[object]]]:
    return [(c.external_id, c.author_name, _tree(c.replies)) for c in comments]


def _telegram(number: int, name: str | None, when: str, text: str, reply_to: int | None = None) -> str:
    joined = " joined" if name is None else ""
    sender = f'<div class="from_name">{name}</div>' if name is not None else ""
    reply = (f'<div class="reply_to details">In reply to <a href="#go_to_message{reply_to}" '
             f'onclick="return GoToMessage({reply_to})">this message</a></div>') if reply_to else ""
    return f"""<div class="message default clearfix{joined}" id="message{number}"><div class="body">
    <div class="pull_right date details" title="{when} UTC+02:00">{when[11:16]}</div>{sender}{reply}
    <div class="text">{text}</div></div></div>"""


def test_a_telegram_export_of_a_channels_comments() -> None:
    """The channel's post heads the chat and is the story; "In reply to this message" links to
    "#go_to_message…"; a "joined" message is its sender's above; "Deleted Account" names nobody."""
    page = f"""<html><head><title>Exported Data</title></head><body><div class="page_wrap">
    <div class="page_header"><div class="content"><div class="text bold">Одеса Сьогодні · Чат</div></div></div>
    <div class="page_body chat_page"><div class="history">
    <div class="message service" id="message-1"><div class="body details">30 March 2024</div></div>
    {_telegram(48211, "Одеса Сьогодні", "30.03.2024 19:02:11", "Міст обмежать з понеділка<br><br>Ремонт триватиме до травня.")}
    {_telegram(48215, "Олена Ковальчук", "30.03.2024 19:20:43", "Знову до кінця травня.", reply_to=48211)}
    {_telegram(48219, "Дмитро", "30.03.2024 20:05:02", "Олено, тоді міняли плити.", reply_to=48215)}
    {_telegram(48220, None, "30.03.2024 20:06:37", "І ще питання до редакції.")}
    {_telegram(48240, "Deleted Account", "31.03.2024 10:41:12", "Краще подякуйте.", reply_to=48215)}
    </div></div></div></body></html>"""
    article = parse_html(page)
    assert article.title == "Міст обмежать з понеділка"
    assert article.body == "Ремонт триватиме до травня."
    assert _tree(article.comments) == [
        ("message48215", "Олена Ковальчук", [("message48219", "Дмитро", []), ("message48240", None, [])]),
        ("message48220", "Дмитро", []),
    ]
    assert str(article.comments[0].created_at) == "2024-03-30 17:20:43+00:00"


def _element(event: str, name: str | None, text: str, reply_to: str | None = None, info: bool = False) -> str:
    kind = " mx_EventTile_info" if info else (" mx_EventTile_continuation" if name is None else "")
    sender = (f'<div class="mx_EventTile_senderDetails"><div class="mx_DisambiguatedProfile"><span class="mx_Username_color2 '
              f'mx_DisambiguatedProfile_displayName">{name}</span></div></div>') if name else ""
    reply = (f'<div class="mx_ReplyChain_wrapper"><p class="mx_ReplyChain_Export">In reply to <a class="mx_reply_anchor" '
             f'href="#{reply_to}">this message</a></p></div>') if reply_to else ""
    body = f'<div class="mx_TextualEvent">{text}</div>' if info else (
        f'<div class="mx_MTextBody mx_EventTile_content"><div class="mx_EventTile_body">{text}</div></div>')
    return f"""<div class="mx_Export_EventWrapper" id="{event}"><li class="mx_EventTile{kind}" data-event-id="{event}">
    {sender}<div class="mx_EventTile_line"><a href="#{event}"><span class="mx_MessageTimestamp"
    title="Tue, Mar 12, 2024, 09:21:44">09:21</span></a>{reply}{body}</div></li></div>"""


def test_an_element_export_whose_first_post_is_the_story() -> None:
    """Element (Matrix) exports each event in a wrapper carrying its id; "X joined the room" is
    no comment; the opening post starts with the story's headline."""
    page = f"""<html><head><title>Vecinos del casco antiguo - Exportación</title></head><body><ol class="mx_RoomView_MessageList">
    {_element("$Hq7", "El Eco de Villaroja", "<h3>El Ayuntamiento cortará el agua</h3><p>Tres noches sin agua.</p>")}
    {_element("$kD3", "Ana Ferrer", "¿Alguien sabe si afecta a la calle Mayor?")}
    {_element("$Wn5", "Pau Ribera", "Ana, sí: toda la calle Mayor.", reply_to="$kD3")}
    {_element("$c0R", None, "Y el miércoles la zona de la iglesia.")}
    {_element("$Xe4", None, "Toni Sales joined the room", info=True)}
    {_element("$Mg2", "Marisa Gil", "Pues yo me he enterado por aquí.")}</ol></body></html>"""
    article = parse_html(page)
    assert article.title == "El Ayuntamiento cortará el agua"
    assert _tree(article.comments) == [
        ("$kD3", "Ana Ferrer", [("$Wn5", "Pau Ribera", [])]), ("$c0R", "Pau Ribera", []), ("$Mg2", "Marisa Gil", []),
    ]


def test_lemmys_tooltip_holds_the_time_its_label_leaves_out() -> None:
    """Lemmy prints "2d" and keeps the instant in a tooltip, with an edit's time on later lines."""
    def comment(number: int, created: str) -> str:
        return f"""<article id="comment-{number}" class="details comment-node py-2"><div class="d-flex">
        <a class="person-listing" title="kestrel" href="/u/kestrel">kestrel</a><span class="moment-time pointer"
        data-tippy-content="{created}">2d</span></div><div class="md-div"><p>The ferry terminal again, {number}.</p></div>
        </article>"""

    page = f"""<html><body><h1>Ferry terminal closes for repairs</h1><p>{"The terminal shuts in April. " * 20}</p>
    <ul class="comments">{comment(8812034, "Created: Saturday, March 9th, 2024 at 9:41:10 PM GMT-04:00")}
    {comment(8815902, "Created: Sunday, March 10th, 2024 at 11:12:02 AM GMT-03:00&#10;&#10;Modified Sunday, March 10th,"
                      " 2024 at 11:40:19 AM GMT-03:00")}</ul></body></html>"""
    comments = parse_html(page).comments
    assert [str(c.created_at) for c in comments] == ["2024-03-10 01:41:10+00:00", "2024-03-10 14:12:02+00:00"]
