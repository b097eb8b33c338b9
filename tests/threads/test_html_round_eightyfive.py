"""What the eighty-fifth blind round (sets 372-375, 242/242 parents blind) showed the HTML reader:
a Bengali page stating its comments' zone ("মন্তব্যের সময় বাংলাদেশ সময় (জিএমটি+৬) অনুযায়ী দেখানো
হয়েছে", set 374) and a Czech "Smazaný příspěvek" (deleted post) where a name was (set 373)."""

from __future__ import annotations

import pytest

from tests.threads.holdout_figures import set_figures, stated_offsets
from threads.comment_names import clean_name
from threads.removed_placeholders import is_removed_placeholder


def test_bengali_statement_of_the_comments_zone() -> None:
    assert stated_offsets("মন্তব্যের সময় বাংলাদেশ সময় (জিএমটি+৬) অনুযায়ী দেখানো হয়েছে।", "bn") == (6, 6)


@pytest.mark.parametrize("label", ["Smazaný příspěvek", "Smazaný komentář", "Skrytý komentář"])
def test_czech_deleted_post_where_the_name_was(label: str) -> None:
    assert is_removed_placeholder(label)


def test_a_name_starting_like_a_placeholder_is_still_a_name() -> None:
    assert not is_removed_placeholder("Smazaný Petr") and clean_name("Sára Smazalová") == "Sára Smazalová"


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The eighty-fifth round (reader at e91d51a): 242/242 parents blind (100%); blind figures in brackets.
        ("html_holdout372", (64, 64, 64, 64, 64, 0)),  # (64, 64, 64, 64, 64, 0)
        ("html_holdout373", (60, 60, 60, 60, 60, 0)),  # (60, 60, 60, 59, 60, 0)
        ("html_holdout374", (60, 60, 60, 60, 60, 0)),  # (60, 60, 60, 60, 52, 0)
        ("html_holdout375", (58, 58, 58, 58, 58, 0)),  # (58, 58, 58, 58, 58, 0)
    ],
)
def test_the_sets_of_the_eighty_fifth_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
