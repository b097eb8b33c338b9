"""Names and titles from commenters and sites, set inside a line of the app's own text: isolated.

An author named "\u202eevil" (RIGHT-TO-LEFT OVERRIDE) would otherwise reverse the rest of the
line it sits in: the date, the status, the rule. Inside <bdi> (or, in plain text and SVG, between
FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE) every embedding and override it opens ends at
the isolate's end, and an Arabic or Hebrew name still reads right to left.
"""

from __future__ import annotations

from markupsafe import Markup

FSI, PDI = "\u2068", "\u2069"


def isolate(value: object) -> Markup:
    """HTML: the value escaped inside <bdi>."""
    return Markup("<bdi>{}</bdi>").format("" if value is None else value)


def isolate_text(value: str) -> str:
    """Plain text: the value between FSI and PDI."""
    return f"{FSI}{value}{PDI}"
