"""Text dumps taught while the sixty-second round ran (#15): a Nepali paper's flat list, each
header a name and a Bikram Sambat date with the part of the day before the clock ("राम बहादुर
थापा चैत १७, २०८० बिहान ८:०५", morning), replies opening "जवाफ: @name" (reply). Dumps written for
this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE
from threads.html_time import parse_time
from threads.model import walk
from threads.page_parser import parse_page
from threads.page_script_dates import name_then_script_date


def test_a_bikram_sambat_clock_after_its_part_of_the_day() -> None:
    assert parse_time("चैत १७, २०८० बिहान ८:०५") == datetime(2024, 3, 30, 8, 5, tzinfo=UTC)
    assert parse_time("चैत १७, २०८० दिउँसो १:२५") == datetime(2024, 3, 30, 13, 25, tzinfo=UTC)
    assert parse_time("चैत १७, २०८० राति ११:१०") == datetime(2024, 3, 30, 23, 10, tzinfo=UTC)
    assert parse_time("चैत १७, २०८० राति २:१०") == datetime(2024, 3, 30, 2, 10, tzinfo=UTC)
    assert name_then_script_date("राम बहादुर थापा चैत १७, २०८० बिहान ८:०५") == (
        "राम बहादुर थापा", datetime(2024, 3, 30, 8, 5, tzinfo=UTC),
    )


_NEPALI = (
    ARTICLE
    + """प्रतिक्रिया (३)

राम बहादुर थापा चैत १७, २०८० बिहान ८:०५

हरेक शनिबार यति धेरै मान्छे खट्दा पनि नदी सफा हुन नसक्नु दुःखको कुरा हो।

जवाफ दिनुहोस्
सुनिता श्रेष्ठ चैत १७, २०८० बिहान ९:३०
जवाफ: @राम बहादुर थापा

सहमत। तर अभियानले जनचेतना त जगाएको छ नि, पहिलेभन्दा धेरै सुधार छ।

जवाफ दिनुहोस्
हरि प्रसाद चैत १७, २०८० दिउँसो १:२५

अर्को हप्ता गुहेश्वरी तिर पनि जानुपर्छ, त्यहाँको अवस्था झन् खराब छ।

जवाफ दिनुहोस्
"""
)


def test_a_nepali_flat_list_with_reply_lines() -> None:
    found = [(path, c.author_name, c.created_at) for path, c in walk(parse_page(_NEPALI).comments)]
    assert found == [
        ((0,), "राम बहादुर थापा", datetime(2024, 3, 30, 8, 5, tzinfo=UTC)),
        ((0, 0), "सुनिता श्रेष्ठ", datetime(2024, 3, 30, 9, 30, tzinfo=UTC)),
        ((1,), "हरि प्रसाद", datetime(2024, 3, 30, 13, 25, tzinfo=UTC)),
    ]
