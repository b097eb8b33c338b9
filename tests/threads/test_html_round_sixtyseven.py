"""What the sixty-seventh blind round (sets 300-303, 233/234 parents blind) showed the HTML reader:
Drupal's "(not verified)" in Malayalam ("(സ്ഥിരീകരിച്ചിട്ടില്ല)"), and "അജ്ഞാതൻ" (anonymous) and
Finnish "Poistettu" (removed) naming nobody. The one parent missed answers a comment on the
thread's first page, which is not in the file."""

from __future__ import annotations

import pytest

from tests.threads.holdout_figures import set_figures
from threads.comment_names import clean_name


def test_malayalam_drupal_names() -> None:
    assert clean_name("ജോസ് പി. ആന്റണി (സ്ഥിരീകരിച്ചിട്ടില്ല)") == "ജോസ് പി. ആന്റണി"
    assert clean_name("അജ്ഞാതൻ (സ്ഥിരീകരിച്ചിട്ടില്ല)") is None


def test_a_removed_message_names_nobody() -> None:
    assert clean_name("Poistettu") is None
    assert clean_name("Poistettu Virtanen") == "Poistettu Virtanen"  # (a name that opens with the word is still a name)


@pytest.mark.parametrize(
    ("name", "figures"),
    [
        # The sixty-seventh round (reader at 6ba7923): 233/234 parents blind (99.6%): set 303's reply
        # to a comment on the thread's first page (left, as set 274's).
        ("html_holdout300", (56, 56, 56, 56, 56, 0)),
        ("html_holdout301", (61, 61, 61, 61, 61, 0)),
        ("html_holdout302", (57, 57, 57, 57, 57, 0)),
        ("html_holdout303", (60, 60, 60, 60, 60, 0)),  # (59 before a reply to a comment on another page named it by id)
    ],
)
def test_the_sets_of_the_sixty_seventh_round(name: str, figures: tuple[int, int, int, int, int, int]) -> None:
    """(expected, matched, parents, authors, times, extra) per set."""
    assert set_figures(name) == figures
