"""Drupal in Traditional Chinese (#15, holdout set 86): "讀者回應 (8)" heads the comments, each
stamp opens with its weekday ("週四, 03/20/2025 - 19:42"), and a reply names its parent as
"回應 <subject> 作者 <author>" (in reply to … by …), which w3m prints with no blanks between the
Chinese words ("回應又延期作者海濱跑手"). Dumps written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_W3M = ARTICLE + """讀者回應 (3)

街坊甲的個人圖片

街坊甲

週四, 03/20/2025 - 19:42

永久連結

又封路

又封路？上個月先封過一次，巴士站都搬咗兩次。

  • 登入後即可發表回應

李生 (未驗證)

週四, 03/20/2025 - 21:15

回應又封路作者街坊甲

永久連結

其實係修水管

報道有講，係水務署要換水管，唔係路政署。

  • 登入後即可發表回應

陳小姐

週五, 03/21/2025 - 08:05

永久連結

巴士站

巴士站搬去邊度？

  • 登入後即可發表回應
"""

_ELINKS = _W3M.replace("回應又封路作者街坊甲", "回應 又封路 作者 街坊甲")


@pytest.mark.parametrize("page", [_W3M, _ELINKS], ids=["w3m", "elinks"])
def test_a_chinese_drupal_reply_names_its_parent_by_subject_and_author(page: str) -> None:
    assert [(path, author, time) for path, author, time, _first in flat(parse_page(page).comments)] == [
        ((0,), "街坊甲", datetime(2025, 3, 20, 19, 42, tzinfo=UTC)),
        ((0, 0), "李生", datetime(2025, 3, 20, 21, 15, tzinfo=UTC)),
        ((1,), "陳小姐", datetime(2025, 3, 21, 8, 5, tzinfo=UTC)),
    ]
