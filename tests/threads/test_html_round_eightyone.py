"""What the eighty-first blind round (sets 356-359, 240/248 parents blind) showed the HTML reader: a
2012 Japanese paper's board of "dl.res#res3" lists, the dt the header and the dd the text with no
class naming it, read as nothing (8), and the story's body taken from the footer (a paragraph's
words counted by its blanks, none in Japanese); a Czech note naming the zone's winter and summer
with words between them ("(SEČ, v letním období SELČ)"); a Drupal stamp settling a printed time in
the hour the clocks go back, once the page states its zone."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.threads.holdout_figures import set_figures, stated_offsets
from threads.html_reader import parse_html
from threads.model import walk


def _board_page() -> str:
    def res(number: int, name: str, when: str, text: str, answers: int | None = None) -> str:
        anchor = f'<a href="#res{answers}" class="anc">&gt;&gt;{answers}</a><br />' if answers else ""
        return (f'<dl class="res" id="res{number}"><dt><span class="resno">{number}</span> ：<span class="name">{name}</span> ：'
                f'<span class="date">{when}</span></dt><dd>{anchor}{text}</dd></dl>')

    story = "".join(f"<p>　{line}</p>" for line in (
        "帯広市は１０日、駅前の歩行者天国を今年も７月から始めると発表した。期間は９月末までで、毎週日曜日の正午から午後６時まで車両の通行を止める。",
        "市商工観光課は「昨年より出店数を増やし、家族連れにも楽しんでもらいたい」としている。",
    ))
    return (f'<html lang="ja"><body><div id="main"><div class="article"><h2>駅前歩行者天国、７月から</h2><p class="date">2012年6月10日</p>{story}</div>'
            '<div class="comment-area" id="comments"><h3>読者の声（３件）</h3>'
            + res(1, "帯広っ子", "2012/06/10(日) 21:05", "毎年楽しみにしています。　今年は屋台が増えるといいですね。")
            + res(2, "名無しさん", "2012/06/10(日) 22:40", "駐車場が足りないので　バスで行くのがおすすめです。", answers=1)
            + res(3, "十勝の住人", "2012/06/11(月) 07:12", "雨の日は中止になるのでしょうか。　告知をお願いします。")
            + '</div></div><div id="footer"><p>Copyright © 2012 とかち日報社 All rights reserved.</p></div></body></html>')


def test_a_japanese_boards_definition_lists() -> None:
    article = parse_html(_board_page())
    found = [(len(path), c.external_id, c.author_name, c.created_at, c.body) for path, c in walk(article.comments)]
    assert [row[:4] for row in found] == [
        (1, "res1", "帯広っ子", datetime(2012, 6, 10, 21, 5, tzinfo=UTC)),
        (2, "res2", None, datetime(2012, 6, 10, 22, 40, tzinfo=UTC)),
        (1, "res3", "十勝の住人", datetime(2012, 6, 11, 7, 12, tzinfo=UTC)),
    ]
    assert found[1][4].startswith("駐車場が足りないので")
    assert article.body.startswith("帯広市は１０日")  # the story, not the footer's line of Latin words


def test_a_zones_winter_and_summer_named_in_one_bracket_with_words_between() -> None:
    assert stated_offsets("Všechny časy jsou uvedeny ve středoevropském čase (SEČ, v letním období SELČ).", "cs") == (1, 2)


def test_a_stamp_settles_a_printed_time_in_the_hour_the_clocks_go_back() -> None:
    def comment(ident: int, epoch: int, shown: str, text: str) -> str:
        return (f'<article id="comment-{ident}" class="comment js-comment"><span class="hidden" data-comment-timestamp="{epoch}"></span>'
                f'<footer class="comment__meta"><p class="comment__author"><span>Jana K.</span></p><p class="comment__time">{shown}</p></footer>'
                f'<div class="comment__content"><div class="field--name-comment-body"><p>{text}</p></div></div></article>')

    thread = (comment(71, 1698539400, "Ne 29. 10. 2023, 02:30", "Lávka měla být hotová už v létě, teď se čeká další měsíc.")
              + comment(72, 1698543600, "Ne 29. 10. 2023, 02:40", "Město slíbilo provizorní lávku o sto metrů níž po proudu."))
    page = (f'<html lang="cs"><body><h1>Lávka přes Olši zůstane zavřená</h1><p>{"Oprava lávky přes řeku se protáhne do prosince. " * 10}</p>'
            f'<section class="comments">{thread}</section><div class="block"><p>Všechny časy na tomto webu jsou uvedeny '
            f'v místním čase (SEČ/SELČ).</p></div></body></html>')
    assert [c.created_at for _, c in walk(parse_html(page).comments)] == [
        datetime(2023, 10, 29, 0, 30, tzinfo=UTC),  # 02:30 summer time, the first of the two
        datetime(2023, 10, 29, 1, 40, tzinfo=UTC),  # 02:40 winter time, the second: the stamp says which
    ]


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The eighty-first round (reader at 8cbbe95): 240/248 parents blind (96.8%); blind figures in brackets.
        ("html_holdout356", (64, 64, 64, 64, 64, 0)),  # (64, 64, 64, 64, 64, 0)
        ("html_holdout357", (61, 61, 61, 61, 61, 0)),  # (61, 61, 61, 61, 54, 0)
        ("html_holdout358", (61, 61, 61, 61, 61, 0)),  # (61, 61, 61, 61, 61, 0)
        ("html_holdout359", (62, 62, 62, 62, 62, 0)),  # (62, 54, 54, 54, 54, 0)
    ],
)
def test_the_sets_of_the_eighty_first_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
