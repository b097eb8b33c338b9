"""Openers that name the person a comment answers: "Kipawa6: …", "MACKINNONJWM:- '…'", "Nora - …",
"214Montreal, …", and tell them from sentence openers of the same shape ("Note:", "Update -",
"Interestingly:", "Montreal:", "Ford: backed down again").

The decision is a small logistic model over features of the opener (is it an ordinary English
word by `wordfreq`, a known first name by `gender-guesser`, shaped like a handle, followed by
"you" or by a quotation of the parent), fitted on our own annotated threads by
`bench/addressee.py --train`. Its weights, the data it came from and its cross-validated figures
live in `threads/data/addressee_opener.json`, so every confidence this module returns is a
fitted probability with recorded provenance rather than a hand-set constant.

A quotation of the parent right after the name is strong evidence on its own: the model learns
its weight like any other feature.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from threads.addressee_cues import _HONORIFICS, _NAME_PARTICLES, NameCue

MODEL_PATH = Path(__file__).resolve().parent / "data" / "addressee_opener.json"

# A name of one to three words (words may hold digits, "_", ".", "'"), after an optional greeting,
# then a separator: a colon (":" or ":-"), a dash between spaces (-, --, –, —), or a comma.
_OPENER = re.compile(
    r"\s*(?:@\s*)?(?:(?P<greet>(?i:dear|hi|hey|hello|ok|okay|thanks|thank\s+you))[ \t]+)?"
    r"(?P<name>[\w'\u2019.][\w'\u2019.-]*(?:[ \t]+[\w'\u2019.][\w'\u2019.-]*){0,2}?)"
    r"(?P<sep>[ \t]*:-?|[ \t]+(?:--?|\u2013|\u2014)|\u2014|,)[ \t]*(?P<nl>\r?\n)?"
)
_SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|you're|you\u2019re|u)\b", re.IGNORECASE)
_THIRD_PERSON = re.compile(r"\b(?:he|she|him|his|her|hers|himself|herself)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")
# Quoted passages: double quotes of any kind, or single quotes whose closing mark is not an
# apostrophe inside a word ("don't").
_QUOTED = re.compile(
    r"[\"\u201c\u00ab]([^\"\u201d\u00bb]{8,400})[\"\u201d\u00bb]"
    r"|(?<!\w)['\u2018]((?:[^'\u2018\u2019]|(?<=\w)['\u2019](?=\w)){8,400}?)['\u2019](?!\w)"
)
_QUOTE_WORDS = 4  # words of the parent a quotation must repeat to count
_ECHO_WORDS = 5  # words of the parent an unquoted opening must repeat to count


@dataclass(frozen=True, slots=True)
class Candidate:
    name: str
    matched: str
    features: dict[str, float]


def _norm(text: str) -> str:
    return " " + " ".join(_WORD.findall(text.lower())) + " "


@cache
def _zipf() -> Any:
    from wordfreq import zipf_frequency

    return zipf_frequency


@cache
def _first_names() -> Any:
    import gender_guesser.detector  # type: ignore[import-untyped]

    return gender_guesser.detector.Detector(case_sensitive=False)


@lru_cache(maxsize=65536)
def _word_frequency(word: str) -> float:
    """Zipf frequency of a word in English (0 for handles and unknown words, ~5 for "note")."""
    return float(_zipf()(word.lower(), "en"))


@lru_cache(maxsize=65536)
def _is_first_name(word: str) -> bool:
    return bool(_first_names().get_gender(word) != "unknown")


def _handle_shaped(word: str) -> bool:
    """Digits, underscores or inner dots, camel case, or capitals that are no English word."""
    if any(c.isdigit() or c == "_" for c in word) or "." in word.strip("."):
        return True
    letters = [c for c in word if c.isalpha()]
    if any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False)):
        return True
    if len(word) > 2 and word[0].isupper() and word[1].isupper() and any(c.islower() for c in word):
        return True  # initials run into a name: "RTaylor", "JAHuntley"
    return len(letters) >= 3 and all(c.isupper() for c in letters) and _word_frequency(word) < 3.0


def quotes_text(rest: str, parent: str | None) -> bool:
    """Whether the text after the name repeats the parent: a quotation of at least four of its
    words, or an unquoted opening of at least five."""
    if not parent:
        return False
    target = _norm(parent)
    for m in _QUOTED.finditer(rest[:600]):
        span = _norm(m.group(1) or m.group(2) or "")
        if span.count(" ") - 1 >= _QUOTE_WORDS and span in target:
            return True
    words = _WORD.findall(rest.lower())[:_ECHO_WORDS]
    return len(words) == _ECHO_WORDS and _norm(" ".join(words)) in target


def candidate(body: str, parent: str | None = None) -> Candidate | None:
    """The opener of `body` if it has the shape of an address, with the model's features.

    Comma openers are left to `addressee_cues.vocative` except for single handle-like or rare
    words it does not take ("214Montreal, …", "westend_resident, …").
    """
    m = _OPENER.match(body, 0, 80)
    if m is None:
        return None
    name = m.group("name").strip()
    sep = m.group("sep").strip()
    words = name.split()
    if not words or not any(c.isalpha() for c in name):
        return None
    core = [w for w in words if w.lower().rstrip(".") not in _HONORIFICS] or words
    if sep == "," and (len(words) > 1 or not (
            _handle_shaped(name) or (name[0].islower() and _word_frequency(name) < 3.0))):
        return None
    if len(words) > 1 and len({w[0].isupper() for w in words if w.lower() not in _NAME_PARTICLES}) > 1:
        return None  # "One more idea:", "Note to the ministry:": a capital, then lower-case words
    rest = body[m.end():]
    # How ordinary the first word is decides: surnames ("Tran", "Roy") are often common words.
    first = core[0].strip(".'\u2019")
    freq = _word_frequency(first)
    features = {
        "colon": float(sep.startswith(":")),
        "comma": float(sep == ","),
        "handle": float(any(_handle_shaped(w) for w in core)),
        "zipf": freq / 8.0,
        "common_word": float(freq >= 4.0),
        # A known first name that is not also one of the commonest words ("One", "Will").
        "first_name": float(freq < 5.5 and any(_is_first_name(p) for p in first.split("-") if p)),
        "honorific": float(len(core) < len(words)),
        "lower": float(core[0][0].islower()),
        "words": float(len(words) - 1),
        "greeting": float(m.group("greet") is not None),
        "you": float(_SECOND_PERSON.search(rest, 0, 300) is not None),
        "he_she": float(_THIRD_PERSON.search(rest, 0, 80) is not None),
        "quotes_parent": float(quotes_text(rest, parent)),
    }
    return Candidate(name, m.group(0).strip(), features)


@dataclass(frozen=True, slots=True)
class OpenerModel:
    weights: dict[str, float]
    intercept: float
    source: str  # where the weights came from, for the evidence shown with each inference

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-z))


@cache
def load_model(path: Path = MODEL_PATH) -> OpenerModel | None:
    """The fitted model, or None before `bench/addressee.py --train` has written one."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return OpenerModel({k: float(v) for k, v in data["weights"].items()}, float(data["intercept"]),
                       f"{path.name} ({data['trained_on']})")


def opener(body: str, parent: str | None = None) -> NameCue | None:
    """A name cue from an opener, with the fitted model's probability as its confidence."""
    found = candidate(body, parent)
    if found is None:
        return None
    model = load_model()
    if model is None:
        return None
    confidence = round(model.probability(found.features), 3)
    return NameCue((found.name,), confidence, found.matched, "opener")
