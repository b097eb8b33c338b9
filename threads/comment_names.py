"""A commenter's name as a page prints it, cleaned: without "says:", "by", "(not verified)", a
badge, an avatar's alt text or a mail address, and None for the names that name nobody
("Anonymous", "Gast", "زائر"). Both readers, and every header rule of ``comment_header``, clean
names here, so a page and its text dump name the same authors.
"""

from __future__ import annotations

import re
from typing import Final

from threads.comment_words import ANONYMOUS_WORDS, SUBMITTED_BY_WORDS, UNVERIFIED_WORDS
from threads.name_words import BADGE_WORDS
from threads.page_words import SAYS_WORDS, alternation

_ANONYMOUS: Final = frozenset(word.casefold() for word in (  # casefolded, as names are: Greek "ς" is "σ"
    "anonymous", "anon", "guest", "unknown", "anonymous coward", "deleted", "[deleted]", "deleted account", "a reader",
    "reader", "visitor", "anonymous user", "guest user", *ANONYMOUS_WORDS,
    "linkedin member",  # LinkedIn's name for a member whose profile is private
    "facebook user",  # the Facebook comments plugin's name for a deactivated or deleted account
))
# A textboard's default name, the board's own words after it ("名無しさん@１周年", 5ch).
_ANONYMOUS_PREFIXES: Final = ("名無し",)
# ... and a Chinese portal's, its name and "netizen" ("新浪网友", "湘中网友"); Thai "not naming"
# after whoever it is ("ผู้ใช้ที่ไม่ระบุชื่อ", a user who gave no name; "สมาชิกไม่ระบุชื่อ", a member).
_ANONYMOUS_SUFFIXES: Final = ("网友", "網友", "ไม่ระบุชื่อ")
# Drupal's "(not verified)" after a visitor's name (comment_words.UNVERIFIED_WORDS).
# Arabic writes its short vowels or not ("غير مُتحقق منه", "غير متحقق منه"): any may follow a letter.
_HARAKAT: Final = "[\u064b-\u065f\u0670]"


def _vowelled(word: str) -> str:
    """``word`` (a pattern: some are, an IP address's) as one that takes Arabic letters with or
    without their short vowels."""
    if not any("\u0600" <= c <= "\u06ff" for c in word):
        return word
    bare = re.sub(_HARAKAT, "", word)
    return "".join(re.escape(c) + (f"{_HARAKAT}*" if "\u0600" <= c <= "\u06ff" else "") for c in bare)


_UNVERIFIED: Final = re.compile(r"(?i)\s*\((?:" + "|".join(_vowelled(word) for word in UNVERIFIED_WORDS) + r")\)\s*$")
SAYS: Final = re.compile(rf"(?i)(?:\s+{alternation(SAYS_WORDS)})?\s*:?\s*$")
# "By", and Drupal's "Submitted by" in other languages ("Enviat per", comment_words).
_BY: Final = re.compile(rf"(?i)^(?:by|posted by|submitted by|von|par|por|โดย|{'|'.join(SUBMITTED_BY_WORDS)})(?:\s*:)?\s+")
_MAX_NAME: Final = 120

# A comment system's badge printed after the name ("westend_resident Subscriber", "Mele Fifita
# Verified: Councillor", "Dana Cole KXTV Staff": the station's letters and "Staff"; a guest's masked address, "Gość IP:
# 31.0.*.*", "Dzintars IP: 85.254.xx.xx"), or the alt text of the picture before it ("Noel Fitzgerald avatar").
_BADGE: Final = re.compile(
    r"(?i)(?<=\S)\s+(\[(?:\w[\w'’.-]{0,20}\s+)?)?(?:avatar|subscriber|(?:(?-i:[A-Z][A-Z0-9]{1,5})\s+)?staff|moderator|verified|featured|expert|journalist|admin|editor|mod|(?:post\s+)?author|publisher|official|reporter|columnist|contributor|(?:board|staff|team)\s+member|verified:\s+\w+(?:\s+\w+)?|ip:?\s*[\d*x]{1,3}(?:\.[\d*x]{1,3}){1,3}|top\s+\d{1,4}\s+commenter|"
    + alternation(BADGE_WORDS)
    + r")(?(1)\])$"  # in brackets too, after the site's name maybe: "Lou Gaines [staff]", "[Register staff]"
)

# Articles, which a newsroom's own name opens with ("la Redazione", "Die Redaktion", "The Editor").
_ARTICLES: Final = frozenset({"the", "la", "le", "il", "lo", "l'", "die", "der", "das", "de", "het", "el", "les", "a", "an"})

# A badge printed before the name ("Editor's pick GreenhillMum").
_LEADING_BADGE: Final = re.compile(
    r"(?i)^(?:editor'?s\s+pick|editors'\s+pick|staff\s+pick|featured(?:\s+comment)?|top\s+comment|pinned)\s+(?=\S)"
)

# Disqus's "in reply to" arrow and the name answered after it ("Marit ➦ Kjetil Hovde").
_REPLY_ARROW: Final = re.compile(r"\s*[➦↪↩⤷⮡➥]\s*.*$")

# Before a name: an avatar's alt text ("[no_avatar]") and the comment's number ("#12").
_NAME_PREFIX: Final = re.compile(r"^(?:\[[^\]]{0,40}\]\s*)?(?:#\d{1,6}\s+)?(?=\S)")
_MAIL_ADDRESS: Final = re.compile(r"\s*<[^<>\s]*@[^<>\s]*>$")
# A comment's number printed where its name would be ("1." before "匿名さん", a board's post
# number): not a name, nor a line of a comment's text (a talkback's "1." over it, html_comment_read).
ORDINAL: Final = re.compile(r"^#?\d{1,4}[.)]?$")
_FLOOR: Final = re.compile(r"^B\d{1,4}(?:\s+(?=\S)|$)")
_USER_NUMBER: Final = re.compile(r"(?<=\S)\s+\(\d{2,9}\)$")


def is_anonymous(name: str) -> bool:
    """Whether ``name`` is a word a comment system prints for nobody named ("Anonymous",
    "anonimo", "湖北省宜昌市网友"), as ``clean_name`` reads it."""
    return (
        name.casefold() in _ANONYMOUS or name.startswith(_ANONYMOUS_PREFIXES) or name.endswith(_ANONYMOUS_SUFFIXES)
        or _DELETED_MEMBER.match(name) is not None
    )


def clean_name(text: str, badges: bool = True) -> str | None:
    """A commenter's name without "says:", "by", "(not verified)", a guest's "~" ("~Marta", Polish
    portals' unregistered names), an avatar's alt text in brackets
    or a comment number before it ("[no_avatar] #1 Seán", JComments); None for "Anonymous" and the
    like. ``badges=False`` keeps a badge word that is part of the name itself: where an element of
    its own holds the name, a badge would be an element of its own too ("Mercury Moderator")."""
    if text[:1] in "(（[" and text[-1:] in ")）]" and len(text) > 2 and clean_name(text[1:-1], badges) is None:
        return None  # a word for nobody in brackets where the name was ("(gelöscht)", "[smazáno]")
    if text[:1] in "[#":
        text = _NAME_PREFIX.sub("", text, count=1)
    elif text[:1] == "B" and (floor := _FLOOR.match(text)) is not None:
        text = text[floor.end():]  # a Taiwanese board's floor before the name ("B7 Yuki_花蓮"); alone, no name
    said = SAYS.search(text)
    if said is not None and (":" in said[0] or not said[0].strip()[:1].isupper()):
        text = text[: said.start()]  # "Tom says:", "Tom said", not the surname in "Mwanaisha Said"
    if text.endswith(">") and "@" in text:
        text = _MAIL_ADDRESS.sub("", text)  # a news or mail header's 'Heiko Sander <hsa...@arcor.invalid>'
    name = _BY.sub("", _UNVERIFIED.sub("", _REPLY_ARROW.sub("", text))).strip(" \t:-–—·|~\"")
    if name.endswith(")"):
        name = _USER_NUMBER.sub("", name)  # Slashdot's "tlhIngan (30335)": the account's number
    if name.endswith("(") and ")" not in name:
        name = name[:-1].rstrip(" \t,")  # the time followed in brackets: "Dani, Haifa (28.03.24, 09:14)"
    if _DELETED_MEMBER.match(name) is not None:
        return None  # (before its badge's word goes: "Gelöschtes Mitglied", member)
    if badges:
        badged = _BADGE.sub("", name)
        if badged is not name and badged.casefold() in _ARTICLES:
            badged = name  # "la Redazione", "The Editor": the badge's word is the name, after its article
        name = _LEADING_BADGE.sub("", badged)
    if not name or name.casefold() in _ANONYMOUS or len(name) > _MAX_NAME or not any(map(str.isalnum, name)) or (
        name.startswith(_ANONYMOUS_PREFIXES) or name.endswith(_ANONYMOUS_SUFFIXES)
    ) or ORDINAL.match(name) is not None or _DELETED_MEMBER.match(name) is not None:
        return None
    return name


# A forum's name for a deleted account, with its number: XenForo's "Deleted member 2231" in the
# languages it ships ("حذف شدہ رکن 2231", "Gelöschtes Mitglied 88", "Membre supprimé 4").
_DELETED_MEMBER: Final = re.compile(
    r"(?i)^(?:deleted (?:member|user)|حذف شدہ رکن|gelöschtes mitglied|gelöschter benutzer|membre supprimé|miembro eliminado|"
    r"membro eliminato|membro excluído|verwijderd lid|usunięty użytkownik|удал[её]нный пользователь|silinmiş üye|عضو محذوف)"
    r"(?:\s+\d{1,9})?$"
)
