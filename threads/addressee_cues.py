"""Textual cues for who a comment speaks to: `@Name` openers, vocatives, quotations.

Scraped comment sections show no author names, so these cues are the only evidence of identity.
Each detector returns what it matched and a confidence, never a bare yes/no: the resolver in
`threads.addressee` decides what to apply and reports everything, applied or not. The detectors
only look at a comment's opening (and its quoted spans), so they cost about a microsecond on the
vast majority of comments that have no cue.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())


_OPENING = 160  # characters of a comment a vocative or @-mention must fit in

# A vocative: an optional greeting, one to four name words, a comma. Name words may be lower-case
# user names ("dinosaurian"); what separates them from "Besides," is the checks in `vocative`.
_VOCATIVE = re.compile(
    r"\s*(?:(?P<greet>(?i:dear|hi|hey|hello))\s+)?"
    r"(?P<name>[^\W\d_][\w'\u2019.-]*(?:[ \t]+[^\W\d_][\w'\u2019.-]*){0,3})"
    r"[ \t]*,[ \t]*(?P<nl>\r?\n)?"
)
# Arabic calls a person with "يا" and often a title before the name: "يا أخ خالد", "يا استاذ سامر"
# ("O brother Khalid", "O teacher Samer"). The name is one word: the sentence runs on without a comma.
_ARABIC_VOCATIVE = re.compile(
    r"\s*يا\s+(?:(?:ال)?(?:أخ|اخ|أخي|اخي|أخت|اخت|أختي|اختي|أستاذ|استاذ|أستاذة|استاذة|حاج|حجة|دكتور|شيخ)\s+)?"
    r"(?P<name>(?!(?:جماعة|ناس|شباب|اخوان|إخوان|اخوة|إخوة|رب|الله|حسرة|عيب|سلام)\b)[^\W\d_]{2,})"
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|you're|you\u2019re|u)\b", re.IGNORECASE)
# English, and the titles of German, French, Spanish and Italian comments ("Herr Haas, das Gutachten …").
_HONORIFICS = _wordset("mr mrs ms miss dr prof sir madam mister herr frau monsieur madame mme señor señora sr sra signor signora sig")
# Thanks and greetings that open an address in other languages ("Merci Patrick, …", "Danke Jürgen, …"):
# no part of the name called.
# Also the words for "dear" before a name ("Liebe Marion S., laut Landratsamt …", "Cher Paul, …").
_GREETINGS = _wordset(
    "merci bonjour bonsoir salut danke hallo gracias hola grazie ciao obrigado obrigada olá bedankt dank"
    " liebe lieber cher chère caro cara querido querida estimado estimada beste geachte drogi droga kära kedves"
)
_NAME_PARTICLES = _wordset("de da di du van von der den la le el al bin ibn ter")
# Words that open a sentence with a comma without addressing anyone, and group addresses
# ("Armenians, wake up") that name no single person.
_NOT_NAMES = _wordset(
    """
    a all also although an and again after actually agreed anyway as at basically because before
    besides but by clearly conversely finally first firstly for frankly from further furthermore
    hence here honestly however i if in indeed instead interestingly it its just last lastly
    likewise look listen maybe meanwhile moreover my next nevertheless no nonetheless not now of ok
    okay on once only or otherwise our perhaps please plus regardless right second secondly seriously
    similarly since so sorry still sure than thanks thank that the their then there therefore these
    they third this those though thus to today tomorrow true unfortunately well what when whereas
    which while who why with yes yesterday yet you your
    everyone everybody anyone anybody folks guys people friends ladies gentlemen brothers sisters
    compatriots readers comrades armenians americans azeris azerbaijanis turks russians europeans
    """
)
_QUOTE = re.compile(r"[\u201c\"\u00ab]([^\u201d\"\u00bb]{20,3000})[\u201d\"\u00bb]")
_WORD = re.compile(r"\w+")
_MIN_QUOTE_WORDS = 6
_STOP = _wordset(
    """
    a about after all also an and any are as at be been before both but by can could did do does
    for from had has have he her his how i if in into is it its just may might more most no not of
    on one or other our out over said say says she so some such than that the their them then there
    these they this those to two up us was we were what when where which while who will with would
    you your my me very only even all
    """
)


# The resolver's threshold: a cue this confident is applied (the opener model's recorded
# out-of-fold precision and recall are taken at it, ``threads/data/addressee_opener.json``).
MIN_CONFIDENCE = 0.5


@dataclass(frozen=True, slots=True)
class NameCue:
    names: tuple[str, ...]  # more than one for "@A / B": two names of one person
    confidence: float
    matched: str
    kind: str  # "mention" or "vocative"


def mention(body: str) -> NameCue | None:
    """An `@Name` opener. A short first line is taken whole ("@Harry Aghavian / Concerned
    Armenian"), split on "/" into names of one person; otherwise the capitalised words after the
    @ (or one handle such as "@john_doe")."""
    text = body.lstrip()
    if not text.startswith("@"):
        return None
    line = text[1:].split("\n", 1)[0].strip()
    words = line.split()
    if not words:
        return None
    whole_line = len(words) <= 6 and len(line) <= 60 and line[-1] not in ".!?" and (
        "/" in line or all(w[0].isupper() or w == "/" for w in words)
    )
    if whole_line:
        names = tuple(n.strip(" ,:;-") for n in line.split("/"))
        names = tuple(n for n in names if n)
    else:
        taken = [words[0]]
        for word in words[1:3]:
            if taken[-1][-1] in ",:;" or not word[0].isupper():
                break
            taken.append(word)
        names = (" ".join(w.strip(",:;-") for w in taken),)
    if not names or not all(any(c.isalpha() for c in n) for n in names):
        return None
    return NameCue(names, 0.9, "@" + line if whole_line else "@" + names[0], "mention")


def vocative(body: str) -> NameCue | None:
    """A comment opening by addressing someone by name: "Garo Hampirian, first learn…",
    "dinosaurian,\\nIt amazes me…", "Dear Ani, …".

    Confidence rises with what sets a name apart from an ordinary sentence opening: a line break
    after the comma, a greeting, several capitalised words, and second-person words in the rest
    ("…with you"). A single capitalised word with none of these ("Ararat, …") stays below the
    default threshold of the resolver, so it is reported but not applied.
    """
    if body.lstrip().startswith("يا") and (arabic := _ARABIC_VOCATIVE.match(body)) is not None:
        return NameCue((arabic.group("name"),), 0.7, arabic.group(0).strip(), "vocative")
    comma = body.find(",", 0, _OPENING)
    if comma < 0:
        return None  # the common case, decided without the regex
    head = body[:comma].split(None, 1)
    if not head or head[0].casefold() in _NOT_NAMES:
        return None
    m = _VOCATIVE.match(body, 0, _OPENING)
    if m is None:
        return None
    name = m.group("name")
    words = name.split()
    folded = [w.casefold().rstrip(".") for w in words]
    if folded[0] in _HONORIFICS:
        if len(words) == 1:
            return None
    elif folded[0] in _NOT_NAMES:
        return None
    if any(w in _NOT_NAMES for w in folded[1:]) or any(w.endswith("ly") for w in folded if len(w) > 4):
        return None
    line_break = m.group("nl") is not None
    greeted = m.group("greet") is not None
    capitalised = all(w[0].isupper() or w.casefold() in _NAME_PARTICLES for w in words)
    if len(words) == 1:
        if line_break or greeted:
            confidence = 0.7
        elif capitalised:
            confidence = 0.4
        else:
            return None
    elif capitalised:
        confidence = 0.6 if not (line_break or greeted) else 0.75
    elif line_break:
        confidence = 0.6
    else:
        return None
    if _SECOND_PERSON.search(body, m.end(), m.end() + 2000):
        confidence += 0.2
    return NameCue((name,), round(min(confidence, 0.9), 3), m.group(0).strip(), "vocative")


def normalise_words(text: str) -> str:
    """Lower-case words separated by single spaces, with a space at each end for whole-word
    substring search."""
    return " " + " ".join(_WORD.findall(text.lower())) + " "


def quoted_spans(body: str) -> list[str]:
    """Normalised quoted passages long enough to identify their source (six words or more)."""
    if '"' not in body and "\u201c" not in body and "\u00ab" not in body:
        return []
    out = []
    for m in _QUOTE.finditer(body):
        span = normalise_words(m.group(1))
        if span.count(" ") - 1 >= _MIN_QUOTE_WORDS:
            out.append(span)
    return out


def content_words(text: str) -> Counter[str]:
    """Content-word counts, crudely stemmed to six letters ("survive"/"survival")."""
    return Counter(w[:6] for w in _WORD.findall(text.lower()) if len(w) > 2 and w not in _STOP)


def best_match(query: Counter[str], candidates: Sequence[Counter[str]]
               ) -> tuple[int, float, float, tuple[str, ...]] | None:
    """(index, best score, runner-up score, shared words) of the candidate that best answers the
    query under BM25 (k1=1.2, b=0.75, document frequencies over query and candidates); None when
    nothing is shared. Used to find which earlier comment a top-level comment answers by name.

    BM25 rather than cosine: the addressed comment is often a long essay, and cosine dilutes the
    few rare words the two share ("referendum", "joining") in the essay's length.
    """
    if not candidates or not query:
        return None
    df: Counter[str] = Counter(query.keys())
    for doc in candidates:
        df.update(doc.keys())
    n = len(candidates) + 1
    lengths = [sum(doc.values()) for doc in candidates]
    mean_length = max(1.0, sum(lengths) / len(lengths))
    idf = {w: math.log((n - df[w] + 0.5) / (df[w] + 0.5) + 1.0) for w in query}
    scores = []
    for doc, length in zip(candidates, lengths, strict=True):
        norm = 1.2 * (0.25 + 0.75 * length / mean_length)
        scores.append(sum(idf[w] * doc[w] * 2.2 / (doc[w] + norm) for w in query if w in doc))
    order = sorted(range(len(scores)), key=lambda i: -scores[i])
    best = order[0]
    if scores[best] <= 0.0:
        return None
    runner_up = scores[order[1]] if len(order) > 1 else 0.0
    shared = sorted(set(query) & set(candidates[best]), key=lambda w: -idf[w])[:8]
    return best, scores[best], runner_up, tuple(shared)


def _name_tokens(name: str) -> frozenset[str]:
    """A name's words, a handle's too: "Deb_in_Waynedale" is Deb in Waynedale, and "RiverRat1962"
    is RiverRat (a year or number after a handle is no part of the name anyone calls it by)."""
    words = name.replace("_", " ").split()
    folded = (_HANDLE_NUMBER.sub("", w.strip(".,'\u2019@")).casefold() for w in words)
    return frozenset(_vocative_stem(w) for w in folded if w and w not in _HONORIFICS and w not in _GREETINGS)


def _vocative_stem(word: str) -> str:
    """A name without the ending its vocative changes, so that the name called and the name signed
    agree: Greek drops the final sigma ("Γιώργο, …" answers Γιώργος, "Κώστα" Κώστας); Serbian,
    Russian, Ukrainian and Bulgarian add or swap a vowel ("Драгане" Драган, "Снежано" Снежана); Polish
    and Czech swap the last "a" ("Basiu" Basia, "Jano" Jana), Serbian in Latin letters adds "e"."""
    last = word[-1:]
    if last in "ςσ" and len(word) > 2:
        return word[:-1]  # σ: casefold turns ς into σ
    if len(word) >= _MIN_STEMMED and (last in _CYRILLIC_ENDS or last in "au" or (last == "e" and len(word) >= _MIN_E_STEMMED)):
        return word[:-1]
    return word


_CYRILLIC_ENDS: Final = frozenset("аеоуиэ")
_MIN_STEMMED: Final = 4
_MIN_E_STEMMED: Final = 6


_HANDLE_NUMBER: Final = re.compile(r"(?<=[^\W\d_])\d+$")


def names_agree(name: str, names: Sequence[str]) -> bool:
    """Whether `name` is one of `names` or part of one ("Linda" of "Linda Tran", "Priya S" of
    "Priya S.", "Dr. Sandhu" of "Dr. Amrit Sandhu")."""
    got = _name_tokens(name)
    return bool(got) and any(got <= _name_tokens(n) or _name_tokens(n) <= got for n in names if _name_tokens(n))
