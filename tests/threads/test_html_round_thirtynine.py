"""What the thirty-ninth blind round (sets 188-191, 236/249 parents blind) showed the HTML reader:
LiveRe's "lv-reply-29831402" ids under archive.today; Bitrix's blog putting each comment's replies
in a box indented relative to the box around it, after slots for an error and a reply form
("err_comment_2234", "form_comment_2234"); a reply line opening with "↳"; Finnish Drupal's "(ei
varmistettu)". Pages written for these tests."""

from __future__ import annotations

from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.model import walk

_STORY = f"<h1>Night market hours cut</h1><p>{'Stall holders say the new closing time will cost them. ' * 25}</p>"


def _page(comments: str, lang: str = "en") -> str:
    return (
        f"<!doctype html><html lang='{lang}'><head><title>Story</title></head><body><article>{_STORY}</article>"
        f"{comments}</body></html>"
    )


def _tree(page: str) -> list[tuple[str | None, tuple[int, ...]]]:
    return [(c.external_id, path) for path, c in walk(parse_html(page).comments)]


def test_livere_reply_ids_under_archive_today() -> None:
    def reply(number: int, name: str, text: str, inner: str = "") -> str:
        return (
            f'<div id="lv-reply-{number}" style="padding:16px 0"><div style="overflow:hidden">'
            f'<span style="font-weight:700">{name}</span><br/><span style="font-size:12px">2025.03.29 14:22</span></div>'
            f'<div style="margin:8px 0 10px 46px">{text}</div>{inner}</div>'
        )

    answer = reply(29831577, "대명동주민", "저희 집이 바로 뒤쪽인데 밤마다 소음이랑 쓰레기 때문에 정말 힘듭니다.")
    page = _page(
        '<div id="lv_container"><div>'
        + reply(29831402, "서문시장단골", "야시장 열한 시까지 하던 거 아홉 시 반으로 줄이면 직장인은 어쩌라는 겁니까.",
                f'<div style="margin:12px 0 0 46px">{answer}</div>')
        + reply(29832115, "수성구아재", "상인들 욕하는 댓글은 좀 그렇네요. 다들 먹고살자고 하는 일입니다.")
        + "</div></div>",
        lang="ko",
    )
    assert _tree(page) == [("lv-reply-29831402", (0,)), ("lv-reply-29831577", (0, 0)), ("lv-reply-29832115", (1,))]


def _blog(number: int, name: str, text: str, replies: str = "") -> str:
    """A Bitrix blog comment, then its error and form slots and its replies' indented box."""
    return (
        f'<a name="{number}"></a><div class="blog-comment" id="blg-comment-{number}"><div class="blog-comment-cont">'
        f'<div class="blog-comment-info"><div class="blog-author"><a href="/blogs/users/u{number}/" class="blog-author-link">{name}</a></div>'
        f'<div class="blog-comment-date">31.03.2025 19:30</div></div>'
        f'<div class="blog-comment-content">{text}</div></div></div>'
        f'<div id="err_comment_{number}"></div><div id="form_comment_{number}"></div>'
        f'<div id="new_comment_cont_{number}" style="padding-left:2.5em;">{replies}</div>'
        f'<div id="new_comment_{number}" style="display:none;"></div>'
    )


def test_bitrix_blog_replies_in_boxes_indented_relative_to_each_other() -> None:
    page = _page(
        '<div class="blog-comments">'
        + _blog(2231, "Дмитрий", "Деревянные дома за рубль отдают уже третий год, а толку нет.",
                _blog(2234, "Елена Сибирцева", "Дмитрий, с Татарской как раз расторгли договор через суд.",
                      _blog(2240, "Дмитрий К.", "Кафе это прекрасно, а жильцов куда?")))
        + _blog(2243, "Ольга", "Жила в таком доме на Карла Маркса, зимой там холодно.",
                _blog(2245, "Игорь", "Ольга, так его и ремонтируют, чтобы было тепло."))
        + "</div>",
        lang="ru",
    )
    assert _tree(page) == [
        ("blg-comment-2231", (0,)),
        ("blg-comment-2234", (0, 0)),
        ("blg-comment-2240", (0, 0, 0)),
        ("blg-comment-2243", (1,)),
        ("blg-comment-2245", (1, 0)),
    ]


def test_a_reply_line_opening_with_an_arrow() -> None:
    def comment(number: int, name: str, text: str, answers: tuple[int, str] | None = None) -> str:
        line = (
            f'<div class="comentario-em-resposta">↳ Em resposta a <a href="story.html#comentario-{answers[0]}">{answers[1]}</a></div>'
            if answers else ""
        )
        return (
            f'<div class="comentario" id="comentario-{number}" data-comentario="{number}"><div class="comentario-cabecalho">'
            f'<span class="comentario-autor">{name}</span><a href="story.html#comentario-{number}" class="comentario-data">'
            f'<time datetime="2025-03-29T23:55:00+00:00">há 2 dias</time></a></div>{line}'
            f'<div class="comentario-texto"><p>{text}</p></div></div>'
        )

    page = _page(
        '<section class="comentarios">'
        + comment(30117, "Rui Costa", "A obra na Rua de Ceuta dura há três anos e ninguém responde.")
        + comment(30119, "Ana Silva", "O metro vai valer a pena quando abrir, paciência.")
        + comment(30121, "Anónimo", "Três anos não, está fechada desde 2021.", (30117, "Rui Costa"))
        + "</section>",
        lang="pt",
    )
    assert _tree(page) == [("comentario-30117", (0,)), ("comentario-30121", (0, 0)), ("comentario-30119", (1,))]


def test_finnish_drupals_unverified_and_anonymous() -> None:
    assert clean_name("Marjatta K. (ei varmistettu)") == "Marjatta K."
    assert clean_name("Anonyymi (ei varmistettu)") is None
