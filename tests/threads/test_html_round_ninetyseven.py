"""What the ninety-seventh blind round (sets 420-423, 238/238 parents blind) showed the HTML reader:
French Drupal's "Visiteur (non vérifié)" (visitor, not verified) for nobody (set 423). Left, as
the keys' convention: a removed comment's placeholder with no name, time or replies, which set
422's key leaves out and other keys keep as a row (the reader keeps it: a moderator sees where a
comment was taken out)."""

from __future__ import annotations

import pytest

from tests.threads.holdout_figures import set_figures
from threads.comment_names import clean_name


@pytest.mark.parametrize(
    ("shown", "name"), [("Visiteur (non vérifié)", None), ("Visiteuse", None), ("Visiteur du soir", "Visiteur du soir")]
)
def test_a_french_visitor_is_nobody(shown: str, name: str | None) -> None:
    assert clean_name(shown) == name


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The ninety-seventh round (reader at 43a3413): 238/238 parents blind (100%); blind figures in brackets.
        ("html_holdout420", (59, 59, 59, 59, 59, 0)),  # (59, 59, 59, 59, 59, 0)
        ("html_holdout421", (64, 64, 64, 64, 64, 0)),  # (64, 64, 64, 64, 64, 0)
        ("html_holdout422", (56, 56, 56, 56, 56, 3)),  # (56, 56, 56, 56, 56, 3)
        ("html_holdout423", (59, 59, 59, 59, 59, 0)),  # (59, 59, 59, 58, 59, 0)
    ],
)
def test_the_sets_of_the_ninety_seventh_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
