"""What the seventy-fourth blind round (sets 328-331, 232/238 parents blind) showed the HTML
reader: Italian "risponde a <a href=#c20931>" (replies to); Coral 9's deleted comment, its own item
at the thread's top ("coral-comment-deleted"); a note naming the zone in brackets with a short verb
after it, as Nepali puts it last ("(UTC+०५:४५) अनुसार देखाइएको छ"); a quote box under archive.today
headed "Antwort auf #1 von Gerd_K:"; a badge's word kept where the name is its bold element's one
run of text ("Saar-Echo Redaktion", its "Redaktion" badge beside it).
Left: set 330's Naver-like list under archive.today, two top-level comments read under the deleted
comment before them, and a CleanBot-hidden comment's time (three fields)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.threads.holdout_figures import set_figures
from threads.html_reader import parse_html
from threads.model import walk
from threads.zone_notes import zone_in_notes

_STORY = "<article><h1>{title}</h1><p>{body}</p></article>"


def _page(comments: str, *, lang: str = "en") -> str:
    story = _STORY.format(title="A story", body="The council met on Tuesday and voted on the plan. " * 20)
    return f'<!doctype html><html lang="{lang}"><body>{story}<section id="comments"><h2>Comments</h2>{comments}</section></body></html>'


def test_italian_risponde_a() -> None:
    def rows(number: int, name: str, text: str, answers: tuple[int, str] | None = None) -> str:
        said = f'risponde a <a href="#c{answers[0]}">{answers[1]}</a>' if answers else "scrive"
        return (f'<tr><td class="comm_testa"><a name="c{number}"></a><b>{name}</b> {said} il 28/03/2009 alle 23:05</td></tr>'
                f'<tr><td class="comm_corpo">{text}</td></tr><tr><td class="comm_sep"><hr></td></tr>')

    table = ('<table class="commenti">' + rows(20931, "Giorgio", "Il lungolago è un cantiere a cielo aperto.")
             + rows(20933, "Anna", "Chi risarcisce i negozi di piazza Cavour?")
             + rows(20935, "lariano", "Tre anni e mezzo, per la precisione.", (20931, "Giorgio")) + "</table>")
    parents = {c.external_id: [r.external_id for r in c.replies] for _, c in walk(parse_html(_page(table, lang="it")).comments)}
    assert parents["c20931"] == ["c20935"]


def test_a_nepali_note_names_the_zone_before_its_verb() -> None:
    zone = zone_in_notes("<p>सबै समय नेपाल समय (UTC+०५:४५) अनुसार देखाइएको छ ।</p>")
    assert zone is not None and zone.utcoffset(None) == timedelta(hours=5, minutes=45)
    # a story's sentence goes on longer after its bracket
    assert zone_in_notes("<p>Le passage à l'heure légale (GMT+1) ce dimanche 6 avril, après le Ramadan, marquera l'été.</p>") is None


def test_a_quote_box_headed_by_the_words_for_in_reply_to() -> None:
    def item(number: int, name: str, text: str, quoted: tuple[int, str, str] | None = None) -> str:
        box = (f'<div style="padding:6px 10px;border-left:3px solid rgb(187,187,187);"><div style="font-size:11px;">Antwort auf '
               f'<a href="#kommentar-{quoted[0]}">#1 von {quoted[1]}</a>:</div>„{quoted[2]}“</div>') if quoted else ""
        return (f'<div id="kommentar-{number}" style="border-bottom:1px solid #ddd;"><div style="font-size:13px;"><b>{name}</b> '
                f'<span>schrieb am 26.03.2024, 19:02 Uhr</span></div>{box}<div style="margin-top:6px;font-size:15px;">{text}</div></div>')

    page = _page(item(90812, "Gerd_K", "Endlich kommt die Saarbahn auch in den Westen der Stadt.")
                 + item(90817, "Heiko1967", "Zu den Heimspielen fährt doch jetzt schon der Shuttlebus für alle Fans.",
                        (90812, "Gerd_K", "Endlich kommt die Saarbahn auch in den Westen der Stadt.")), lang="de")
    comments = {c.external_id: c for _, c in walk(parse_html(page).comments)}
    assert [r.external_id for r in comments["kommentar-90812"].replies] == ["kommentar-90817"]
    assert comments["kommentar-90817"].body.endswith("Zu den Heimspielen fährt doch jetzt schon der Shuttlebus für alle Fans.")
    assert not comments["kommentar-90817"].body.startswith("Heiko1967")


def test_a_badge_word_kept_where_the_name_is_its_elements_one_run_of_text() -> None:
    def item(number: int, name: str, badge: str, text: str) -> str:
        return (f'<div id="kommentar-{number}" style="border-bottom:1px solid #ddd;"><div style="font-size:13px;"><b>{name}</b>'
                f'{badge} <span>schrieb am 27.03.2024, 08:30 Uhr</span></div><div style="margin-top:6px;">{text}</div></div>')

    page = _page(item(90825, "Sabine Wagner", "", "Wo sollen die Anwohner in Zukunft parken, wenn die Linie kommt?")
                 + item(90826, "Saar-Echo Redaktion", ' <span style="background-color:rgb(0,51,102);">Redaktion</span>',
                        "Ein Parkkonzept wird auf der Bürgerversammlung im April vorgestellt."), lang="de")
    assert [c.author_name for c in parse_html(page).comments] == ["Sabine Wagner", "Saar-Echo Redaktion"]


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The seventy-fourth round (reader at be74e84): 232/238 parents blind (97.5%); blind figures in brackets.
        ("html_holdout328", (57, 57, 57, 57, 57, 0)),  # (57, 57, 57, 57, 57, 0)
        ("html_holdout329", (59, 59, 59, 59, 59, 0)),  # (59, 59, 59, 58, 59, 0)
        ("html_holdout330", (60, 60, 60, 60, 60, 0)),  # (60, 60, 58, 60, 52, 0)
        ("html_holdout331", (62, 62, 62, 62, 62, 0)),  # (62, 62, 58, 62, 62, 0)
    ],
)
def test_the_sets_of_the_seventy_fourth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
