"""A Hindi paper's comments (#15, set 62): the heading "पाठकों की राय (3)" ("readers' opinion"),
unknown to the table; a disclaimer too long for ``past_form`` between it and the comment form, so
the list under the form was never reached; and each comment's avatar drawn as the first syllable
of the name ("रा" over "राकेश तिवारी"), which was read as the name. Dump written for this test."""

from __future__ import annotations

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_W3M = ARTICLE + """पाठकों की राय (3)

क्रम: पुराने पहले | नए पहले | सबसे पसंदीदा

अस्वीकरण: ये टिप्पणियां पाठकों के निजी विचार हैं, अखबार का इनसे सहमत होना जरूरी नहीं
है। सभी समय भारतीय मानक समय (IST) में हैं।

[                    ]
[                    ] [                    ] टिप्पणी भेजें
  • रा
    राकेश तिवारी जबलपुर
    14 जून 2024, 10:12 AM IST

    हर साल यही होता है, नाविकों की कमाई बंद हो जाती है।

    पसंद (14) नापसंद (2) जवाब दें रिपोर्ट करें
      □ सु
        सुनीता पटेल भेड़ाघाट
        14 जून 2024, 11:03 AM IST

        राकेश जी, सुरक्षा पहले है।

        पसंद (9) नापसंद (0) जवाब दें रिपोर्ट करें
  • A
    Amit Jain Indore
    14 जून 2024, 10:40 AM IST

    Boatmen ka kya hoga teen mahine?

    पसंद (11) नापसंद (1) जवाब दें रिपोर्ट करें

संपर्क करें
"""


def test_the_list_under_a_notice_and_form_is_the_thread() -> None:
    rows = flat(parse_page(_W3M).comments)
    assert [(path, author) for path, author, _, _ in rows] == [
        ((0,), "राकेश तिवारी जबलपुर"),
        ((0, 0), "सुनीता पटेल भेड़ाघाट"),
        ((1,), "Amit Jain Indore"),
    ]
