"""Labelled data for the incitement model: where each row comes from and which split it belongs to.

Sources (a row is 1 when it threatens, calls for or wishes violence against a person or group, or
dehumanises a group):

- `own`: sentences this project wrote itself, from many kinds of sites and languages, with hard
  negatives (sport, business, cooking and game idioms, news reports, history, counter-speech,
  negation, insults without violence). `moderation/data/incitement_train.csv` and the older
  conflict-specific `tests/moderation/data/incitement_sentences.csv`. A fixed fifth of them, chosen
  by a hash of the text, is held out and never trained on (`heldout`).
- `openai`: the OpenAI moderation sample set (English), positive for violence (`V`) or hateful
  threatening (`H2`). Trained on; figures on it come from cross-validation only.
- `germeval`: GermEval 2025's violence task (German tweets), `vio_train.csv` trained on;
  `vio_trial.csv` is the task's development split and only ever tested on (`test`).

The functional suite (`tests/moderation/data/functional_suite.csv`) is never read here.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OWN_FILES = (
    REPO / "moderation" / "data" / "incitement_train.csv",
    REPO / "tests" / "moderation" / "data" / "incitement_sentences.csv",
)
DEFAULT_SHARED_DATA = REPO.parent / "shared" / "data"
# One row in this many of our own sentences is held out, chosen by a hash of its text (stable
# across runs and machines, and independent of the row order).
HELDOUT_EVERY = 5
TRAIN = "train"
HELDOUT = "heldout"
TEST = "test"


class DataError(ValueError):
    """A data file is missing or malformed; the message names it."""


@dataclass(frozen=True)
class Example:
    text: str
    label: int
    language: str  # ISO 639-1
    source: str  # own | openai | germeval
    split: str  # train | heldout | test
    kind: str = ""  # the functionality a sentence of ours illustrates


def _split_for(text: str) -> str:
    digest = hashlib.sha256(text.strip().lower().encode("utf-8")).digest()
    return HELDOUT if digest[0] % HELDOUT_EVERY == 0 else TRAIN


def _read_csv(path: Path, *, delimiter: str = ",") -> list[dict[str, str]]:
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            return list(csv.DictReader(handle, delimiter=delimiter))
    except OSError as exc:
        raise DataError(f"cannot read {path}: {exc.strerror or exc}") from exc


def own_examples(files: Iterable[Path] = OWN_FILES) -> list[Example]:
    out: list[Example] = []
    for path in files:
        for number, row in enumerate(_read_csv(path), start=2):
            text = (row.get("text") or "").strip()
            label = (row.get("label") or "").strip()
            if not text or label not in {"0", "1"}:
                raise DataError(f"{path}:{number}: need a text and a 0/1 label")
            language = (row.get("language") or "en").strip() or "en"
            kind = (row.get("kind") or "").strip()
            out.append(Example(text, int(label), language, "own", _split_for(text), kind))
    return out


def openai_examples(data_dir: Path) -> list[Example]:
    path = data_dir / "openai-moderation" / "samples-1680.jsonl.gz"
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
    except OSError as exc:
        raise DataError(f"cannot read {path}: {exc}") from exc
    out = []
    for row in rows:
        label = int(row.get("V") == 1 or row.get("H2") == 1)
        out.append(Example(str(row["prompt"]), label, "en", "openai", TRAIN))
    return out


def germeval_examples(data_dir: Path, name: str, split: str) -> list[Example]:
    path = data_dir / "germeval2025" / f"{name}.csv"
    out = []
    for number, row in enumerate(_read_csv(path, delimiter=";"), start=2):
        value = (row.get("VIO") or "").strip().upper()
        if value not in {"TRUE", "FALSE"}:
            raise DataError(f"{path}:{number}: VIO must be TRUE or FALSE, got {value!r}")
        out.append(Example(row["description"], int(value == "TRUE"), "de", "germeval", split))
    return out


def all_examples(data_dir: Path = DEFAULT_SHARED_DATA) -> list[Example]:
    """Every labelled row, each with its split; raises DataError naming a missing file."""
    if not data_dir.is_dir():
        raise DataError(f"labelled data not found at {data_dir}; pass --data-dir (a checkout of ../shared/data)")
    return [
        *own_examples(),
        *openai_examples(data_dir),
        *germeval_examples(data_dir, "vio_train", TRAIN),
        *germeval_examples(data_dir, "vio_trial", TEST),
    ]
