"""A numeric date with a space after each dot ("14. 3. 2024 18:05": Czech and Slovak papers), run
into the name and a badge the page put no space before ("Jan VeselýRedakce14. 3. 2024 18:05"),
heads a flat comment (#15, blind set 23); the badge after a name ending in a letter outside
Latin-1 is cut off as any other. Dump written for this test."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threads.dump_pages import ARTICLE, flat
from threads.page_parser import parse_page

_PAGE = ARTICLE + """Diskuse (3 příspěvky)

[]Karel BenešPředplatitel14. 3. 2024 18:05

Nová lávka přes řeku měla být hotová v létě, teď se mluví o příštím roce.

+ 6 − 1 Odpovědět Nahlásit
[]Jana Vlková14. 3. 2024 19:40

Stavbař čeká na ocel, psali to v radničním zpravodaji minulý týden.

+ 3 − 0 Odpovědět Nahlásit
[]Jan VeselýRedakce15. 3. 2024 8:12

Doplnili jsme do článku vyjádření stavebního odboru k novému termínu.

+ 2 − 0 Odpovědět Nahlásit

Přidat příspěvek
"""


def test_spaced_numeric_dates_and_glued_badges_head_flat_comments() -> None:
    rows = flat(parse_page(_PAGE).comments)
    assert [(author, when, text[:20]) for _path, author, when, text in rows] == [
        ("Karel Beneš", datetime(2024, 3, 14, 18, 5, tzinfo=UTC), "Nová lávka přes řeku"),
        ("Jana Vlková", datetime(2024, 3, 14, 19, 40, tzinfo=UTC), "Stavbař čeká na ocel"),
        ("Jan Veselý", datetime(2024, 3, 15, 8, 12, tzinfo=UTC), "Doplnili jsme do člá"),
    ]
