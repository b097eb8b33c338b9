"""What the eightieth blind round (sets 352-355, 234/241 parents blind) showed the HTML reader: an
OpenWeb thread under archive.today known only by ids that carry the site's key
("message-sp_8ZcrPk3J_c_2fQ9mA7xWk"), read as nothing (7); "Times shown are Guyana Time (GMT-4)";
a time only in the tooltip of a block holding a relative time after the text ("<div title='10
Marzo 2025 18:40'>2 giorni fa</div>"), with the name in bold opening the text's own line
(VnExpress under archive.today); the comment's number beside its time ("#1 — 26. Oktober 2024,
19:42 Uhr" read as January); the Maghreb's month names ("4 نونبر 2024")."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.threads.holdout_figures import set_figures
from threads.html_reader import parse_html
from threads.html_time import parse_time
from threads.model import walk
from threads.zone_statements import stated_zone


def test_openweb_messages_under_archive_today_known_by_ids_with_the_sites_key() -> None:
    def message(ident: str, name: str, when: str, text: str, replies: str = "") -> str:
        box = f'<div style="margin-left:46px;border-left:2px solid #E1E1E1;">{replies}</div>' if replies else ""
        return (f'<div id="message-sp_Q7wLm2Xa_c_{ident}" style="padding:12px 0;"><div style="display:flex;"><div>'
                f'<span style="font-weight:700;">{name}</span> <span style="font-size:12px;">{when}</span></div></div>'
                f'<div style="font-size:15px;margin:6px 0 6px 46px;">{text}</div><div style="font-size:12px;"><span>Reply</span></div>{box}</div>')

    thread = (message("3aB9kLm2Qx", "Harbour_Watcher", "12 May 2024, 9:40 am", "The wharf needs the repairs before the cruise season starts again.",
                      message("3aC1pQr7Zt", "Mere K", "12 May 2024, 11:05 am", "The council said in March the money is already set aside for it."))
              + message("3aD4sTu8Wv", "Dock Road Dan", "13 May 2024, 8:15 pm", "Who pays for the barge while the wharf is shut for four months?"))
    page = (f'<html lang="en"><body><h1>Wharf repairs to start in June</h1><p>{"The district council will close the wharf for repairs. " * 10}</p>'
            f'<div id="comments"><div style="font-weight:700;">Conversation</div><div>{thread}</div></div></body></html>')
    assert [(len(path), c.external_id, c.author_name) for path, c in walk(parse_html(page).comments)] == [
        (1, "message-sp_Q7wLm2Xa_c_3aB9kLm2Qx", "Harbour_Watcher"),
        (2, "message-sp_Q7wLm2Xa_c_3aC1pQr7Zt", "Mere K"),
        (1, "message-sp_Q7wLm2Xa_c_3aD4sTu8Wv", "Dock Road Dan"),
    ]


def test_times_shown_are_a_zone_with_its_offset() -> None:
    zone = stated_zone("<p>Talkback is moderated. Times shown are Guyana Time (GMT-4).</p>", language="en")
    assert zone is not None and datetime(2024, 6, 20, 12, 0, tzinfo=zone).utcoffset() == timedelta(hours=-4)


def test_a_name_opening_the_text_and_a_time_in_a_tooltip_after_it() -> None:
    def item(ident: int, name: str, text: str, title: str) -> str:
        return (f'<div id="comment-{ident}" style="padding:15px 0 0 0;"><div><p style="font-size:16px;"><span style="font-weight:700;">'
                f'<a href="/users/feed/{ident}"><b>{name}</b></a></span> {text}</p></div><div style="display:flex;font-size:14px;">'
                f'<a href="#"><span>12</span> Thích</a><a>Trả lời</a><span title="{title}">3h trước</span></div></div>')

    comments = (item(7101, "Thanh Hương", "Đường ven biển sửa xong thì đi lại an toàn hơn nhiều.", "05/11/2024 08:12 (GMT+7)")
                + item(7102, "Quốc Bảo", "Mong sửa trước mùa mưa, không thì lại ngập như năm ngoái.", "05/11/2024 09:40 (GMT+7)"))
    page = (f'<html lang="vi"><body><h1>Sửa đường ven biển</h1><p>{"Thành phố khởi công sửa đường ven biển vào tháng tới. " * 10}</p>'
            f'<div id="list_comment">{comments}</div></body></html>')
    found = [(c.author_name, c.created_at, c.body) for _, c in walk(parse_html(page).comments)]
    assert found == [
        ("Thanh Hương", datetime(2024, 11, 5, 1, 12, tzinfo=UTC), "Đường ven biển sửa xong thì đi lại an toàn hơn nhiều."),
        ("Quốc Bảo", datetime(2024, 11, 5, 2, 40, tzinfo=UTC), "Mong sửa trước mùa mưa, không thì lại ngập như năm ngoái."),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#1 \u00a0—\u00a0 26. Oktober 2024, 19:42 Uhr", datetime(2024, 10, 26, 19, 42, tzinfo=UTC)),  # the comment's number first
        ("#1.1 — 26. Oktober 2024, 22:10 Uhr", datetime(2024, 10, 26, 22, 10, tzinfo=UTC)),
        ("الإثنين 4 نونبر 2024 - 09:10", datetime(2024, 11, 4, 9, 10, tzinfo=UTC)),  # Moroccan: Monday 4 November
        ("12 جوان 2024 10:05", datetime(2024, 6, 12, 10, 5, tzinfo=UTC)),  # Algerian June
        ("   ", None),
        ("#12", None),
    ],
)
def test_times(text: str, expected: datetime | None) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The eightieth round (reader at 4f1a4d2): 234/241 parents blind (97.1%); blind figures in brackets.
        ("html_holdout352", (59, 59, 59, 59, 59, 0)),  # (59, 52, 52, 52, 44, 0)
        ("html_holdout353", (64, 64, 64, 64, 64, 0)),  # (64, 64, 64, 64, 48, 0)
        ("html_holdout354", (60, 60, 60, 60, 60, 0)),  # (60, 60, 60, 53, 45, 0)
        ("html_holdout355", (58, 58, 58, 58, 58, 0)),  # (58, 58, 58, 58, 58, 0)
    ],
)
def test_the_sets_of_the_eightieth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
