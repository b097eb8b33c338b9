"""Link numbers in text dumps: ``lynx -dump`` and ``elinks -dump`` print "[12]" before every
link's text ("[12]Reply", "[10]May 9, 2022") and list the targets under "References" at the end of
the page. The comment reader wants neither.
"""

from __future__ import annotations

import re
from typing import Final

# lynx's and elinks's list of link targets at the end of a dump, and their numbers in the text.
# A target has no blanks, except a script link's, printed as written: "javascript: void 0;".
_TARGET: Final = r"(?:(?i:javascript):[^\n]*|(?:[a-z][a-z0-9+.-]{0,15}:|/|#)\S*\s*)$"
_REFERENCE: Final = re.compile(r"^\s*\d{1,5}\.\s+" + _TARGET)
_REFERENCE_URL: Final = re.compile(r"^\s+" + _TARGET)
_NUMBERED: Final = re.compile(r"^\s*\d{1,5}\.\s+\S")
_REFERENCE_LABEL: Final = re.compile(r"^\s*(?:Visible|Hidden)\s+links:?\s*$")
_LINK_NUMBER: Final = re.compile(r"\[\d{1,5}\]")
# lynx's label before a button's text: "(BUTTON) Reply", "* (BUTTON) 7 Comments", "(BUTTON) rita".
# Read where it matters (a tab, a name), not taken out of the whole page: a scan of every page for
# it would cost more than the reading does.
BUTTON_LABEL: Final = "(BUTTON) "


def without_link_references(lines: list[str]) -> list[str]:
    """A dump made with link numbers (``lynx -dump``, ``elinks -dump``) without them.

    Those renderers print "[12]" before every link's text ("[12]Reply", "[10]May 9, 2022") and
    list the targets under "References" at the end. The list is dropped and, only then, the
    numbers: elsewhere "[12]" may be a reader's own footnote.
    """
    index = len(lines) - 1
    while index >= 0 and not lines[index].strip():
        index -= 1
    if index < 0 or not (_REFERENCE.match(lines[index]) or _REFERENCE_URL.match(lines[index])):
        return lines  # the common case: the page does not end in a list of links
    url_below = False  # elinks prints "6. Vote up" over its target, tab-indented
    while index >= 0:
        line = lines[index]
        if _REFERENCE_URL.match(line):
            url_below = True
        elif line.strip() and not (
            _REFERENCE.match(line) or _REFERENCE_LABEL.match(line) or (url_below and _NUMBERED.match(line))
        ):
            break
        elif line.strip():
            url_below = False
        index -= 1
    if index < 0 or lines[index].strip() != "References":
        return lines
    return [_LINK_NUMBER.sub("", line) if "[" in line else line for line in lines[:index]]
