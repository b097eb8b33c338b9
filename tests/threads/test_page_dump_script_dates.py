"""Comment sections in scripts other than the Latin one (#15, blind set 29): headers whose time is
written the script's own way ("2024年5月12日下午3:20" run into a Chinese name, "2024.05.12 10:20"
and "3시간 전" in Korean, a Hindi "says:" header over "12 मई 2024 को 9:05 पूर्वाह्न"), read by the
HTML reader's ``parse_time``; the headings, buttons, badges and forms of those pages as data.
Dumps written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page
from threads.page_script_dates import is_script_date, name_then_script_date, without_script_badge

# w3m on a Hong Kong page: comments flat, the name run into the date (no space in the script).
_CHINESE = ARTICLE + """讀者留言（3）

陳太2024年5月12日上午9:05

新巴士線終於開通，我每朝都要行二十分鐘先搭到車。

回覆 · 讚好 (4) · 舉報
何記者作者2024年5月12日下午3:20

運輸署回覆本報，新路線下月起加密班次。

回覆 · 讚好 (2) · 舉報
匿名2024年5月13日上午8:00

班次加密之後希望唔好再跳站啦。

回覆 · 讚好 (1) · 舉報

發表留言

名稱 [                    ]
"""

# w3m on a Korean page: replies under □ and ☆, a relative time in Korean.
_KOREAN = ARTICLE + """댓글 3

  • [profile] 김민수 2024.05.12 10:20

    버스 노선이 바뀌면 아이들 통학은 어떻게 하나요.

    답글 1추천 5비추천 0신고
      □ [reporter] 이지은 기자 3시간 전

        교육청은 통학버스를 따로 운영할 계획이라고 밝혔습니다.

        답글추천 3비추천 0신고
  • [profile] 박서연 구독자 2시간 전

    정류장 위치도 기사에 알려주세요.

    답글추천 1비추천 0신고

많이 본 뉴스

 1. 시내버스 노선 개편안 발표
"""

# w3m on a Hindi WordPress page: the count after the story's title, "says:" in Hindi, the date below.
_HINDI = ARTICLE + """“नई बस सेवा शुरू” पर 2 विचार

 1. [a] सुरेश यादव ने कहा:
    12 मई 2024 को 9:05 पूर्वाह्न

    नई बस सेवा से हमारे मोहल्ले के लोगों को बहुत राहत मिलेगी।

    जवाब दें
     1. [b] अनाम ने कहा:
        12 मई 2024 को 2:30 अपराह्न

        राहत तब मिलेगी जब बसें समय पर चलेंगी।

        जवाब दें

प्रातिक्रिया दे
"""


def test_chinese_name_run_into_its_date() -> None:
    rows = flat(parse_page(_CHINESE).comments)
    assert [(path, author) for path, author, _, _ in rows] == [((0,), "陳太"), ((1,), "何記者"), ((2,), None)]
    assert rows[1][2] == datetime(2024, 5, 12, 15, 20, tzinfo=UTC)
    assert rows[2][3] == "班次加密之後希望唔好再跳站啦。"


def test_korean_year_first_dates_and_relative_times() -> None:
    rows = flat(parse_page(_KOREAN).comments)
    assert [(path, author) for path, author, _, _ in rows] == [((0,), "김민수"), ((0, 0), "이지은"), ((1,), "박서연")]
    assert rows[0][2] == datetime(2024, 5, 12, 10, 20, tzinfo=UTC)
    assert rows[1][3] == "교육청은 통학버스를 따로 운영할 계획이라고 밝혔습니다."


def test_hindi_heading_after_the_title_and_says_header() -> None:
    rows = flat(parse_page(_HINDI).comments)
    assert [(path, author) for path, author, _, _ in rows] == [((0,), "सुरेश यादव"), ((0, 0), None)]
    assert rows[1][2] == datetime(2024, 5, 12, 14, 30, tzinfo=UTC)
    assert rows[1][3] == "राहत तब मिलेगी जब बसें समय पर चलेंगी।"


def test_script_dates_are_read_by_parse_time_only_where_whole() -> None:
    assert is_script_date("الثلاثاء 12 مايو 2024 - 10:40 ص")
    assert is_script_date("12 Μαΐου 2024, 19:05 #3")  # a permalink's number after the stamp
    assert not is_script_date("2024年度の予算は約8億円の赤字")
    assert name_then_script_date("[ava] 王小明 2024年5月12日 14:32") == (
        "[ava] 王小明",
        datetime(2024, 5, 12, 14, 32, tzinfo=UTC),
    )
    assert name_then_script_date("2024年5月12日 06:00 報道部 コメント 8件") is None
    assert name_then_script_date("Plain ASCII 2024-05-12 14:32") is None  # the Latin patterns' job
    assert without_script_badge("山田花子有料会員") == "山田花子"
    assert without_script_badge("記者") == "記者"
