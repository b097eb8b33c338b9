"""What the seventy-fifth blind round (sets 332-335, 227/237 parents blind) showed the HTML reader:
a 2007 Norwegian paper's posts, known only by the anchors before them ("innlegg40211": a post, in
any language ``POST_WORDS`` knows), its "Alle tider er norsk tid" and Dutch "Alle tijden zijn in
Nederlandse tijd"; a statement naming the winter's zone and, after it, the summer's ("(AEST, or
AEDT during daylight saving)": the region); Armenian's "Պատասխան՝" before the link to the comment
answered; what is left of a header line once its name was read ("1. skrev 24.03.2007 kl. 21:14").
Left then: set 334's Thai page, whose bold "ความคิดเห็นที่ 1" (comment no. 1) was read as the name,
the name and time printed under the text (seven authors, two times); mended before round 77."""

from __future__ import annotations

import pytest

from tests.threads.holdout_figures import set_figures, stated_offsets
from threads.html_reader import parse_html
from threads.model import walk


@pytest.mark.parametrize(
    ("footer", "language", "january", "july"),
    [
        ("Husk at du er ansvarlig for innholdet. Alle tider er norsk tid.", "no", 1, 2),
        ("Alle tijden zijn in Nederlandse tijd.", "nl", 1, 2),
        ("Comment times are shown in Armidale local time (AEST, or AEDT during daylight saving).", "en", 11, 10),
    ],
)
def test_zone_statements(footer: str, language: str, january: int, july: int) -> None:
    assert stated_offsets(footer, language) == (january, july)


def _story(comments: str, lang: str) -> str:
    body = "Kommunen har vedtatt å bygge ny gangbru over Mesnaelva ved Kringsjå skole neste år. " * 12
    return f'<html lang="{lang}"><body><h1>Ny bru over Mesnaelva</h1><p>{body}</p>{comments}</body></html>'


def test_posts_known_by_their_anchors_in_a_2007_table() -> None:
    def post(number: int, index: int, name: str, text: str, answers: tuple[int, int] | None = None) -> str:
        reply = f'<tr><td class="svartil">Svar til <a href="#innlegg{answers[0]}">innlegg nr. {answers[1]}</a></td></tr>' if answers else ""
        return (f'<tr><td class="innlegg" valign="top"><a name="innlegg{number}"></a><table width="100%"><tr><td class="innleggtopp">'
                f'<b>{index}.</b> <span class="navn">{name}</span> <span class="dato">skrev 24.03.2007 kl. 21:14</span></td></tr>'
                f'{reply}<tr><td class="tekst">{text}</td></tr></table></td></tr>')

    table = ('<div class="debatthode">Debatt om artikkelen (3 innlegg)</div><table class="debatt">'
             + post(40211, 1, "Kari N.", "Endelig skjer det noe med brua, ungene mine krysser den hver dag.")
             + post(40215, 2, "Ola Bakken", "Råtten er vel å ta i, men enig i at det haster.", (40211, 1))
             + post(40218, 3, "fjellmann", "Seks millioner for en bru er mye penger for kommunen.") + "</table>")
    comments = [(len(path), c.external_id, c.author_name, c.body) for path, c in walk(parse_html(_story(table, "no")).comments)]
    assert [(depth, ident, name) for depth, ident, name, _ in comments] == [
        (1, "innlegg40211", "Kari N."), (2, "innlegg40215", "Ola Bakken"), (1, "innlegg40218", "fjellmann"),
    ]
    assert comments[0][3].startswith("Endelig skjer det noe med brua")


def test_armenian_reply_label() -> None:
    def item(number: int, name: str, text: str, answers: int | None = None) -> str:
        to = f'<div class="hc__comment-to">Պատասխան՝ <a href="#hc-{answers}">Անանուն</a></div>' if answers else ""
        return (f'<div class="hc__comment" id="hc-{number}"><div class="hc__comment-head"><span class="hc__author">{name}</span> '
                f'<a class="hc__date" href="#hc-{number}" title="15.08.2024 20:30 (GMT+4)">16 ժամ առաջ</a></div>{to}'
                f'<div class="hc__comment-body">{text}</div></div>')

    page = _story('<div class="hc__root"><div class="hc__comments">' + item(1187013, "Արամ", "Պարկը պետք է պահպանել։")
                  + item(1187020, "Գոհար", "Համաձայն եմ, բայց աշխատատեղերն էլ են կարևոր։")
                  + item(1187027, "Դիլիջան Օնլայն", "Ընկերությունը նշում է 60 աշխատատեղի մասին։", 1187013) + "</div></div>", "hy")
    parents = {c.external_id: [r.external_id for r in c.replies] for _, c in walk(parse_html(page).comments)}
    assert parents["hc-1187013"] == ["hc-1187027"]


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The seventy-fifth round (reader at ff886c0): 227/237 parents blind (95.8%); blind figures in brackets.
        ("html_holdout332", (59, 59, 59, 59, 59, 0)),  # (59, 59, 59, 59, 55, 0)
        ("html_holdout333", (58, 58, 58, 58, 58, 0)),  # (58, 58, 58, 58, 51, 0)
        ("html_holdout334", (59, 59, 59, 59, 59, 0)),  # (59, 59, 57, 52, 57, 0)
        ("html_holdout335", (61, 61, 61, 61, 61, 0)),  # (61, 53, 53, 53, 53, 0)
    ],
)
def test_the_sets_of_the_seventy_fifth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
