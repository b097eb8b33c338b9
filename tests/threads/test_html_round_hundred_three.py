"""What the hundred-and-third blind round (sets 444-447, 243/248 parents blind) showed the HTML
reader: a paper's own flat list whose replies link "Re: #1" to the comment numbered so (set 447, 2
parents); Turkmen Drupal's "(tassyklanmadyk)" (not verified) after a name and "Myhman" (guest) for
nobody (set 446, 5 authors). Since round 104: Coral Talk 4's and a Facebook-like plugin's deleted
comments with no header (sets 446, 447), Isso's datetime attribute as Isso writes it wrongly
(month from zero), and since round 105 "All times Alaska Time" (set 447). Left: a top-level
comment read as a reply for its quote of another (set 447); a forum's join dates read as its
posts' times (set 446); zones stated in words in Spanish ("hora colombiana", Peru's official
time), Macedonian and Russian."""

from __future__ import annotations

import pytest

from tests.threads.holdout_figures import set_figures
from threads.comment_names import clean_name
from threads.html_reader import parse_html
from threads.model import walk


def test_a_reply_linked_by_its_number() -> None:
    def item(ident: int, number: int, name: str, text: str, answered: int | None = None) -> str:
        link = f' <a href="https://archive.ph/Wq7Zt#cmt-{answered}" style="font-size:12px;">Re: #{answered - 7780}</a>' if answered else ""
        return (f'<div id="cmt-{ident}" style="border-top:1px solid #ddd;padding:10px 0;"><div style="font-size:13px;">'
                f'<span style="color:#999;margin-right:6px;">#{number}</span><b>{name}</b> '
                f'<span style="color:#888;">Posted Fri, Mar 10, 2023 {number}:20 PM</span>{link}</div>'
                f'<div style="font-size:15px;margin:6px 0;"><p>{text}</p></div></div>')

    page = (f'<html lang="en"><body><h1>Landfill fees</h1><p>{"The city raises landfill tipping fees in April. " * 8}</p><div>'
            + item(7781, 1, "Nora Tinker", "Another fee on top of the pickup charge we already pay every month.")
            + item(7783, 2, "Gus W.", "It's not pickup, it's the tipping fee. Read the ordinance before you post.", 7781)
            + item(7784, 3, "Tess Alvarado", "Will the transfer station keep its Saturday hours after April?")
            + "</div></body></html>")
    ids: dict[tuple[int, ...], str | None] = {}
    read = []
    for path, c in walk(parse_html(page).comments):
        ids[path] = c.external_id
        read.append((c.external_id, ids.get(path[:-1])))
    assert read == [("cmt-7781", None), ("cmt-7783", "cmt-7781"), ("cmt-7784", None)]


@pytest.mark.parametrize(("shown", "name"), [("Myrat (tassyklanmadyk)", "Myrat"), ("Myhman (tassyklanmadyk)", None), ("Myhman", None)])
def test_turkmen_names(shown: str, name: str | None) -> None:
    assert clean_name(shown) == name


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The hundred-and-third round (reader at 3bf5b01): 243/248 parents blind (98.0%); blind figures in brackets.
        ("html_holdout444", (60, 60, 60, 60, 60, 0)),  # (60, 60, 60, 60, 60, 0)
        ("html_holdout445", (61, 61, 61, 61, 38, 0)),  # (61, 61, 61, 61, 30, 0)
        ("html_holdout446", (64, 64, 64, 64, 38, 0)),  # (64, 63, 63, 58, 37, 0)
        ("html_holdout447", (63, 63, 62, 63, 56, 0)),  # (63, 62, 59, 62, 47, 0)
    ],
)
def test_the_sets_of_the_hundred_and_third_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
