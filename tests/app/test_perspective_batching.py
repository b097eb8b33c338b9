"""Concurrent Perspective requests are scored together, and each gets its own comment's verdict."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from app.services.perspective_batching import BatchingAnalyser, shared_analyser
from moderation.detox import LoadedModel, get_model
from moderation.detox_settings import ModelSettings
from moderation.policy import default_policy
from moderation.scoring import Scorer
from moderation.verdict import Analysis, analyse


@pytest.fixture(scope="module")
def tiny(tiny_checkpoint_files: tuple[Path, Path]) -> LoadedModel:
    checkpoint, hf_config = tiny_checkpoint_files
    return get_model(ModelSettings(checkpoint=str(checkpoint), hf_config=str(hf_config)))


def test_concurrent_requests_share_passes_and_get_their_own_scores(tiny: LoadedModel) -> None:
    policy = default_policy()
    texts = [f"Comment number {i} says the road works start on day {i}. Nobody asked the people here."
             for i in range(16)]
    alone = [analyse(Scorer(tiny, cache_size=0), policy, [text])[0] for text in texts]
    batcher = BatchingAnalyser(Scorer(tiny, cache_size=0), policy)
    results: dict[int, Analysis] = {}
    start = threading.Barrier(len(texts))

    def request(i: int) -> None:
        start.wait()
        results[i] = batcher.analyse_one(texts[i])

    threads = [threading.Thread(target=request, args=(i,)) for i in range(len(texts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    batcher.stop()
    assert sorted(results) == list(range(len(texts)))
    for i, expected in enumerate(alone):
        got = results[i]
        assert got.labels == pytest.approx(expected.labels, abs=1e-5)
        assert [(s.start, s.end) for s in got.text_score.spans] == [
            (s.start, s.end) for s in expected.text_score.spans]
    # sixteen requests that arrived together did not take sixteen passes
    assert batcher.passes < len(texts) and batcher.scored == len(texts)


def test_an_error_reaches_every_waiting_request_and_the_batcher_goes_on(tiny: LoadedModel) -> None:
    batcher = BatchingAnalyser(Scorer(tiny, incitement=None), default_policy())
    # a scorer without the incitement model cannot judge: the verdict refuses, the caller hears it
    with pytest.raises(ValueError, match="no incitement model"):
        batcher.analyse_one("Nobody asked us.")
    with pytest.raises(ValueError, match="no incitement model"):
        batcher.analyse_one("Still nobody asked us.")
    batcher.stop()
    with pytest.raises(RuntimeError, match="stopped"):
        batcher.analyse_one("after the end")


def test_one_batcher_per_scorer_and_policy(tiny: LoadedModel) -> None:
    extensions: dict[str, object] = {}
    scorer, policy = Scorer(tiny), default_policy()
    first = shared_analyser(extensions, scorer, policy)
    assert shared_analyser(extensions, scorer, policy) is first
    # a new scorer (another model loaded) gets a batcher of its own; the old one is stopped
    second = shared_analyser(extensions, Scorer(tiny), policy)
    assert second is not first and second.scorer is not scorer
    with pytest.raises(RuntimeError, match="stopped"):
        first.analyse_one("old")
    second.stop()
