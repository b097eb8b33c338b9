"""Near-duplicate detection of articles on the samples and on small texts written for the test."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from tests.conftest import missing_shared
from threads.neardup import (
    NEAR_DUPLICATE_THRESHOLD,
    NUM_PERM,
    article_signature,
    estimate_similarity,
    is_near_duplicate,
    shingles,
)
from threads.page_parser import parse_file

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples" / "articles"

STORY = (
    "The city council voted on Tuesday to rebuild the old river bridge before winter. Engineers said "
    "the work would take eleven weeks and close one lane at a time. The mayor promised free buses "
    "for commuters while the bridge is closed, and shop owners on Quay Street asked for parking "
    "permits during the works. The project will cost four million euros, paid from the regional fund."
)


@pytest.fixture(scope="module")
def signatures() -> list[list[int]]:
    if not SAMPLES.is_dir():
        missing_shared(f"sample pages not found at {SAMPLES} (a checkout of ../shared next to the repo)")
    pages = [parse_file(path) for path in sorted(SAMPLES.glob("*.txt"))]
    return [article_signature(page.title + "\n\n" + page.body) for page in pages]


def test_only_the_two_wire_story_versions_are_near_duplicates(signatures: list[list[int]]) -> None:
    matches = {
        (a, b) for a, b in itertools.combinations(range(len(signatures)), 2)
        if is_near_duplicate(signatures[a], signatures[b])
    }
    assert matches == {(3, 4)}


def test_margins_around_the_threshold(signatures: list[list[int]]) -> None:
    scores = {
        (a, b): estimate_similarity(signatures[a], signatures[b])
        for a, b in itertools.combinations(range(len(signatures)), 2)
    }
    duplicate = scores.pop((3, 4))
    assert duplicate >= NEAR_DUPLICATE_THRESHOLD * 1.5
    assert max(scores.values()) <= NEAR_DUPLICATE_THRESHOLD / 2


def test_signature_is_small_stable_and_serialisable() -> None:
    signature = article_signature(STORY)
    assert len(signature) == NUM_PERM == 128
    assert all(isinstance(v, int) and 0 <= v < 2**32 for v in signature)
    assert json.loads(json.dumps(signature)) == signature
    assert article_signature(STORY) == signature
    assert estimate_similarity(signature, signature) == 1.0


def test_light_edits_and_reflowing_stay_near_duplicates() -> None:
    edited = STORY.replace("Tuesday", "Wednesday").replace("four million", "4.2 million").replace(". ", ".\n\n")
    assert is_near_duplicate(article_signature(STORY), article_signature(edited))


def test_a_different_story_on_the_same_topic_is_not() -> None:
    other = (
        "Residents near the river bridge complained on Monday about noise from the night works. The "
        "council said engineers had moved the loudest work to daytime hours, and the mayor met shop "
        "owners to discuss compensation. Buses for commuters will keep running until the bridge reopens."
    )
    assert not is_near_duplicate(article_signature(STORY), article_signature(other))


def test_empty_texts_are_similar_to_nothing() -> None:
    empty = article_signature("")
    assert estimate_similarity(empty, empty) == 0.0
    assert not is_near_duplicate(empty, article_signature("   ...   "))


def test_signatures_of_different_length_are_refused() -> None:
    with pytest.raises(ValueError, match="differ in length"):
        estimate_similarity(article_signature(STORY), article_signature(STORY)[:64])


def test_shingles_ignore_stop_words_case_hyphens_and_plurals() -> None:
    assert shingles("The Cease-fire talks") == {"ceasefire talk"}
    assert shingles("Armenia") == {"armenia"}
    assert shingles("the of and") == set()
