"""A comment header printed as fields between bars, as old forums and comment boxes lay it out:
"By: Dana | 10/9/10 16:22 | In reply to: Site Staff" (Hebrew "מאת: דני | 10/9/10 16:22 | בתגובה ל:
מערכת"). The "In reply to:" field names the author answered, and a label before the name ("By:")
is no part of it; ``comment_header`` reads the rest as any other header. The label is taken off
only with its colon and only on such a barred line, where it labels a field.
"""

from __future__ import annotations

import re
from typing import Final

from threads.page_words import BY_LABEL_WORDS, REPLY_TO_WORDS, alternation

# The last field naming the author answered: "| In reply to: Site Staff", "| בתגובה ל: דני_ג".
_REPLY_FIELD: Final = re.compile(
    rf"(?i)\s*\|\s*{alternation(REPLY_TO_WORDS)}\s*:?\s*(?P<target>[^|\s][^|]{{0,60}}?)\s*$"
)
# The label before the name in the first field: "By: ", "מאת: ".
_BY_LABEL: Final = re.compile(rf"(?i)^{alternation(BY_LABEL_WORDS)}\s*:\s*(?=\S)")


def header_fields(line: str) -> tuple[str, str | None] | None:
    """(the header without its label and its "In reply to" field, the author answered or None) of
    a barred header line; None where ``line`` is no such line (no bar, or neither a label nor the
    field)."""
    if "|" not in line:
        return None
    target = None
    field = _REPLY_FIELD.search(line)
    if field is not None:
        line, target = line[: field.start()], field.group("target")
    label = _BY_LABEL.match(line)
    if label is not None:
        line = line[label.end() :]
    return (line, target) if field is not None or label is not None else None


def has_reply_field(line: str) -> bool:
    """Whether a line ends with an "In reply to: <name>" field after a bar: a header whose time
    is in the middle (the flat reader's cheap pass looks for times at lines' ends)."""
    return "|" in line and _REPLY_FIELD.search(line) is not None


def without_last_field(line: str) -> str | None:
    """A barred header without its last field, where two fields stay ("Name | 11/07/2011 - 09:22 |
    Like 7 Dislike 5": the votes after the time); None where fewer than three fields are there."""
    if line.count("|") < 2:
        return None
    return line[: line.rfind("|")].rstrip()


# Fields after a header's time, between middle dots: the comment's number ("#2") and the one it
# answers ("En respuesta a Pucelano (#1)"), a Spanish paper's "Anónimo · 30/10/2016 01:22h · #3 ·
# En respuesta a Pucelano (#1)".
_NUMBER_FIELD: Final = re.compile(r"^#\d{1,6}$")
_DOTTED_REPLY: Final = re.compile(
    rf"(?i)^{alternation(REPLY_TO_WORDS)}\s*:?\s+(?P<target>\S.{{0,60}}?)(?:\s*\(#\d{{1,6}}\))?$"
)


def dotted_fields(line: str) -> tuple[str, str | None] | None:
    """(the header's name and time, the author answered or None) of a header whose fields stand
    between middle dots and run on past the time; None where no such field follows."""
    fields = [field.strip() for field in line.split(" · ")]
    count = len(fields)
    if count < 3:
        return None
    target = None
    if (reply := _DOTTED_REPLY.match(fields[-1])) is not None:
        target = reply.group("target")
        fields.pop()
    if fields and _NUMBER_FIELD.match(fields[-1]):
        fields.pop()
    if len(fields) < 2 or len(fields) == count:
        return None  # (no field taken off: nothing past the time)
    return " · ".join(fields), target
