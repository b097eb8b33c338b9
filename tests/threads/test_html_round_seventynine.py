"""What the seventy-ninth blind round (sets 348-351, 234/244 parents blind) showed the HTML reader,
and what was mended before it: set 330's Naver-like list under archive.today, where a deleted
comment has no margin and the others "margin:0 0 0 0px": the comments after it at no margin were
read as its replies. Round 79: a 2008 Finnish paper's comments as table cells carrying their ids
("td.kommentti#kommentti-55012"), read as nothing (8); a zone statement whose apostrophe the page
writes as an entity ("à l&#039;heure de Paris"); a Swahili tooltip opening with its weekday
("Jumanne, Mei 14, 2024 9:05 AM"); a badge beside the name read as the text's first line ("공식").
Left: a Daum-like reply whose key follows the markup's parent where its "@name" names another (set
350). (Set 351's Italian reply known only by an "@name" a few words into its text was read in the
twenty-eighth session: see test_html_round_eightysix.)"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from tests.threads.holdout_figures import set_figures
from threads.html_reader import parse_html
from threads.html_time import parse_time
from threads.model import walk
from threads.zone_statements import stated_zone


def _item(ident: int, name: str, text: str, when: str, margin: int | None, replies: str = "") -> str:
    style = f"margin:0 0 0 {margin}px;" if margin is not None else ""
    area = f'<div id="reply_area_{ident}"><ul style="margin:0;padding:0;">{replies}</ul></div>' if replies else ""
    head = (f'<div style="margin-bottom:8px;"><a href="/comment/list?userId={ident}" style="font-weight:bold;">{name}</a></div>'
            if name else "")
    tail = f'<div style="margin-top:7px;"><span style="font-size:12px;">{when}</span></div>' if when else ""
    return (f'<li id="comment_{ident}" style="list-style:none;{style}padding:16px 0;">{head}'
            f'<div style="font-size:15px;"><span>{text}</span></div>{tail}{area}</li>')


def test_a_deleted_comment_without_a_margin_among_comments_at_margin_nothing() -> None:
    reply = _item(702, "gold****", "다른 방법은 없는지 궁금합니다. 보를 닫는 것 말고요.", "2024.09.03. 16:05", 40)
    comments = (_item(701, "", "작성자에 의해 삭제된 댓글입니다.", "", None, reply)
                + _item(703, "river****", "보 열어둔 동안 모래톱이 많이 생겼어요. 새들도 자주 봅니다.", "2024.09.03. 16:30", 0)
                + _item(704, "park****", "시민 공청회를 다시 열어야 합니다. 결정을 서두르지 마세요.", "2024.09.04. 08:12", 0,
                        _item(705, "sejo****", "동의합니다. 작년 공청회는 형식적이었어요.", "2024.09.04. 09:01", 40)))
    page = (f'<html lang="ko"><body><h1>세종보 재가동 논란</h1><p>{"환경부가 세종보 재가동을 검토하고 있다. " * 12}</p>'
            f'<div id="cbox_module"><ul style="margin:0;padding:0;">{comments}</ul></div></body></html>')
    assert [(len(path), c.external_id) for path, c in walk(parse_html(page).comments)] == [
        (1, "comment_701"), (2, "comment_702"), (1, "comment_703"), (1, "comment_704"), (2, "comment_705"),
    ]


def test_comments_as_table_cells_carrying_their_ids() -> None:
    def cell(ident: int, number: int, name: str, when: str, text: str, answers: tuple[int, int, str] | None = None) -> str:
        reply = (f'<div class="vastaus">Vastaus kommenttiin <a href="#kommentti-{answers[0]}">#{answers[1]}</a> ({answers[2]})</div>'
                 if answers else "")
        return (f'<tr><td class="kommentti" id="kommentti-{ident}"><div class="kommentti-otsake"><span class="kommentti-nro">{number}.</span> '
                f'<b class="nimimerkki">{name}</b> <span class="kommentti-aika">{when}</span></div>{reply}'
                f'<div class="kommentti-teksti">{text}</div><div class="kommentti-toiminnot"><a href="vastaa.html">Vastaa</a></div></td></tr>')

    rows = (cell(301, 1, "Kuusaan Kaija", "2.4.2008 klo 9.15", "Uusi uimahalli on hyvä asia, mutta miksi se rakennetaan keskustaan?")
            + cell(305, 2, "Voikkaalainen", "2.4.2008 klo 11.40", "Keskustaan pääsee bussilla joka puolelta, se on järkevä paikka.",
                   (301, 1, "Kuusaan Kaija"))
            + cell(309, 3, "Uimari", "2.4.2008 klo 14.05", "Kunhan allas on viisikymmentä metriä, muuten ei kannata."))
    page = (f'<html lang="fi"><body><table><tr><td id="keski"><h1>Kouvolaan uusi uimahalli</h1>'
            f'<p>{"Kaupunginvaltuusto päätti maanantaina rakentaa uuden uimahallin keskustaan. " * 8}</p>'
            f'<div id="kommentit"><h3>Lukijoiden kommentit (3)</h3><table class="kommenttitaulu">{rows}</table></div></td></tr></table></body></html>')
    found = [(len(path), c.external_id, c.author_name, c.created_at) for path, c in walk(parse_html(page).comments)]
    assert found == [
        (1, "kommentti-301", "Kuusaan Kaija", datetime(2008, 4, 2, 9, 15, tzinfo=UTC)),
        (2, "kommentti-305", "Voikkaalainen", datetime(2008, 4, 2, 11, 40, tzinfo=UTC)),
        (1, "kommentti-309", "Uimari", datetime(2008, 4, 2, 14, 5, tzinfo=UTC)),
    ]


def test_a_zone_statement_with_its_apostrophe_as_an_entity() -> None:
    zone = stated_zone("<footer><p>Les heures des commentaires sont indiquées à l&#039;heure de Paris (heure légale française).</p></footer>",
                       language="fr")
    assert zone is not None and datetime(2024, 1, 15, 12, 0, tzinfo=zone).utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Jumanne, Mei 14, 2024 9:05 AM", datetime(2024, 5, 14, 9, 5, tzinfo=UTC)),  # Swahili: Tuesday
        ("Ijumaa, Mei 17, 2024 10:25 PM", datetime(2024, 5, 17, 22, 25, tzinfo=UTC)),  # Friday
    ],
)
def test_a_weekday_before_the_date(text: str, expected: datetime) -> None:
    assert parse_time(text) == expected


def test_a_badge_beside_the_name_is_not_the_text() -> None:
    def item(ident: int, name: str, badge: str, when: str, text: str) -> str:
        mark = f'<span class="badge_official">{badge}</span>' if badge else ""
        return (f'<li class="item_cmt" id="cmt-{ident}" data-comment-id="{ident}"><div class="cmt_info"><div class="info_profile">'
                f'<strong class="tit_profile"><a class="link_nick" href="/member/u/{ident}">{name}</a></strong>{mark}'
                f'<span class="txt_date">{when}</span></div><p class="desc_txt">{text}</p></div></li>')

    comments = (item(41, "통영토박이", "", "2024.06.02. 10:15", "케이블카 요금이 또 오른다니 관광객이 줄까 걱정입니다.")
                + item(42, "통영신문 편집국", "공식", "2024.06.02. 12:30", "요금 인상 폭은 이달 말 시의회에서 확정될 예정입니다."))
    page = (f'<html lang="ko"><body><h1>통영 케이블카 요금 인상</h1><p>{"통영 케이블카 요금이 다음 달부터 오른다. " * 12}</p>'
            f'<div class="cmt_box"><ul class="list_cmt">{comments}</ul></div></body></html>')
    found = [(c.author_name, c.body) for _, c in walk(parse_html(page).comments)]
    assert found[1] == ("통영신문 편집국", "요금 인상 폭은 이달 말 시의회에서 확정될 예정입니다.")


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The seventy-ninth round (reader at 7b4e2e4): 234/244 parents blind (95.9%); blind figures in brackets.
        ("html_holdout348", (64, 64, 64, 64, 64, 0)),  # (64, 64, 64, 64, 64, 0)
        ("html_holdout349", (59, 59, 59, 59, 59, 0)),  # (59, 59, 59, 59, 52, 0)
        ("html_holdout350", (59, 59, 58, 59, 59, 0)),  # (59, 59, 58, 59, 53, 0)
        ("html_holdout351", (62, 62, 62, 62, 62, 0)),  # (62, 54, 53, 54, 54, 0)
    ],
)
def test_the_sets_of_the_seventy_ninth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
