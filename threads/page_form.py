"""The comment form in a text dump: its heading ("Leave a Reply", "Deja un comentario"), its
boxes' labels, and where a form printed under the comments heading ends. ``page_bounds`` ends a
comment section at the form; a form above the comments (Drupal's Olivero) is stepped over.
"""

from __future__ import annotations

import re
from typing import Final

from threads.page_furniture import COMMENT_STAMP, is_form_field
from threads.page_words import FORM_HEADING_WORDS, alternation, initials
from threads.text import starts_lower

# A comment form's labels and buttons as a dump prints them: "Comment", "Your name", "[Save]".
_FORM_LABEL: Final = re.compile(
    r"(?i)^(?:(?:your\s+)?(?:name|e-?mail|website|comment|subject|message)\s*\*?:?|save|submit|preview|post(?:\s+comment)?)$"
)
_BUTTON: Final = re.compile(r"^\[[^\]]{1,20}\]$")
_CHECKBOX: Final = re.compile(r"^\[[ xX*]\]\s?(?=\S)")  # w3m may run the label on: "[ ]Comment anonymously"
_FORM_INITIALS: Final = frozenset("LlAaPpWwHh") | initials(FORM_HEADING_WORDS)
# Where the comments end: the comment form's heading (after the comments on most themes).
_FORM_HEADING: Final = re.compile(
    r"(?i)^(?:leave\s+a\s+(?:reply|comment)|add\s+(?:new\s+|a\s+)?comment|post\s+a\s+comment"
    rf"|write\s+a\s+comment|have\s+your\s+say(?!\s*\(\d)|{alternation(FORM_HEADING_WORDS)}(?!\w))"
)
# Short lines allowed over a comment form printed under the comments heading (``past_form``).
MAX_BEFORE_FORM: Final = 6
_MAX_BEFORE_FORM_CHARS: Final = 80


def is_form_heading(text: str, limit: int = 40) -> bool:
    """Whether ``text`` (shorter than ``limit``) heads the comment form ("Leave a Reply", "Deja un
    comentario"): its initial first, as nearly every line fails that."""
    return 0 < len(text) < limit and text[0] in _FORM_INITIALS and _FORM_HEADING.match(text) is not None


# A form heading over the form's notice may be longer than one closing a section.
_HEADING_ABOVE_CHARS: Final = 60


def under_form_heading(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is the comment form's notice, a form heading on one of the three
    lines above it ("መልስ ይተዉ" over "Your email address will not be published" in Amharic): the
    form's words in languages the trailer pattern of ``page_parser`` does not know."""
    for above in range(index - 1, max(index - 4, -1), -1):
        line = lines[above].strip()
        if is_form_heading(line, _HEADING_ABOVE_CHARS):
            return True
    return False


def box_label(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is a text box's label in any language: a word or two with no count,
    right over a line that is the box alone (Drupal's Olivero: "Commento", "Maoni" over "[    ]").
    A heading has a blank line under it, or a count; a label sits on its box (elinks's link number
    before the box leaves a line of blanks that is not empty)."""
    text = lines[index].strip()
    if index + 1 >= len(lines) or not text or text.count(" ") > 1 or any(char.isdigit() for char in text):
        return False
    below = lines[index + 1].strip()
    if not below and lines[index + 1] and index + 2 < len(lines):
        below = lines[index + 2].strip()
    return below[:1] in "[_" and is_form_field(below) and below.strip("[]_ ") == ""


def past_form(lines: list[str], start: int) -> int:
    """The first line after a comment form printed right under the comments heading (Drupal's
    Olivero: "Your name [      ]", "Comment", boxes, "[Save]"), or ``start`` if there is none.

    Only there does a form not end the section: everywhere else it follows the comments. A few
    short lines may come before the form's first field (Isso's "Type Comment Here", Remark42's
    "You are logged in as guest. Sign in", sort options), none with a time of day or "ago".
    """
    index, form, before = start, False, 0
    while index < len(lines):
        line = lines[index]
        text = line.strip()
        if text and not _FORM_LABEL.match(text) and not (form and box_label(lines, index)):
            if _BUTTON.match(text) or (("[" in line or "___" in line) and is_form_field(line)):
                form = True  # a field, or a button ("[Submit]"; w3m prints a short field so too)
            elif (
                not form
                and is_form_heading(text)
                and index + 1 < len(lines)
                and _FORM_LABEL.match(lines[index + 1].strip())
            ):
                form = True  # a button over the form's button: Coral's "Post a comment" over "Submit"
            elif form and text[:1] == "[" and _CHECKBOX.match(text):
                # WordPress's cookie consent box, its label wrapped by w3m ("[ ] Save my name,
                # email, and website in this browser for the next time I" over "comment.").
                if index + 1 < len(lines) and lines[index + 1][:1].islower() and starts_lower(lines[index + 1]):
                    index += 1
            elif form and text in _FORM_HELP and (button := _button_below(lines, index)) is not None:
                index = button  # Drupal's help between the form's fields and its buttons ("About text formats", its tips)
            elif form and (" ".join(text.split()) in _FORM_HINTS or is_form_heading(text)):
                pass  # Commento's "M ↓ Markdown" under its box, and its button "Add Comment" drawn without brackets
            elif form or before == MAX_BEFORE_FORM or len(text) > _MAX_BEFORE_FORM_CHARS or COMMENT_STAMP.search(text):
                break  # past the form, or text: a comment's header has a time (flat comments over a form)
            else:
                before += 1
        index += 1
    return index if form else start


# What a comment system prints under its text box: Commento's hint that it reads Markdown.
_FORM_HINTS: Final = frozenset({"M ↓ Markdown", "M↓ Markdown", "Markdown"})
# Drupal core's help under its comment form's fields, before the form's buttons.
_FORM_HELP: Final = frozenset({
    "The content of this field is kept private and will not be shown publicly.", "About text formats",
    # ... in French, German and Spanish
    "Le contenu de ce champ est gardé privé et ne sera pas affiché publiquement.", "À propos des formats de texte",
    "Der Inhalt dieses Feldes wird nicht öffentlich zugänglich angezeigt.", "Über Textformate",
    "El contenido de este campo se mantiene privado y no se mostrará públicamente.", "Acerca de los formatos de texto",
})
_FORM_HELP_LINES: Final = 20
_BUTTONS: Final = re.compile(r"^(?:\[[^\]]{1,20}\]\s*){1,3}$")  # "[Save] [Preview]"


def _button_below(lines: list[str], start: int) -> int | None:
    """The form's button line a few lines below ``lines[start]`` ("[Save] [Preview]" under Drupal's
    text-format tips), with no comment's stamp between; None where there is none."""
    for index in range(start + 1, min(len(lines), start + _FORM_HELP_LINES)):
        text = lines[index].strip()
        if not text:
            continue
        if _BUTTONS.match(text):
            return index
        if COMMENT_STAMP.search(text) is not None:
            return None
    return None
