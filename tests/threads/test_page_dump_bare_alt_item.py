"""An item whose first line is an empty image's alt text ("[]"), a blank line under it: the text
after it starts the body, which keeps no leading line break (found by the page-shaped property
test: " 0. []", "", " :"). Dumps written for this test."""

from __future__ import annotations

from threads.page_parser import parse_page


def test_bare_alt_text_then_blank_line() -> None:
    for end in ("\n", "\r", "\r\n"):
        comments = parse_page(end.join([" 0. []", "", " :"])).comments
        assert [comment.body for comment in comments] == [":"]
