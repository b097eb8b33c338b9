"""A Hindi paper's comments under "पाठकों की प्रतिक्रियाएं (8)" ("readers' reactions", #15 set 82):
the heading word must be known for the nested list under it to be read as the comments, with the
stamps written in Indian time ("14 जून 2024, 06:48 PM IST"); without it the newsletter's form
right over it hid the list under it. Dumps written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = ARTICLE + """शहर का न्यूज़लेटर

शहर की बड़ी खबरें हर सुबह आपके इनबॉक्स में

[                    ]सब्सक्राइब करें
पाठकों की प्रतिक्रियाएं (3)

टिप्पणी करने के लिए लॉग इन करें

  • [user]रमेश तिवारी14 जून 2024, 06:48 PM IST
    पुराने शहर को मेट्रो की सबसे ज़्यादा ज़रूरत थी।
    पसंद (24) नापसंद (1) जवाब दें रिपोर्ट करें
      □ [user]अंजलि श्रीवास्तव14 जून 2024, 07:30 PM IST
        रमेश जी, देरी तो होगी ही।
        पसंद (9) नापसंद (0) जवाब दें रिपोर्ट करें
  • [user]सुनील यादव15 जून 2024, 08:40 AM IST
    खबर में लिखा है कि सर्वे अगले महीने शुरू होगा।
    पसंद (6) नापसंद (0) जवाब दें रिपोर्ट करें

और प्रतिक्रियाएं देखें
[                    ]भेजें
सबसे ज़्यादा पढ़ी गईं

 1. गोमती नगर में रात भर बिजली गुल
 2. बोर्ड की परीक्षा 15 जुलाई से

हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं और आगे भी करेंगे।
"""


def test_hindi_reactions_heading() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(path, when, text[:10]) for path, _, when, text in rows] == [
        ((0,), datetime(2024, 6, 14, 13, 18, tzinfo=UTC), "पुराने शहर"),
        ((0, 0), datetime(2024, 6, 14, 14, 0, tzinfo=UTC), "रमेश जी, द"),
        ((1,), datetime(2024, 6, 15, 3, 10, tzinfo=UTC), "खबर में लि"),
    ]
