"""What the forty-ninth blind round (sets 228-231) showed the HTML reader: zones stated as "UK
time", "Irish time", "Horario de Argentina (GMT -3)", in a longer Swahili sentence and in Japanese
"日本時間（JST）"; Norwegian Drupal's "(ikke bekreftet)"; a short reply's text in a block with no
class under archive.today (LiveRe). Pages written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.threads.holdout_figures import set_figures
from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.model import walk
from threads.zone_statements import stated_zone


@pytest.mark.parametrize(
    ("footer", "language", "offset_hours"),
    [
        ("All times are UK time.", "en-GB", 1),
        ("Comment times are shown in Irish time.", "en-IE", 1),
        ("Horario de Argentina (GMT -3)", "es-AR", -3),
        ("Saa zote zilizoonyeshwa kwenye tovuti hii ni za Afrika Mashariki (EAT, UTC+3).", "sw-TZ", 3),
        ("※記事・コメントの日時は すべて日本時間（JST）で表示しています。", "ja", 9),
    ],
)
def test_a_zone_stated_in_a_footer(footer: str, language: str, offset_hours: int) -> None:
    zone = stated_zone(f"<footer><p>{footer}</p></footer>", language=language)
    assert zone is not None and datetime(2024, 7, 1, 12, 0, tzinfo=zone).utcoffset() == timedelta(hours=offset_hours)


def test_norwegian_drupals_not_verified() -> None:
    assert clean_name("Kari Haugen (ikke bekreftet)") == "Kari Haugen"
    assert clean_name("Anonym (ikke bekreftet)") is None


def test_a_short_replys_text_in_a_block_with_no_class() -> None:
    """LiveRe under archive.today: the reply's text, six words, in a div of its own after the
    line of its bold name and its time; no paragraph, no class."""
    def comment(ident: str, indent: int, arrow: bool, name: str, when: str, text: str) -> str:
        mark = '<div style="display:inline-block;width:14px"><img src="arrow.png" width="12" height="12"></div>' if arrow else ""
        return (f'<div id="livere_reply_{ident}" style="margin:0 0 0 {indent}px;padding:14px 0">{mark}'
                f'<div style="display:inline-block;width:36px"><img src="p.jpg" width="36" height="36"></div>'
                f'<div style="display:inline-block;margin-left:8px"><div style="line-height:18px">'
                f'<span style="font-weight:bold">{name}</span> <span style="color:#999">{when}</span></div>'
                f'<div style="margin-top:6px">{text}</div></div></div>')

    page = ("<html lang='ko'><body><article><h1>광교호수공원 주차 요금</h1>"
            f"<p>{'수원시는 다음 달부터 주차 요금을 받는다고 밝혔다. ' * 20}</p></article><div id='livereContainer'>"
            + comment("90311452", 0, False, "광교주민", "2024.06.03 09:12", "주차장이 항상 꽉 차 있어서 요금을 받는 것도 이해는 갑니다 그래도 너무 비싸요")
            + comment("90311655", 44, True, "영통구민", "2024.06.03 11:31", "위에 분 삭제됐네요 무슨 말 했길래")
            + comment("90311750", 0, False, "호수산책러", "2024.06.03 14:22", "평일 저녁에는 무료로 해주면 좋겠어요")
            + "</div></body></html>")
    assert [(c.author_name, c.body) for _path, c in walk(parse_html(page).comments)] == [
        ("광교주민", "주차장이 항상 꽉 차 있어서 요금을 받는 것도 이해는 갑니다 그래도 너무 비싸요"),
        ("영통구민", "위에 분 삭제됐네요 무슨 말 했길래"),
        ("호수산책러", "평일 저녁에는 무료로 해주면 좋겠어요"),
    ]


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The forty-ninth round (reader at 6043162): 248/249 parents blind (99.6%). The one left,
        # a reply whose "@Anónimo" names an anonymous comment (231), was found in round 51.
        ("html_holdout228", (64, 64, 64, 64, 64, 0)),
        ("html_holdout229", (64, 64, 64, 64, 64, 0)),
        ("html_holdout230", (60, 60, 60, 60, 60, 0)),
        ("html_holdout231", (61, 61, 61, 61, 61, 0)),
    ],
)
def test_the_sets_of_the_forty_ninth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
