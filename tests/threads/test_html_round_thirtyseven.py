"""What the thirty-seventh blind round (sets 180-183, 235/245 parents blind) showed the HTML reader,
mostly on pages saved by archive.today, which writes every class out as style: Bitrix's reviews
("table#message48811" around its "<a name>") and their quote table headed "Цитата"; a Vietnamese
paper's name linked to "/u/<handle>" and its time under the text; a board's ">>1" links through
archive.today's own address; a Japanese header "投稿日：2025/11/10(月) 21:14 JST". And a Korean
widget's epoch in "data-regdate", and wpDiscuz's "Author" label before the name. Pages written
for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

from threads.html_reader import parse_html
from threads.model import walk

_STORY = f"<h1>The bridge closes for two years</h1><p>{'Drivers will be sent the long way round from next month. ' * 25}</p>"


def _page(comments: str, lang: str = "en") -> str:
    return (
        f"<!doctype html><html lang='{lang}'><head><title>Story</title></head><body><article>{_STORY}</article>"
        f"{comments}</body></html>"
    )


def _review(number: int, name: str, when: str, text: str) -> str:
    """Bitrix's forum.topic.reviews message as archive.today keeps it."""
    return (
        f'<table cellspacing="0" id="message{number}" style="width:100%;border:1px solid silver"><thead><tr><td>'
        f'<div><a name="message{number}"></a><b>{name}</b> <span style="color:gray">{when}</span></div>'
        f'</td></tr></thead><tbody><tr><td><div id="message_text_{number}">{text}</div></td></tr>'
        f'<tr><td style="text-align:right"><a href="#review_anchor">Ответить</a></td></tr></tbody></table>'
    )


def test_bitrix_reviews_under_archive_today() -> None:
    quote = (
        '<table style="width:100%;border:1px solid silver"><thead><tr><th>Цитата</th></tr></thead>'
        "<tbody><tr><td>Гость пишет:<br>Лучше два года потерпеть, чем ждать, когда рухнет.</td></tr></tbody></table>"
        "Терпеть будут не чиновники, а те, кто каждый день ездит на работу в центр."
    )
    page = _page(
        "<div>"
        + _review(48811, "Сергей Мальцев", "12.11.2025 09:14", "Два года без нормального моста, это конец для Закамска, все поедут через Чусовской.")
        + _review(48815, "Гость", "12.11.2025 10:02", "<b>Сергей Мальцев</b>, <br>потому что мост у ГЭС стоит как три таких ремонта. Лучше два года потерпеть, чем ждать, когда рухнет.")
        + _review(48820, "Ольга Пермякова", "12.11.2025 12:47", quote)
        + "</div>",
        lang="ru",
    )
    comments = list(walk(parse_html(page).comments))
    assert [(c.external_id, c.author_name, path) for path, c in comments] == [
        ("message48811", "Сергей Мальцев", (0,)),
        ("message48815", None, (0, 0)),
        ("message48820", "Ольга Пермякова", (0, 0, 0)),
    ]
    assert comments[2][1].body.split("\n\n")[-1].startswith("Терпеть будут")
    assert comments[2][1].body.startswith("\u201c")


def test_a_linked_name_and_a_time_under_the_text() -> None:
    def comment(number: int, handle: str, name: str, text: str, when: str, replies: str = "") -> str:
        return (
            f'<div id="cmt-{number}" style="padding:16px 0 0"><div style="display:flex"><div style="width:40px"><img src="a.jpg"></div>'
            f'<div style="flex:1"><p style="margin:0 0 8px"><span style="font-weight:700"><a href="https://my.paper.example/u/{handle}">{name}</a></span>{text}</p>'
            f'<div style="font-size:13px"><a href="#"><span style="font-weight:700">Thích</span></a> <span>86</span> · <a href="#">Trả lời</a> · <span>{when}</span></div>'
            f"</div></div>{replies}</div>"
        )

    reply = comment(51230502, "thuha", "Lê Thị Thu Hà", "Bãi đỗ ở Liên Khương đã có quy hoạch từ năm 2020 mà vẫn là đất trống.", "09:10 18/04/2025")
    page = _page(
        '<div id="list_comment">'
        + comment(51230411, "khoatm", "Trần Minh Khoa", "Cuối tuần nào đường Trần Phú cũng kẹt cứng vì xe khách 45 chỗ.", "07:42 18/04/2025",
                  f'<div id="sub-51230411" style="margin:12px 0 0 32px">{reply}</div>')
        + "</div>",
        lang="vi",
    )
    comments = [c for _, c in walk(parse_html(page).comments)]
    assert [(c.author_name, c.created_at) for c in comments] == [
        ("Trần Minh Khoa", datetime(2025, 4, 18, 7, 42, tzinfo=UTC)),
        ("Lê Thị Thu Hà", datetime(2025, 4, 18, 9, 10, tzinfo=UTC)),
    ]
    assert comments[0].body.startswith("Cuối tuần")


def test_a_board_under_archive_today_its_japanese_header_and_links() -> None:
    def post(number: int, ident: int, name: str | None, when: str, text: str, answers: int | None = None) -> str:
        who = f'<b style="color:green">{name}</b>' if name else "－"
        link = f'<a href="https://archive.ph/Kp7wQ#c{answers}">&gt;&gt;{number - 2}</a><br/>' if answers else ""
        return (
            f'<div id="c{ident}" style="padding:10px 0"><div style="font-size:13px"><span style="font-weight:bold">{number}</span>. '
            f"名前：{who}　投稿日：{when} JST</div>"
            f'<div style="margin:6px 0 0 16px">{link}{text}</div></div>'
        )

    page = _page(
        "<div>"
        + post(1, 20418, "菊陽町民", "2025/11/10(月) 21:14", "朝の県道は本当にひどい。以前は十分だったのが、今は四十分かかります。子どもの送り迎えもあります。")
        + post(2, 20421, None, "2025/11/10(月) 22:03", "この投稿は削除されました")
        + post(3, 20425, "光の森のパパ", "2025/11/11(火) 07:48", "うちも同じです。抜け道の住宅街を朝は大型トラックまで通るようになりました。", answers=20418)
        + "</div>",
        lang="ja",
    )
    comments = list(walk(parse_html(page).comments))
    assert [(c.external_id, path, c.created_at) for path, c in comments] == [
        ("c20418", (0,), datetime(2025, 11, 10, 12, 14, tzinfo=UTC)),
        ("c20425", (0, 0), datetime(2025, 11, 10, 22, 48, tzinfo=UTC)),
        ("c20421", (1,), datetime(2025, 11, 10, 13, 3, tzinfo=UTC)),
    ]
    assert comments[2][1].body == "この投稿は削除されました"


def test_a_korean_widgets_epoch_beside_its_printed_time() -> None:
    def item(number: int, name: str, epoch: int, printed: str, text: str) -> str:
        return (
            f'<li class="cmt-item" id="cmt_{number}" data-idx="{number}"><div class="cmt-head"><span class="cmt-nick">{name}</span>'
            f'<span class="cmt-date" data-regdate="{epoch}">{printed}</span></div><div class="cmt-text">{text}</div></li>'
        )

    page = _page(
        '<ul class="cmt-list">'
        + item(58211, "무등산지기", 1747569780, "2025.05.18 21:03", "버스 노선이 바뀌고 나서 출근길이 삼십 분이나 늘었습니다.")
        + item(58214, "광주시민", 1747614600, "2025.05.19 09:30", "환승 할인이라도 늘려 주면 좋겠습니다.")
        + "</ul>",
        lang="ko",
    )
    assert [c.created_at for c in parse_html(page).comments] == [
        datetime(2025, 5, 18, 12, 3, tzinfo=UTC), datetime(2025, 5, 19, 0, 30, tzinfo=UTC),
    ]


def test_a_label_before_the_name_is_not_the_name() -> None:
    def comment(number: int, name: str, label: bool, text: str) -> str:
        badge = (
            '<div class="wpd-comment-label wpd-blog-post_author" wpd-tooltip="Author"><span>Author</span></div>' if label else ""
        )
        return (
            f'<div id="wpd-comm-{number}_0" class="comment wpd-comment wpd_comment_level-1"><div class="wpd-comment-wrap">'
            f'<div class="wpd-comment-left"><div class="wpd-avatar"><img alt="{name}" src="a.png"></div>{badge}</div>'
            f'<div id="comment-{number}" class="wpd-comment-right"><div class="wpd-comment-header">'
            f'<div class="wpd-comment-author ">{name}</div><div class="wpd-comment-date" title="30/03/2025 10:05 am">2 days ago</div></div>'
            f'<div class="wpd-comment-text"><p>{text}</p></div></div></div></div>'
        )

    page = _page(
        '<div class="wpd-thread-list">'
        + comment(48120, "Siobhán Ryan", False, "Closing the street to cars will finish the shops on it.")
        + comment(48123, "Eoin Fennessy", True, "The proposal is for a trial from June to September only.")
        + "</div>"
    )
    assert [c.author_name for c in parse_html(page).comments] == ["Siobhán Ryan", "Eoin Fennessy"]
