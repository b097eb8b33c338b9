"""What the hundred-and-sixth blind round (sets 456-459, 266/268 parents blind) showed the HTML
reader: LiveRe under archive.today naming the comment answered by a link after a reply's arrow
alone ("↩ <a href=#lv-reply-99812344>سامية ب.</a>", set 458, 2 parents). Times: a separator before
a day word ("| dnes o 05:31", set 457; the text had to hold a letter outside ASCII before the mark
was read off); morning and afternoon as words after a day word's clock ("أمس ٨:١٥ ص", set 459);
Cackle's epoch in a bare "timestamp" attribute (set 458, 8); Burmese parts of the day after the
clock ("၇:၄၅ ညနေ", evening, set 458, 7). Names: Sinhala "(තහවුරු නොකළ)" (not confirmed) after a
name (set 458, 4). Left: zones the keys took from a story's byline ("19:02 IST" in Ireland,
"AKDT", a story's "+02:00") and not from a statement about the comments, against the earlier keys'
convention."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.threads.holdout_figures import set_figures
from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.html_time import parse_time
from threads.model import walk
from threads.page_dates import page_dates


def test_a_reply_named_by_a_link_after_an_arrow() -> None:
    def comment(ident: int, name: str, text: str, answered: tuple[int, str] | None = None) -> str:
        reply = (f' <span style="color:#2d7fd3;font-size:11px">↩ <a href="https://archive.ph/Xk3fQ#lv-reply-{answered[0]}">'
                 f"{answered[1]}</a></span>") if answered else ""
        return (f'<div id="lv-reply-{ident}" style="overflow:hidden;padding:10px 0"><div style="margin-right:42px">'
                f'<div style="margin-bottom:4px"><span style="font-weight:bold">{name}</span>{reply}'
                f' <span style="color:#aaa;font-size:11px">أمس 0{ident % 10}:02</span></div>'
                f'<div style="line-height:1.7;font-size:14px">{text}</div></div></div>')

    page = (f'<html lang="ar"><body><h1>الماء في قفصة</h1><p>{"انقطاع الماء في قفصة للأسبوع الثالث على التوالي. " * 8}</p><div>'
            + comment(301, "هادي", "الماء مقطوع عندنا من ثلاثة أيام.")
            + comment(344, "سامية ب.", "الشركة ما تجاوبش على الهاتف.", (301, "هادي"))
            + comment(412, "Karim Gafsi", "المشكل موش في الشركة برك.", (344, "سامية ب."))
            + comment(488, "سامية ب.", "عندك الحق يا كريم.", (412, "Karim Gafsi"))
            + "</div></body></html>")
    ids: dict[tuple[int, ...], str | None] = {}
    parents = {}
    for path, c in walk(parse_html(page).comments):
        ids[path] = c.external_id
        parents[c.external_id] = ids.get(path[:-1])
    assert parents == {"lv-reply-301": None, "lv-reply-344": "lv-reply-301", "lv-reply-412": "lv-reply-344", "lv-reply-488": "lv-reply-412"}


@pytest.mark.parametrize(
    ("language", "printed", "when"),
    [
        ("sk", "| dnes o 05:31", datetime(2024, 4, 15, 5, 31, tzinfo=UTC)),  # (today: the day the page was saved)
        ("sk", "| včera o 22:10", datetime(2024, 4, 14, 22, 10, tzinfo=UTC)),
        ("ar", "أمس ٨:١٥ ص", datetime(2024, 4, 14, 8, 15, tzinfo=UTC)),  # yesterday, 8:15 in the morning
        ("ar", "أمس ٨:١٥ م", datetime(2024, 4, 14, 20, 15, tzinfo=UTC)),  # ... in the evening
        ("my", "၁၂ ဩဂုတ် ၂၀၂၄ ၇:၄၅ ညနေ", datetime(2024, 8, 12, 19, 45, tzinfo=UTC)),  # Burmese evening after the clock
        ("my", "၁၃ ဩဂုတ် ၂၀၂၄ ၁၀:၀၅ နံနက်", datetime(2024, 8, 13, 10, 5, tzinfo=UTC)),  # morning
    ],
)
def test_day_words_and_parts_of_the_day(language: str, printed: str, when: datetime) -> None:
    with page_dates(language, saved=date(2024, 4, 15)):
        assert parse_time(printed) == when


@pytest.mark.parametrize("printed", ["", " ", "|", " · ", "—"])
def test_no_time_in_blanks_and_marks(printed: str) -> None:
    assert parse_time(printed) is None


def test_cackles_epoch_attribute() -> None:
    def comment(ident: int, epoch: int, printed: str, text: str) -> str:
        return (f'<div class="mc-comment" id="mc-comment-{ident}"><div class="mc-comment-wrapper"><div class="mc-comment-user">'
                f'<span class="mc-comment-name">Фарзона {ident}</span></div>'
                f'<a href="#cc-{ident}" class="mc-comment-time" timestamp="{epoch}">{printed}</a>'
                f'<div class="mc-comment-msg">{text}</div></div></div>')

    page = (f'<html lang="tg"><body><h1>Фестивал</h1><p>{"Дар Истаравшан фестивали кордсозон баргузор шуд. " * 8}</p>'
            '<div id="mc-container"><div class="mc-comment-list">'
            + comment(8812041, 1715689237000, "14 мая в 17:20", "Хеле хуб, кордҳои Истаравшан машҳуранд.")
            + comment(8812077, 1715691731000, "14 мая в 18:02", "Соли оянда ҳам меоем.")
            + "</div></div></body></html>")
    times = [c.created_at for _, c in walk(parse_html(page).comments)]
    assert times == [datetime(2024, 5, 14, 12, 20, 37, tzinfo=UTC), datetime(2024, 5, 14, 13, 2, 11, tzinfo=UTC)]


@pytest.mark.parametrize(
    ("shown", "name"),
    [("කමල් ජයසිංහ (තහවුරු නොකළ)", "කමල් ජයසිංහ"), ("නිර්නාමික (තහවුරු නොකළ)", None), ("තිලිණි", "තිලිණි")],
)
def test_sinhala_not_confirmed(shown: str, name: str | None) -> None:
    assert clean_name(shown) == name


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The hundred-and-sixth round (reader at 894bd64): 266/268 parents blind (99.3%); blind figures in brackets.
        ("html_holdout456", (67, 67, 67, 67, 51, 0)),  # (67, 67, 67, 67, 51, 0)
        ("html_holdout457", (66, 66, 66, 66, 58, 0)),  # (66, 66, 66, 66, 56, 0)
        ("html_holdout458", (70, 70, 70, 70, 69, 0)),  # (70, 70, 68, 66, 54, 0)
        ("html_holdout459", (65, 65, 65, 65, 58, 0)),  # (65, 65, 65, 65, 57, 0)
    ],
)
def test_the_sets_of_the_hundred_and_sixth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
