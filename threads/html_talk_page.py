"""Comments on a MediaWiki talk page, as the DiscussionTools extension marks them.

A wiki talk page (a local wiki's news talk, Wikinews-style comment pages) nests replies by
indenting them in ``dl``/``dd`` runs, and ends each comment with a signature: a link to the
user's page (or, for an IP editor, to its contributions) and a timestamp. No element holds one
comment: DiscussionTools brackets each one with an empty ``span[data-mw-comment-start]`` whose id
says who wrote it, when (UTC, to the second) and which comment it answers
("c-Hbrennan-20230403151000-Marta_Kovač-20230403142200"), and a closing
``span[data-mw-comment-end]``. The ids are read for the tree and the time; the text is what lies
between the start and the signature.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Final

from selectolax.lexbor import LexborHTMLParser, LexborNode

from threads.comment_names import clean_name
from threads.model import ParsedComment

SELECTOR: Final = "span[data-mw-comment-start][id^='c-']"
# "c-<author>-<yyyymmddhhmmss>-<what it answers>": the "<author>-<stamp>" of the comment it
# answers, or, for a thread's first comment, its heading.
_ID: Final = re.compile(r"^c-(?P<author>.+?)-(?P<stamp>\d{14})(?:-(?P<answers>.+))?$")
_ANSWERS_COMMENT: Final = re.compile(r"-\d{14}$")
# The signature: a link to the user's page, or an IP editor's contributions ("unsigned comment
# added by 203.0.113.44").
# The namespaces in the wikis' languages too: Benutzer, Utilisateur, Usuario, Utente, Gebruiker,
# Użytkownik, Участник (and their feminine forms), Spezial:Beiträge, Spécial:Contributions.
_USER_NAMESPACES: Final = (
    "User", "Special:Contributions", "Benutzer", "Benutzerin", "Spezial:Beiträge", "Utilisateur", "Utilisatrice",
    "Spécial:Contributions", "Usuario", "Usuaria", "Especial:Contribuciones", "Utente", "Speciale:Contributi",
    "Gebruiker", "Speciaal:Bijdragen", "Użytkownik", "Użytkowniczka", "Specjalna:Wkład", "Участник", "Участница",
    "Служебная:Вклад",
)
_USER_LINK: Final = re.compile(
    r"(?:/|title=|^)(?:" + "|".join(re.escape(n) for n in _USER_NAMESPACES) + r")[:/](?P<name>[^#?&]+)"
)
_IP: Final = re.compile(r"^\d{1,3}(?:\.\d{1,3}){3}$|^[0-9a-fA-F:]+:[0-9a-fA-F:]+$")


def talk_page_comments(tree: LexborHTMLParser) -> list[ParsedComment]:
    """The page's comments as a forest, in page order; empty where DiscussionTools marks none."""
    comments: dict[str, ParsedComment] = {}  # by "<author>-<stamp>", as replies name them
    roots: list[ParsedComment] = []
    for start in tree.css(SELECTOR):
        ident = start.attributes.get("id") or ""
        parts = _ID.match(ident)
        key = f"{parts['author']}-{parts['stamp']}" if parts is not None else ""
        if parts is None or key in comments:
            continue
        body, author = _text_and_signature(start)
        if author is None and not _IP.match(parts["author"]):
            author = clean_name(parts["author"].replace("_", " "))  # the id names the signer
        comment = ParsedComment(
            body=body,
            external_id=ident[:255],
            author_name=author,
            created_at=datetime.strptime(parts["stamp"], "%Y%m%d%H%M%S").replace(tzinfo=UTC),
        )
        answers = parts["answers"]
        parent = comments.get(answers) if answers and _ANSWERS_COMMENT.search(answers) else None
        comment.parent_external_id = parent.external_id if parent is not None else None
        (parent.replies if parent is not None else roots).append(comment)
        comments[key] = comment
    return roots


def _text_and_signature(start: LexborNode) -> tuple[str, str | None]:
    """The words from the start marker up to the signature, and the name the signature gives
    (None for an IP editor): the last user link before the end marker."""
    words: list[str] = []
    author: str | None = None
    signed = False
    node = start.next
    while node is not None:
        if node.is_text_node:
            if not signed:
                words.append(node.text_content or "")
        elif node.tag == "dl" or "data-mw-comment-end" in node.attributes or "data-mw-comment-start" in node.attributes:
            break
        else:
            links = [node] if node.tag == "a" else node.css("a[href]")
            for link in links:
                found = _USER_LINK.search(link.attributes.get("href") or "")
                if found is not None:
                    signed = True
                    author = link.text(deep=True).strip() or found["name"].replace("_", " ")
            if not signed:
                words.append(node.text(deep=True) or "")
        node = node.next
    body = " ".join("".join(words).split())
    name = clean_name(author) if author else None
    return body, None if name is None or _IP.match(name) else name
