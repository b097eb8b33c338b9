"""The incitement detector: labelled sentences, the sample pages' must-flags, spans and the threat combination."""

from __future__ import annotations

import csv
import dataclasses
import logging
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moderation.incitement import CUES, THREAT_WEIGHT, IncitementResult, assess
from moderation.lexicons import LEXICONS, lexicon_for, register_lexicon
from tests.conftest import missing_shared

logger = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "data" / "incitement_sentences.csv"
SHARED = Path(__file__).resolve().parents[2].parent / "shared"
ARTICLES = SHARED / "samples" / "articles"
# The cue lexicon now only explains (moderation/verdict.py); its own strength for a call+act aimed
# at a target starts at 0.5, and that is what "the cues found a call" means in these tests.
FLAG = 0.5


def flagged(text: str, threat: float = 0.0) -> bool:
    return assess(text, threat).score >= FLAG


def assert_spans(text: str, result: IncitementResult) -> None:
    for reason in result.reasons:
        assert reason.cue in CUES
        assert 0 <= reason.start < reason.end <= len(text)
        assert text[reason.start : reason.end] == reason.text, reason


# --- the labelled set --------------------------------------------------------------------------


def labelled() -> list[tuple[str, bool, str]]:
    with DATA.open(newline="", encoding="utf-8") as handle:
        return [(row["text"], row["label"] == "1", row["note"]) for row in csv.DictReader(handle)]


def test_labelled_set_is_large_and_balanced() -> None:
    rows = labelled()
    positives = sum(1 for _, label, _ in rows if label)
    assert len(rows) >= 60
    assert 0.4 <= positives / len(rows) <= 0.6, f"{positives} positives of {len(rows)}"
    assert len({text for text, _, _ in rows}) == len(rows), "duplicate sentences"


def test_precision_and_recall_on_labelled_sentences(record_property: Callable[[str, object], None]) -> None:
    tp = fp = fn = 0
    misses: list[str] = []
    for text, label, note in labelled():
        predicted = flagged(text)
        tp += predicted and label
        fp += predicted and not label
        fn += label and not predicted
        if predicted != label:
            misses.append(f"{'FP' if predicted else 'FN'} {assess(text).score:.2f} {text!r} ({note})")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    figures = (
        f"incitement at {FLAG}: precision {precision:.3f}, recall {recall:.3f} (tp {tp}, fp {fp}, fn {fn})"
    )
    print(figures)
    logger.info(figures)
    record_property("incitement_precision", round(precision, 4))
    record_property("incitement_recall", round(recall, 4))
    for miss in misses:
        print("  ", miss)
    assert precision >= 0.9 and recall >= 0.9, figures + "\n" + "\n".join(misses)


# --- the samples -------------------------------------------------------------------------------

_TOP = re.compile(r"^  (\d+)\. ")
_REPLY = re.compile(r"^    • ")


@dataclasses.dataclass
class SampleComment:
    top: int  # number of the top-level comment
    reply: int  # 0 for the top-level comment itself, 1.. for its replies in order
    text: str


def sample_comments(name: str) -> list[SampleComment]:
    """The comment section of a sample page: numbered top-level items, `•` replies, indented bodies."""
    paths = sorted(ARTICLES.glob(name))
    if not paths:
        missing_shared(f"sample {name} not found under {ARTICLES}: /work/shared is missing")
    comments: list[SampleComment] = []
    for line in paths[0].read_text(encoding="utf-8").splitlines():
        if m := _TOP.match(line):
            comments.append(SampleComment(int(m.group(1)), 0, line[m.end() :]))
        elif _REPLY.match(line) and comments:
            last = comments[-1]
            comments.append(SampleComment(last.top, last.reply + 1, line[len("    • ") :]))
        elif comments and line.startswith("  ") and line.strip():
            comments[-1].text += "\n" + line.strip()  # a further paragraph or a list item in the body
        elif comments and line.strip():
            break  # unindented text: the page footer ("Leave a Reply")
    return comments


def find(comments: list[SampleComment], top: int, reply: int = 0) -> SampleComment:
    return next(c for c in comments if c.top == top and c.reply == reply)


@pytest.fixture(scope="module")
def sample_002() -> list[SampleComment]:
    comments = sample_comments("002_*.txt")
    assert max(c.top for c in comments) == 19
    return comments


def test_flags_call_to_shoot_presidents_and_coup(sample_002: list[SampleComment]) -> None:
    text = find(sample_002, 6).text
    result = assess(text, threat=0.01)  # what the real model says about this comment's threat
    assert result.score >= FLAG
    assert_spans(text, result)
    acts = {r.text for r in result.reasons if r.cue == "act"}
    assert {"shot", "COUP D ETAT"} <= acts
    shot = next(r for r in result.reasons if r.cue == "act" and r.text == "shot")
    assert shot.target == "past 3 presidents"
    assert any(r.cue == "call" and r.text == "should" for r in result.reasons)


def test_flags_removal_by_force(sample_002: list[SampleComment]) -> None:
    text = find(sample_002, 4).text
    assert "REMOVE Pashinyan" in text
    result = assess(text)
    assert result.score >= FLAG
    assert_spans(text, result)
    by_force = next(r for r in result.reasons if r.cue == "act" and r.text == "by force")
    assert by_force.target == "Pashinyan"
    assert any(r.cue == "call" and r.text == "REMOVE" for r in result.reasons)


def test_flags_like_rats_reply_under_12(sample_002: list[SampleComment]) -> None:
    replies = [c for c in sample_002 if c.top == 12 and c.reply > 0]
    assert len(replies) == 3
    results = [(c, assess(c.text)) for c in replies]
    hits = [(c, r) for c, r in results if r.score >= FLAG]
    assert len(hits) == 1, [(c.reply, r.score) for c, r in results]
    comment, result = hits[0]
    assert_spans(comment.text, result)
    reason = next(r for r in result.reasons if r.cue == "dehumanising")
    assert reason.text == "like rats"
    assert reason.target == "Azeri soldiers"


def test_nothing_else_in_the_samples_is_flagged(sample_002: list[SampleComment]) -> None:
    """Precision on real comments: the rest of 002 (reported killings, a historical plan to "wipe
    them out", "This guy has got to go") and every comment of 000 stay below the flag."""
    flagged_002 = {(c.top, c.reply) for c in sample_002 if flagged(c.text)}
    assert flagged_002 == {(4, 0), (6, 0), (12, 3)}
    for comment in sample_comments("000_*.txt"):
        assert not flagged(comment.text), comment.text


# --- must not flag -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "This policy is a job-killer.",
        "The government's line on Russia is shoot first and ask questions later.",
        "He keeps a shotgun loaded with buck shot by the door.",
        "Our chess team is killing it this season.",
        "The killing fields of Cambodia should never be forgotten.",
        "155 soldiers were killed in the September attack.",
        'He said "they should all be shot" — disgraceful.',
        "He was shot in 1999 according to the report.",
    ],
)
def test_figurative_reported_and_condemned_violence_is_not_flagged(text: str) -> None:
    assert assess(text).score < FLAG


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("pashinyan should be arrested and shot", "pashinyan"),
        ("kocharyan must be hanged for what he did", "kocharyan"),
        ("honestly aliyev deserves to be executed", "aliyev"),
        ("remove pashinyan immediately, either by political means or by force", "pashinyan"),
        ("we must remove pashinyan by force", "pashinyan"),
        ("hang aliyev and his whole gang", "aliyev"),
        ("let's shoot kocharyan", "kocharyan"),
        ("kick out erdogan by force", "erdogan"),
    ],
)
def test_a_name_typed_in_lowercase_is_a_weak_target(text: str, target: str) -> None:
    result = assess(text)
    assert FLAG <= result.score < 0.8  # review, not hold: the word is only probably a name
    assert any(reason.target == target for reason in result.reasons)
    capitalised = assess(text[0].upper() + text[1:].replace(target, target.capitalize()))
    assert capitalised.score >= result.score


@pytest.mark.parametrize(
    "text",
    ["the bill should be killed", "bills should be killed in committee", "everything should be burned",
     "this plan must be shot down"],
)
def test_common_nouns_before_a_passive_call_are_no_target(text: str) -> None:
    result = assess(text)
    assert result.score < FLAG
    assert all(reason.target is None for reason in result.reasons)


@pytest.mark.parametrize(
    "text",
    ["we must kill time somehow", "remove the tariffs by force of law", "remove tariffs by force of law",
     "the central bank should kill inflation now", "let's wipe out corruption and poverty", "burn calories, not money",
     "kill it with fire", "remove this stain by force", "we should just burn forever in this heat"],
)
def test_idioms_abstract_nouns_and_things_after_an_imperative_are_no_target(text: str) -> None:
    result = assess(text)
    assert result.score < FLAG, result.reasons
    assert all(reason.target is None for reason in result.reasons)


@pytest.mark.parametrize(
    "text",
    ["Mark my words, Pashinyan will hang, and I will be there cheering.",
     "Aliyev will be hanged one day and I can't wait."],
)
def test_a_relished_prediction_is_a_call(text: str) -> None:
    result = assess(text)
    assert result.score >= FLAG
    assert any(reason.cue == "call" and reason.text == "will" for reason in result.reasons)


@pytest.mark.parametrize(
    "text",
    ["Pashinyan will hang.", "Pashinyan will hang on to power, mark my words.",
     "The soldiers will die for nothing, and the generals will celebrate their medals.",
     "I can't wait for the final, our team will kill it.", "The bill will die in committee and I will cheer."],
)
def test_a_forecast_without_glee_for_a_person_is_not(text: str) -> None:
    assert assess(text).score < FLAG


def test_a_call_does_not_meet_an_act_in_another_sentence() -> None:
    text = (
        "The president should resign before the summer. Nobody trusts him any more. "
        "Last year 155 soldiers were shot at the border and the ministry hid it."
    )
    assert assess(text).score == 0.0
    assert flagged("The president should be shot before the summer.")


def test_quoted_threat_is_judged_by_the_commenter_stance() -> None:
    condemned = 'He wrote: "They should all be shot. Every one of them." Disgraceful. I reported him.'
    endorsed = 'He said "they should all be shot" and honestly he is right.'
    bare = '"They should all be shot." That is what he wrote.'
    assert assess(condemned).score == 0.0
    assert flagged(endorsed)
    assert 0.0 < assess(bare).score < FLAG


def test_negated_and_defensive_calls_are_not_flagged() -> None:
    assert not flagged("Nobody should be killed for what they write.")
    assert not flagged("The government must be removed at the ballot box, not by force.")
    assert not flagged("We must protect the villagers from being shot.")
    assert flagged("The government must be removed by force.")


# --- scores and spans --------------------------------------------------------------------------


def all_texts() -> Iterator[str]:
    yield from (text for text, _, _ in labelled())


def test_reason_spans_point_into_the_text() -> None:
    for text in all_texts():
        assert_spans(text, assess(text))
    # Offsets hold in multi-line comments with indentation and curly quotes too.
    text = "Intro line.\n\n    1. REMOVE the “clown” Pashinyan by force;\n    2. Then hang the traitors!"
    result = assess(text)
    assert result.score >= FLAG
    assert_spans(text, result)
    assert {r.text for r in result.reasons if r.cue == "act"} >= {"by force", "hang"}


@given(st.text(alphabet=st.sampled_from(list("abcdeKILshot .,;!?\"“”'\n-ALL")), max_size=120))
@settings(max_examples=60, deadline=None)
def test_any_text_gives_a_probability_and_valid_spans(text: str) -> None:
    result = assess(text)
    assert 0.0 <= result.score <= 1.0
    assert_spans(text, result)


@pytest.mark.parametrize(
    "text",
    [
        "all past 3 presidents should be arrested and shot",
        "We should burn it all down.",  # a call and an act without a target: partial evidence
        "I agree with you.",
        "",
    ],
)
def test_score_is_a_probability_that_rises_with_threat(text: str) -> None:
    scores = [assess(text, threat=t).score for t in (0.0, 0.01, 0.25, 0.5, 0.75, 1.0)]
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert all(a < b for a, b in zip(scores, scores[1:], strict=False)), scores


def test_threat_combination() -> None:
    # A strong call+act+target alone crosses the flag, even with the real model's threat of 0.01.
    assert assess("all past 3 presidents should be arrested and shot", threat=0.01).score > 0.5
    # Threat alone never does: a threat without a call is the threat label's business.
    assert assess("I agree with you.", threat=1.0).score == pytest.approx(THREAT_WEIGHT)
    assert assess("I agree with you.", threat=1.0).score < FLAG
    # Partial evidence plus a confident model does.
    assert not flagged("We should burn it all down.", threat=0.0)
    assert flagged("We should burn it all down.", threat=0.9)


@pytest.mark.parametrize("threat", [-0.5, 1.5, float("nan")])
def test_threat_must_be_a_probability(threat: float) -> None:
    with pytest.raises(ValueError, match="threat"):
        assess("text", threat=threat)


# --- languages ---------------------------------------------------------------------------------


def test_language_without_lexicon_falls_back_to_threat() -> None:
    result = assess("Պաշինյանին պետք է գնդակահարել", threat=0.7, language="hy")
    assert result == IncitementResult(score=0.7, reasons=())
    assert lexicon_for("en-GB") is LEXICONS["en"]


def test_registered_lexicon_is_used_for_its_language() -> None:
    english = LEXICONS["en"]
    register_lexicon(dataclasses.replace(english, language="xx"))
    try:
        assert assess("Aliyev must be hanged.", language="xx").score >= FLAG
    finally:
        del LEXICONS["xx"]
