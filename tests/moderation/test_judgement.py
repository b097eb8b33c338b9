"""The learned incitement judgement: languages, the shipped model, routing, policy coverage, training."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from moderation.detox import LoadedModel
from moderation.embedding import SentenceEncoder, shared_encoder
from moderation.incitement_data import HELDOUT, TRAIN, Example, own_examples
from moderation.incitement_model import IncitementModel, LinearHead, Reranker, load_model, shared_model
from moderation.incitement_training import choose_thresholds, train
from moderation.language import detect, detect_many
from moderation.policy import LANGUAGE_RULE_NAME, Policy, RulesError, default_policy, rules_from_data
from moderation.scoring import Scorer
from moderation.verdict import analyse


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Die Sonne scheint heute über dem ganzen Land.", "de"),
        ("Il faut absolument voter dimanche prochain.", "fr"),
        ("Arsenal must kill off the game in the first half.", "en"),
        ("Հայաստանը գեղեցիկ երկիր է։", "hy"),
        ("ok", None),
        ("lol", None),
        ("!!!", None),
    ],
)
def test_languages_are_told_offline_and_short_text_stays_undetermined(text: str, code: str | None) -> None:
    assert detect(text) == code


def test_detect_many_keeps_order() -> None:
    assert detect_many(["Guten Morgen, wie geht es euch allen?", "", "Good morning to all of you here."]) == [
        "de", None, "en"]


def test_encoder_gives_normalised_cached_embeddings() -> None:
    encoder = SentenceEncoder(cache_size=2)
    vectors = encoder.embed(["Man sollte ihn aufhängen.", "Someone should hang him.", "Die Sonne scheint."])
    assert vectors.shape == (3, 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    # A German call is closer to its English translation than to a German sentence about the weather.
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    again = encoder.embed(["Someone should hang him."])
    assert np.array_equal(again[0], vectors[1])


def test_shipped_model_says_where_it_came_from() -> None:
    model = load_model()
    provenance = model.provenance
    assert provenance["seed"] == 0 and "germeval_vio_trial" in provenance["heldout"]
    assert {"own", "openai", "germeval"} <= set(provenance["data"])
    assert provenance["data"]["germeval"]["test"] == 1051  # the trial split, never trained on
    assert 0.0 < model.thresholds["review"] < model.thresholds["hold"] < 1.0
    assert {"en", "de", "fr", "es", "hy"} <= model.covered_languages
    # Held-out figures are recorded, not just training fit.
    assert provenance["heldout"]["own_all"]["roc_auc"] > 0.85


def test_head_probability_is_platt_scaled_logistic() -> None:
    head = LinearHead(np.zeros(2, np.float32), np.ones(2, np.float32), np.array([1.0, -1.0], np.float32),
                      bias=0.5, platt_slope=2.0, platt_intercept=-1.0)
    p = head.probability(np.array([[1.0, 0.0], [0.0, 3.0]], dtype=np.float32))
    expected = 1 / (1 + np.exp(-(2.0 * np.array([1.5, -2.5]) - 1.0)))
    assert np.allclose(p, expected, atol=1e-6)
    with pytest.raises(ValueError, match="features"):
        head.probability(np.zeros((1, 3), np.float32))


def test_reranker_combines_both_heads_logits() -> None:
    reranker = Reranker(native_weight=1.0, multilingual_weight=2.0, bias=-0.5, gate=0.2)
    native = np.array([0.5, 0.9, 0.9], dtype=np.float32)
    second = np.array([0.5, 0.9, 0.1], dtype=np.float32)
    z = 1.0 * np.log(native / (1 - native)) + 2.0 * np.log(second / (1 - second)) - 0.5
    assert np.allclose(reranker.probability(native, second), 1 / (1 + np.exp(-z)), atol=1e-5)
    # e5 disagreeing pulls a sentence the native head was sure of below where it started.
    assert reranker.probability(native, second)[2] < 0.5


def test_the_shipped_reranker_reads_everything_the_policy_could_flag() -> None:
    model = shared_model()
    assert model.reranker is not None and model.native is not None
    assert model.reranker.gate <= model.thresholds["review"]
    assert model.reranker.native_weight > 0 and model.reranker.multilingual_weight > 0
    assert "gate_rule" in model.provenance["reranker"]
    assert model.provenance["multilingual_shift"]["logit"] == model.multilingual_shift


@pytest.mark.realmodel
def test_english_sentences_over_the_gate_are_re_read_by_e5(real_model: LoadedModel) -> None:
    """The scorer's incitement for English sentences, recomputed from the two heads by hand."""
    model = shared_model()
    native, reranker = model.native_for(real_model.identity), model.reranker
    assert native is not None and reranker is not None
    texts = ["Someone should shoot the senator.", "Writing 'shoot the senator' here is vile, reported.",
             "The senator spoke for an hour about the budget.", "Kill the engine before you refuel."]
    _, features = real_model.forward_with_features(real_model.encode(texts))
    first = native.probability(features)
    second = model.multilingual.probability(shared_encoder().embed(texts))
    expected = np.where(first >= reranker.gate, reranker.probability(first, second), first)
    assert (first >= reranker.gate).any() and (first < reranker.gate).any()  # both branches are checked
    scored = Scorer(real_model).score(texts)
    assert [r.whole["incitement"] for r in scored] == pytest.approx(expected.tolist(), abs=1e-4)


def test_model_round_trips_through_its_files(tmp_path: Path) -> None:
    model = shared_model()
    target = tmp_path / "m.json"
    model.save(target)
    again = load_model(target)
    assert again.thresholds == model.thresholds and again.covered_languages == model.covered_languages
    assert again.reranker == model.reranker and again.multilingual_shift == model.multilingual_shift
    x = np.random.default_rng(0).normal(size=(4, 384)).astype(np.float32)
    assert np.allclose(again.multilingual.probability(x), model.multilingual.probability(x))


def test_a_missing_model_file_names_the_setting(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="THREADWATCH_INCITEMENT_MODEL"):
        load_model(tmp_path / "nope.json")


def test_thresholds_keep_recall_and_reach_precision() -> None:
    probabilities = np.array([0.05, 0.1, 0.2, 0.3, 0.6, 0.7, 0.9, 0.95, 0.97, 0.99], dtype=np.float32)
    labels = np.array([0, 0, 1, 0, 1, 0, 1, 1, 1, 1])
    chosen = choose_thresholds(probabilities, labels)
    flagged = probabilities >= chosen["review"]
    assert labels[flagged].sum() / labels.sum() >= 0.95
    held = probabilities >= chosen["hold"]
    assert labels[held].mean() >= 0.97 and chosen["hold"] == pytest.approx(0.9)


def test_tiny_model_goes_to_the_multilingual_head(tiny_model: LoadedModel) -> None:
    model = shared_model()
    assert model.native_for(tiny_model.identity) is None
    (result,) = Scorer(tiny_model).score(["Someone should shoot the senator."])
    expected = model.routed_multilingual(shared_encoder().embed(["Someone should shoot the senator."]))[0]
    assert result.whole["incitement"] == pytest.approx(float(expected), abs=1e-5)


def test_uncovered_language_goes_to_review_with_its_own_rule() -> None:
    policy = default_policy({"review": 0.5, "hold": 0.8})
    decision = policy.decide({"toxicity": 0.01, "incitement": 0.01}, language="zu", covered=False)
    assert (decision.action, decision.rule) == ("review", LANGUAGE_RULE_NAME)
    assert policy.decide({"toxicity": 0.01, "incitement": 0.01}, language="zu").action == "approve"
    # A hazard still outranks the language rule, and a newsroom can change the action per language.
    held = policy.decide({"incitement": 0.9}, language="zu", covered=False)
    assert held.action == "hold" and LANGUAGE_RULE_NAME in held.matched
    custom = rules_from_data({"languages": {"default": "approve", "xh": "hold"}},
                             incitement={"review": 0.5, "hold": 0.8})
    assert custom.decide({}, language="zu", covered=False).action == "approve"
    assert custom.decide({}, language="xh", covered=False).action == "hold"
    with pytest.raises(RulesError, match="unknown action"):
        Policy([], languages={"default": "shout"})


def test_english_cues_never_run_on_other_languages(tiny_model: LoadedModel) -> None:
    scorer = Scorer(tiny_model)
    policy = default_policy({"review": 0.0, "hold": 1.0})  # everything reaches the explanation step
    german, english = analyse(scorer, policy, ["Die Polizei sollte die Demonstranten heute erschießen.",
                                               "The police should shoot the protesters today."])
    assert german.language == "de" and english.language == "en"
    assert {r.cue for r in german.incitement.reasons} <= {"model"}
    assert {"call", "act"} <= {r.cue for r in english.incitement.reasons}


def test_own_sentences_have_a_stable_held_out_fifth() -> None:
    rows = own_examples()
    heldout = [r for r in rows if r.split == HELDOUT]
    assert 0.12 < len(heldout) / len(rows) < 0.28
    assert {r.text for r in own_examples() if r.split == HELDOUT} == {r.text for r in heldout}


def test_training_runs_end_to_end_on_a_small_set(tmp_path: Path, tiny_model: LoadedModel) -> None:
    """The same code `flask model train-incitement` runs, on 160 of our sentences."""
    mine = [r for r in own_examples() if r.language in ("en", "de")]
    rows = [r for r in mine if r.label][:80] + [r for r in mine if not r.label][:80]
    examples = [Example(r.text, r.label, r.language, r.source, TRAIN if i % 4 else HELDOUT, r.kind)
                for i, r in enumerate(rows)]
    result = train(examples, shared_encoder(), native_model=tiny_model, seed=1, cache_dir=tmp_path / "cache")
    assert isinstance(result.model, IncitementModel)
    assert result.model.native_model == tiny_model.identity and result.model.native_languages == {"en"}
    assert result.report["heldout"]["own_all"]["rows"] == 40
    # The re-ranker's gate never sits above the review threshold: nothing it did not read is flagged.
    reranker = result.model.reranker
    assert reranker is not None and reranker.gate <= result.model.thresholds["review"]
    assert result.report["reranker"]["gate"] == reranker.gate
    target = tmp_path / "model.json"
    result.model.save(target)
    assert json.loads(target.read_text())["provenance"]["seed"] == 1
    assert any((tmp_path / "cache").iterdir())  # features are cached for the next run


# --- the real model on the samples -------------------------------------------------------------


@pytest.mark.realmodel
def test_the_samples_calls_are_still_flagged_and_explained(real_model: LoadedModel) -> None:
    from tests.moderation.test_incitement import find, sample_comments

    comments = sample_comments("002_*.txt")
    scorer, policy = Scorer(real_model), default_policy()
    removal, presidents = find(comments, 4), find(comments, 6)
    rats = next(c for c in comments if c.top == 12 and c.reply > 0 and "like rats" in c.text)
    analyses = analyse(scorer, policy, [removal.text, presidents.text, rats.text])
    for comment, analysis in zip((removal, presidents, rats), analyses, strict=True):
        assert analysis.decision.action in ("review", "hold"), (comment.top, analysis.decision)
        assert analysis.incitement.score >= policy.thresholds()["incitement"]
    # The highlighted sentences are the calls themselves, in the moderator's view.
    flagged = {r.text for a in analyses for r in a.incitement.reasons if r.cue == "model"}
    assert any("should be arrested and shot" in text for text in flagged)
    assert any("like rats" in text for text in flagged)
    # English cues explain inside the flagged sentence.
    assert any(r.cue == "act" and r.text == "shot" for r in analyses[1].incitement.reasons)


@pytest.mark.realmodel
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Sonne scheint heute.", "approve"),
        ("Arsenal must kill off the game in the first half or Spurs will punish them.", "approve"),
        ("The Tories deserve to be wiped out at the next general election.", "approve"),
        ("We must execute Johnson's game plan perfectly on Sunday.", "approve"),
        ("Someone needs to run those protesters over with a truck.", "flag"),
        ("Grab your rifles and meet me at the statehouse on Saturday, patriots.", "flag"),
        ("Somebody ought to take a baseball bat to every one of those senators.", "flag"),
        ("Man sollte Scholz aufhängen.", "flag"),
    ],
)
def test_the_sentences_from_the_issue(real_model: LoadedModel, text: str, expected: str) -> None:
    (analysis,) = analyse(Scorer(real_model), default_policy(), [text])
    if expected == "approve":
        assert analysis.decision.action == "approve", analysis.decision
    else:
        assert analysis.decision.action in ("review", "hold"), analysis.decision
