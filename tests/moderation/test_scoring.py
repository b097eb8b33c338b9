from __future__ import annotations

import threading

import pytest

from moderation.detox import LoadedModel
from moderation.scoring import Scorer, TextScore
from moderation.sentences import approximate_token_counts, segment, sentence_spans, windows

# Calm filler in the style of the samples' long comments, written for these tests.
CALM = [
    "The ceasefire talks resumed on Monday after a long pause in the capital.",
    "Several ministers said the road through the mountains should reopen before winter.",
    "Farmers in the valley have waited months for the new irrigation channels to be finished.",
    "Historians disagree about when the border villages were first mapped by surveyors.",
    "The committee will publish its report on school funding later in the spring.",
    "Most residents I spoke with care more about electricity prices than about diplomacy.",
    "A delegation from the neighbouring country is expected to visit the trade fair next week.",
    "The museum reopened its manuscript collection after the renovation was completed.",
]


def long_comment(middle: str, words: int = 700) -> str:
    """A calm comment of about `words` words with `middle` as its middle sentence."""
    sentences: list[str] = []
    i = 0
    while sum(len(s.split()) for s in sentences) < words // 2:
        sentences.append(CALM[i % len(CALM)])
        i += 1
    head = list(sentences)
    tail = [CALM[(i + k) % len(CALM)] for k in range(len(head))]
    return " ".join(head) + " " + middle + " " + " ".join(tail)


def check_max(result: TextScore) -> None:
    for label, value in result.labels.items():
        assert value == max([result.whole[label], *(span.scores[label] for span in result.spans)])


def test_sentence_spans_are_offsets_into_the_original_text() -> None:
    text = "  Hello there.  This is Mr. Smith's house!   Why?\n\n  1. REMOVE him by force;\n2. Arrest all  "
    spans = sentence_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "Hello there.",
        "This is Mr. Smith's house!",
        "Why?",
        "1. REMOVE him by force;",
        "2. Arrest all",
    ]
    assert sentence_spans("") == [] and sentence_spans(" \n\t ") == []


def test_long_sentences_are_cut_and_long_texts_get_overlapping_windows() -> None:
    run_on = " ".join(["word"] * 100)
    pieces = sentence_spans(run_on, max_tokens=20)
    assert all(p.cut for p in pieces) and pieces[0].start == 0 and pieces[-1].end == len(run_on)
    assert all(approximate_token_counts([p.text(run_on)])[0] <= 20 for p in pieces)
    assert all(b.start < a.end for a, b in zip(pieces, pieces[1:], strict=False))  # they overlap

    text = long_comment("Nothing to see here.", words=300)
    spans = windows(text, max_tokens=60)
    assert len(spans) > 3
    assert spans[0].start == 0 and spans[-1].end == len(text)
    assert all(b.start < a.end for a, b in zip(spans, spans[1:], strict=False))
    sentence_starts = {s.start for s in sentence_spans(text)}
    assert all(w.start in sentence_starts for w in spans)
    assert windows("Short text.", max_tokens=60) == []


def test_windows_use_the_model_tokenizer_when_given(tiny_model: LoadedModel) -> None:
    text = long_comment("Nothing to see here.", words=200)
    seg = segment(text, tiny_model.content_tokens, tiny_model.count_tokens)
    assert seg.windows
    counts = tiny_model.count_tokens([w.text(text) for w in seg.windows])
    assert all(n <= tiny_model.content_tokens for n in counts)


def test_span_scores_are_the_model_scores_of_the_span_text(tiny_model: LoadedModel, tiny_scorer: Scorer) -> None:
    text = "I agree with you.  You are an idiot and a traitor!\nThe army left the border road today."
    (result,) = tiny_scorer.score([text])
    assert [(s.kind, text[s.start : s.end]) for s in result.spans] == [
        ("sentence", "I agree with you."),
        ("sentence", "You are an idiot and a traitor!"),
        ("sentence", "The army left the border road today."),
    ]
    plain = tiny_model.detoxify.predict([text[s.start : s.end] for s in result.spans] + [text])
    for i, span in enumerate(result.spans):
        for label in tiny_model.labels:
            assert span.scores[label] == pytest.approx(plain[label][i], abs=1e-4)
        assert 0.0 <= span.scores["incitement"] <= 1.0  # the learned incitement label rides along
    for label in tiny_model.labels:
        assert result.whole[label] == pytest.approx(plain[label][-1], abs=1e-4)
    assert result.model_identity == tiny_model.identity


def test_comment_score_is_the_max_of_whole_and_spans(tiny_scorer: Scorer) -> None:
    texts = [
        "I agree with you. You are an idiot and a traitor. The road is closed.",
        "Good point, thanks! But the facts say otherwise. Shut up and look at the evidence.",
        long_comment("They should be arrested and shot.", words=150),
    ]
    results = tiny_scorer.score(texts)
    raised = 0
    for result in results:
        check_max(result)
        raised += sum(result.labels[label] > result.whole[label] for label in result.labels)
    assert raised > 0  # some label was driven by a span, not by the whole comment
    fast = tiny_scorer.score(texts, spans=False)
    for quick, full in zip(fast, results, strict=True):
        assert quick.spans == [] and quick.labels == quick.whole
        # The fast path reads the whole comment for every label; with spans, a comment of several
        # sentences takes its incitement from its worst sentence instead.
        assert {k: v for k, v in quick.whole.items() if k != "incitement"} == pytest.approx(
            {k: v for k, v in full.whole.items() if k != "incitement"}, abs=1e-6)  # batched differently
        sentences = [s for s in full.spans if s.kind == "sentence"]
        assert full.whole["incitement"] == max(s.scores["incitement"] for s in sentences)


def test_long_comments_get_window_spans(tiny_model: LoadedModel, tiny_scorer: Scorer) -> None:
    text = long_comment("You are an idiot and a traitor.", words=200)
    (result,) = tiny_scorer.score([text])
    spans = [s for s in result.spans if s.kind == "window"]
    assert spans
    for span in spans:
        assert tiny_model.count_tokens([text[span.start : span.end]])[0] <= tiny_model.content_tokens
    check_max(result)


def test_incitement_is_judged_per_sentence(tiny_scorer: Scorer) -> None:
    """A comment of several sentences and its windows take the worst sentence's incitement; a
    one-sentence comment is read whole."""
    text = long_comment("The council meets on Tuesday. Someone should hang the mayor.", words=220)
    (result,) = tiny_scorer.score([text])
    sentences = [s for s in result.spans if s.kind == "sentence"]
    windows = [s for s in result.spans if s.kind == "window"]
    assert len(sentences) > 2 and windows
    assert result.whole["incitement"] == result.labels["incitement"] == max(s.scores["incitement"] for s in sentences)
    for window in windows:
        inside = [s.scores["incitement"] for s in sentences if s.start < window.end and s.end > window.start]
        assert window.scores["incitement"] == max(inside)
    # The same sentence scores the same alone, as a whole comment.
    (alone,) = tiny_scorer.score(["Someone should hang the mayor."])
    assert alone.whole["incitement"] == pytest.approx(
        next(s.scores["incitement"] for s in sentences if text[s.start:s.end] == "Someone should hang the mayor."),
        abs=1e-6)


def test_length_sorted_batches_match_plain_detoxify_one_text_at_a_time(tiny_model: LoadedModel) -> None:
    texts = [long_comment("x", words=n)[: n * 7] for n in (3, 40, 11, 90, 1, 25, 60, 7, 33, 5, 120, 18)]
    texts += ["", "You are an idiot and a traitor.", "I agree with you", "hello " * 80]
    scorer = Scorer(tiny_model, batch_size=4, max_batch_tokens=96)
    results = scorer.score(texts, spans=False)
    for text, result in zip(texts, results, strict=True):
        plain = tiny_model.detoxify.predict([text])  # one text: Detoxify squeezes each list to a float
        for label in tiny_model.labels:
            assert result.whole[label] == pytest.approx(plain[label], abs=1e-4)
    # And with every text in one padded batch, as plain Detoxify would do it.
    together = tiny_model.detoxify.predict(texts)
    for i, result in enumerate(results):
        for label in tiny_model.labels:
            assert result.whole[label] == pytest.approx(together[label][i], abs=1e-4)


def test_identical_texts_are_scored_once(tiny_model: LoadedModel) -> None:
    scorer = Scorer(tiny_model)
    repost = "Western shills twist the facts.\nEvery single day."
    first = scorer.score([repost, "Something else entirely.", repost], spans=False)
    assert scorer.cache_stats().misses == 2 and scorer.cache_stats().hits == 1
    assert first[0] == first[2]
    reflowed = "Western shills twist   the facts. Every\nsingle day."
    again = scorer.score([reflowed], spans=False)
    stats = scorer.cache_stats()
    assert (stats.misses, stats.hits, stats.size) == (2, 2, 2)
    assert again[0].whole == first[0].whole


def test_cache_is_bounded(tiny_model: LoadedModel) -> None:
    scorer = Scorer(tiny_model, cache_size=2)
    scorer.score(["one", "two", "three"], spans=False)
    assert scorer.cache_stats().size == 2
    scorer.score(["one"], spans=False)  # evicted first, so scored again
    assert scorer.cache_stats().misses == 4
    uncached = Scorer(tiny_model, cache_size=0)
    uncached.score(["one"], spans=False)
    uncached.score(["one"], spans=False)
    assert uncached.cache_stats().misses == 2


def test_empty_input(tiny_scorer: Scorer) -> None:
    assert tiny_scorer.score([]) == []
    (blank,) = tiny_scorer.score(["   "])
    assert blank.spans == [] and blank.labels == blank.whole


@pytest.mark.realmodel
def test_real_model_finds_the_toxic_sentence_in_the_middle_of_a_long_comment(real_model: LoadedModel) -> None:
    middle = "You are an idiot and a traitor."
    text = long_comment(middle)
    assert len(text.split()) > 650
    assert real_model.count_tokens([text])[0] > 4 * real_model.max_tokens
    scorer = Scorer(real_model)
    (truncated,) = scorer.score([text], spans=False)
    (full,) = scorer.score([text])
    assert truncated.labels["toxicity"] < 0.5
    assert full.labels["toxicity"] > 0.9
    top = full.top_span("toxicity")
    assert top is not None and text[top.start : top.end] == middle
    check_max(full)


@pytest.mark.realmodel
def test_real_model_says_what_a_toxicity_model_should(real_model: LoadedModel) -> None:
    scorer = Scorer(real_model)
    call, calm, insult = scorer.score(
        ["they should be arrested and shot", "I agree with you", "You are an idiot and a traitor."]
    )
    assert call.labels["threat"] > calm.labels["threat"]
    assert insult.labels["toxicity"] > 0.9
    assert calm.labels["toxicity"] < 0.5


def test_one_scorer_serves_many_threads(tiny_model: LoadedModel) -> None:
    texts = [long_comment(f"Comment number {i} is here.", words=40 + 7 * i) for i in range(6)]
    expected = Scorer(tiny_model, cache_size=0).score(texts)
    shared = Scorer(tiny_model, cache_size=0)
    results: dict[int, list[TextScore]] = {}
    errors: list[BaseException] = []

    def work(i: int) -> None:
        try:
            for _ in range(3):
                results[i] = shared.score(texts[i:] + texts[:i])
        except BaseException as exc:  # surfaced below; a thread's exception is otherwise lost
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for i, got in results.items():
        for a, b in zip(got, expected[i:] + expected[:i], strict=True):
            assert [(x.start, x.end, x.kind) for x in a.spans] == [(y.start, y.end, y.kind) for y in b.spans]
            for label in a.labels:
                assert a.labels[label] == pytest.approx(b.labels[label], abs=1e-5)


def test_an_over_long_comment_is_scored_up_to_the_cap_and_sent_to_review(tiny_model: LoadedModel) -> None:
    from moderation.policy import INCOMPLETE_RULE_NAME, default_policy
    from moderation.verdict import analyse

    scorer = Scorer(tiny_model, max_chars=2_000)
    text = "The army left the border road today. " * 3_000  # 111 KB
    (result,) = scorer.score([text])
    assert not result.complete and result.scored_chars is not None and result.scored_chars <= 2_000
    assert result.spans and all(span.end <= result.scored_chars for span in result.spans)
    (analysis,) = analyse(scorer, default_policy({"review": 0.99, "hold": 1.0}), [text])
    assert analysis.decision.action == "review" and INCOMPLETE_RULE_NAME in analysis.decision.matched
    (short,) = scorer.score(["The army left the border road today."])
    assert short.complete


def test_the_sentence_splitter_hands_pysbd_bounded_pieces() -> None:
    from moderation.sentences import PYSBD_CHUNK, _chunks, segment

    line = ("A sentence that goes on about the road and the army for a while. " * 400
            + "x" * 5_000 + " " + "word " * 2_000)
    pieces = _chunks(line, 0, len(line))
    assert all(0 < end - start <= PYSBD_CHUNK for start, end in pieces)
    assert [p[0] for p in pieces[1:]] == [p[1] for p in pieces[:-1]] and pieces[-1][1] == len(line)
    # Pieces end after a sentence where one is near, so sentences are not split by the chunking.
    sentences = segment(line).sentences
    assert sum(1 for s in sentences if line[s.start : s.end].startswith("A sentence")) == 400


def test_a_window_round_a_flagged_sentence_is_not_a_reason_of_its_own(tiny_scorer: Scorer) -> None:
    from moderation.policy import default_policy
    from moderation.verdict import judge

    text = long_comment("The council meets on Tuesday. Someone should hang the mayor.", words=220)
    (result,) = tiny_scorer.score([text])
    threshold = min(s.scores["incitement"] for s in result.spans if s.kind == "sentence")  # every sentence flags
    analysis = judge(default_policy(), text, result, review_threshold=threshold)
    model = [r for r in analysis.incitement.reasons if r.cue == "model"]
    assert model and all(text[r.start:r.end].count(".") <= 1 for r in model)  # sentences, not windows
