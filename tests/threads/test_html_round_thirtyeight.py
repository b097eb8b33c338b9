"""What the thirty-eighth blind round (sets 184-187, 234/234 parents blind) showed: only names for
nobody the reader did not know, Belarusian "Госць" (guest), a Norwegian deleted account
"[slettet]", and Drupal's Swahili "(hajathibitishwa)" (not verified, of a person)."""

from __future__ import annotations

import pytest

from threads.comment_names import clean_name


@pytest.mark.parametrize(
    ("raw", "name"),
    [("Госць", None), ("[slettet]", None), ("Asiyejulikana (hajathibitishwa)", None), ("Juma (hajathibitishwa)", "Juma")],
)
def test_names_for_nobody_from_round_thirtyeight(raw: str, name: str | None) -> None:
    assert clean_name(raw) == name
