"""Scoring throughput: our pipeline against plain Detoxify, on the same comments, in one run.

    source ../shared/models/env.sh && .venv/bin/python bench/scoring.py [--n 2000]

The comments are built from the sample pages' reader comments: shuffled, and cut at word
boundaries to lengths drawn from a log-normal distribution (median 45 words, sigma 0.9, so a mean
near 70 words and a tail of long ones, as in news comment sections), each distinct so the cache
cannot help. It prints, for the same model in fp32:

  1. plain `Detoxify.predict`, arrival order, batches of 32 (the baseline);
  2. our comment-level path (`Scorer.score(spans=False)`): tokenised once, sorted by length,
     padded per batch under a token budget, inference_mode, through the first-token encoder
     (moderation/encoder.py);
  2b. the same, through Hugging Face's forward instead (THREADWATCH_DETOXIFY_FAST_PATH=0), to
     show what the sorting and what the encoder contribute;
  3. our full pipeline with sentence and window spans (toxicity labels only, as before the
     incitement model);
  0. the path the app really runs (`moderation.verdict.analyse`): line 3 plus the language of every
     comment and sentence, the learned incitement score (native head on the toxicity model's own
     features for English, multilingual e5 head elsewhere), the cue explanations and the policy;

the ratio of 2 to 1, the per-label max abs difference of 1 and 2 for texts the model sees whole,
the FLOP lower bound at this machine's measured matmul rate, and int8 dynamic quantisation with
its score drift.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import glob
import math
import os
import random
import re
import statistics
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

# Run as `python bench/scoring.py`, Python puts bench/ first on the path, where sibling scripts
# (bench/queue.py) would shadow the standard library; the repository root goes there instead.
_BENCH_DIR = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if p and Path(p).resolve() != Path(_BENCH_DIR)]
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import torch  # noqa: E402

from moderation.detox import LoadedModel, get_model  # noqa: E402
from moderation.detox_settings import ModelLoadError, ModelSettings  # noqa: E402
from moderation.language import detect_many  # noqa: E402
from moderation.policy import default_policy  # noqa: E402
from moderation.scoring import Scorer, TextScore  # noqa: E402
from moderation.testing import save_detoxify_checkpoint  # noqa: E402
from moderation.verdict import Analysis, analyse  # noqa: E402
from threads.model import content_hash  # noqa: E402

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples" / "articles"


def sample_comment_bodies(directory: Path) -> list[str]:
    try:
        from threads.model import walk
        from threads.page_parser import parse_file
    except ImportError:  # the parser is optional here: fall back to the page format's indentation
        return _simple_comment_bodies(directory)
    bodies: list[str] = []
    for path in sorted(glob.glob(str(directory / "*.txt"))):
        bodies.extend(comment.body for _, comment in walk(parse_file(path).comments))
    return [b for b in bodies if b.strip()]


def _simple_comment_bodies(directory: Path) -> list[str]:
    bodies: list[str] = []
    for path in sorted(glob.glob(str(directory / "*.txt"))):
        current: list[str] | None = None
        for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
            if re.match(r"^ {2}\d+\. |^ {4,}\S{1,2} ", line):
                if current:
                    bodies.append(" ".join(current))
                current = [re.sub(r"^\s*(\d+\.|\S{1,2})\s+", "", line)]
            elif current is not None and line.startswith("    "):
                current.append(line.strip())
        if current:
            bodies.append(" ".join(current))
    return bodies


def build_comments(bodies: list[str], n: int, median_words: float, seed: int) -> list[str]:
    """`n` distinct comments: random stretches of the sample comments at log-normal lengths."""
    rng = random.Random(seed)
    words = [w for body in bodies for w in body.split()]
    seen: set[str] = set()
    comments: list[str] = []
    while len(comments) < n:
        length = max(3, min(800, round(rng.lognormvariate(math.log(median_words), 0.9))))
        start = rng.randrange(0, max(1, len(words) - length))
        text = " ".join(words[start : start + length])
        key = content_hash(text)
        if key not in seen:
            seen.add(key)
            comments.append(text)
    rng.shuffle(comments)
    return comments


T = TypeVar("T")


@dataclass(frozen=True)
class Timing:
    wall: float
    cpu: float  # process CPU seconds: less sensitive than wall time to other jobs on a shared machine


def clock(fn: Callable[[], T]) -> tuple[Timing, T]:
    wall, cpu = time.perf_counter(), time.process_time()
    value = fn()
    return Timing(time.perf_counter() - wall, time.process_time() - cpu), value


def total(times: list[Timing]) -> Timing:
    return Timing(sum(t.wall for t in times), sum(t.cpu for t in times))


def report(label: str, n: int, t: Timing) -> None:
    print(f"{label:<55} {t.wall:7.2f} s  {n / t.wall:8.1f} comments/s   ({t.cpu:6.2f} CPU s)")


def plain_detoxify(model: LoadedModel, texts: list[str], batch: int = 32) -> list[dict[str, float]]:
    rows: list[dict[str, float]] = []
    for start in range(0, len(texts), batch):
        chunk = texts[start : start + batch]
        out = model.detoxify.predict(chunk)
        for i in range(len(chunk)):
            rows.append({label: (out[label][i] if len(chunk) > 1 else out[label]) for label in model.labels})
    return rows


def original_shaped_settings(settings: ModelSettings) -> ModelSettings:
    """A random BERT-base sequence classifier with 512 positions and Detoxify's six `original` labels,
    saved as a Detoxify checkpoint next to a copy of the configured tokenizer (bert-base-uncased's
    vocabulary, as `original` uses) with its limit raised to 512, and loaded through Detoxify."""
    import json
    import shutil
    import tempfile

    from transformers import BertConfig, BertForSequenceClassification

    if settings.hf_config is None:
        sys.exit("bench/scoring.py --shape original: needs THREADWATCH_DETOXIFY_HF_CONFIG for the tokenizer files")
    directory = Path(tempfile.mkdtemp(prefix="tw-original-shape-"))
    hf_dir = directory / "hf"
    hf_dir.mkdir()
    for name in ("vocab.txt", "tokenizer.json", "special_tokens_map.json", "tokenizer_config.json"):
        if (Path(settings.hf_config) / name).is_file():
            shutil.copy(Path(settings.hf_config) / name, hf_dir / name)
    tokenizer_config = json.loads((hf_dir / "tokenizer_config.json").read_text(encoding="utf-8"))
    tokenizer_config["model_max_length"] = 512
    (hf_dir / "tokenizer_config.json").write_text(json.dumps(tokenizer_config), encoding="utf-8")
    classes = ["toxicity", "severe_toxicity", "obscene", "threat", "insult", "identity_attack"]
    config = BertConfig(num_labels=len(classes))  # bert-base: 12 layers, hidden 768, 512 positions
    config.save_pretrained(str(hf_dir))
    torch.manual_seed(0)
    checkpoint = directory / "original_shaped.ckpt"
    save_detoxify_checkpoint(checkpoint, BertForSequenceClassification(config), hf_dir, classes)
    return dataclasses.replace(settings, checkpoint=str(checkpoint), hf_config=str(hf_dir))


def matmul_gflops(hidden: int, intermediate: int, tokens: int = 2048) -> float:
    """Best fp32 matmul rate on a feed-forward-sized product (tokens x hidden @ hidden x intermediate)."""
    a, b = torch.randn(tokens, hidden), torch.randn(hidden, intermediate)
    best = math.inf
    with torch.inference_mode():
        for _ in range(3):
            a @ b
        for _ in range(10):
            started = time.perf_counter()
            a @ b
            best = min(best, time.perf_counter() - started)
    return 2 * tokens * hidden * intermediate / best / 1e9


def model_flops(model: LoadedModel, lengths: list[int]) -> tuple[float, float]:
    """(FLOPs for these sequence lengths, FLOPs per token in the encoder matmuls)."""
    config = model.detoxify.model.config
    h, i, layers = config.hidden_size, config.intermediate_size, config.num_hidden_layers
    per_token = 2 * layers * (4 * h * h + 2 * h * i)  # Q, K, V, output projections and the feed-forward
    total = 0.0
    for n in lengths:
        attention = layers * 4 * n * n * h  # QK^T and attention x V
        head = 2 * (h * h + h * len(model.labels))  # pooler and classifier, once per sequence
        total += n * per_token + attention + head
    return total, per_token


def first_token_flops(model: LoadedModel, lengths: list[int]) -> float:
    """FLOPs of the first-token encoder: every layer but the last for every token, the last reassociated."""
    config = model.detoxify.model.config
    h, i, layers, heads = config.hidden_size, config.intermediate_size, config.num_hidden_layers, config.num_attention_heads
    per_token = 2 * (layers - 1) * (4 * h * h + 2 * h * i)
    total = 0.0
    for n in lengths:
        attention = (layers - 1) * 4 * n * n * h + 4 * n * heads * h  # last layer: (q W_k) x and sum p x, per head
        last = 2 * (h * h + 2 * h * h + h * h + 2 * h * i)  # query, q W_k and W_v per head, output, feed-forward
        head = 2 * (h * h + h * len(model.labels))
        total += n * per_token + attention + last + head
    return total


def max_abs_diff(
    labels: tuple[str, ...], a: list[dict[str, float]], b: list[dict[str, float]], keep: list[bool]
) -> dict[str, float]:
    return {
        label: max((abs(x[label] - y[label]) for x, y, k in zip(a, b, keep, strict=True) if k), default=0.0)
        for label in labels
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000, help="distinct comments to score (default 2000)")
    parser.add_argument("--median-words", type=float, default=45.0)
    parser.add_argument("--seed", type=int, default=20240110)
    parser.add_argument("--batch-tokens", type=int, default=None, help="padded tokens per batch (Scorer default)")
    parser.add_argument("--chunk", type=int, default=256, help="texts per turn of the alternating runs (0: all)")
    parser.add_argument("--no-int8", action="store_true", help="skip the int8 dynamic quantisation run")
    parser.add_argument("--compile", action="store_true",
                        help="also time the comment-level path through torch.compile (THREADWATCH_DETOXIFY_COMPILE)")
    parser.add_argument("--shape", choices=("configured", "original"), default="configured",
                        help="'original': a random-weight model shaped like Detoxify's official `original` "
                             "(BERT-base, 512 tokens), for its speed only; it cannot be downloaded here")
    args = parser.parse_args()

    try:
        settings = ModelSettings.from_env(os.environ)
        if args.shape == "original":
            settings = original_shaped_settings(settings)
        model = get_model(settings)
    except ModelLoadError as exc:
        sys.exit(f"bench/scoring.py: {exc}")
    reference_model = get_model(dataclasses.replace(settings, fast_path=False))
    bodies = sample_comment_bodies(SAMPLES)
    texts = build_comments(bodies, args.n, args.median_words, args.seed)
    word_counts = sorted(len(t.split()) for t in texts)
    lengths = [len(e) for e in model.encode(texts)]
    full_lengths = model.count_tokens(texts)
    whole = [n + model.special_tokens <= model.max_tokens for n in full_lengths]
    print(
        f"model {model.identity} on {model.device} (first-token encoder: {model.uses_fast_path}), "
        f"torch {torch.__version__}, {torch.get_num_threads()} threads, "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs"
    )
    print(
        f"{len(texts)} distinct comments from {len(bodies)} sample comments: words median "
        f"{statistics.median(word_counts):.0f}, mean {statistics.mean(word_counts):.0f}, "
        f"p90 {word_counts[int(0.9 * len(word_counts))]}, max {word_counts[-1]}; "
        f"{sum(not w for w in whole)} ({100 * sum(not w for w in whole) / len(texts):.0f}%) exceed "
        f"{model.max_tokens} tokens"
    )

    # Warm-up so that neither side pays for first-call allocation.
    plain_detoxify(model, texts[:32])
    Scorer(model, cache_size=0, incitement=None).score(texts[:32], spans=False)
    Scorer(reference_model, cache_size=0, incitement=None).score(texts[:32], spans=False)
    policy = default_policy()
    warm = Scorer(model, cache_size=0)
    analyse(warm, policy, texts[-32:])  # loads lingua, e5 and the incitement heads
    # lingua builds a high-accuracy confirmer the first time a comment's quick answer is a language
    # outside the covered ones (one Zulu guess: 1.5 s, once per process and language). A running app
    # has built them; the timed runs should not pay for it either. (Languages are not cached, so
    # this warms nothing else.)
    detect_many(texts, warm.model.languages | (warm.incitement.covered_languages if warm.incitement else frozenset()))

    # Other jobs on a shared machine come and go, so one long run per method would compare different
    # loads. The methods take turns instead, chunk by chunk (rotating who goes first), and each
    # method's time is the sum over chunks. Within a chunk, plain Detoxify batches 32 in arrival
    # order; the pipeline sorts the chunk, as the app's worker sorts what it picks up.
    plain: list[dict[str, float]] = []
    ours: list[dict[str, float]] = []
    full: list[TextScore] = []
    ours_hf: list[dict[str, float]] = []
    judged: list[Analysis] = []
    scorer = Scorer(model, max_batch_tokens=args.batch_tokens, incitement=None)
    hf_scorer = Scorer(reference_model, max_batch_tokens=args.batch_tokens, incitement=None)
    full_scorer = Scorer(model, max_batch_tokens=args.batch_tokens, incitement=None)
    app_scorer = Scorer(model, max_batch_tokens=args.batch_tokens)
    methods: list[tuple[Callable[[list[str]], None], list[Timing]]] = [
        (lambda chunk: plain.extend(plain_detoxify(model, chunk)), []),
        (lambda chunk: ours.extend(r.whole for r in scorer.score(chunk, spans=False)), []),
        (lambda chunk: full.extend(full_scorer.score(chunk)), []),
        (lambda chunk: ours_hf.extend(r.whole for r in hf_scorer.score(chunk, spans=False)), []),
        (lambda chunk: judged.extend(analyse(app_scorer, policy, chunk)), []),
    ]
    chunk_size = args.chunk or len(texts)
    starts = list(range(0, len(texts), chunk_size))
    for turn, start in enumerate(starts):
        chunk = texts[start : start + chunk_size]
        for k in range(len(methods)):
            run, times = methods[(turn + k) % len(methods)]
            times.append(clock(lambda: run(chunk))[0])  # noqa: B023
    t_plain, t_ours, t_full, t_ours_hf, t_app = (total(times) for _, times in methods)
    report("0. THE APP'S PATH: spans, languages, incitement, policy", len(texts), t_app)
    report("1. plain Detoxify.predict, arrival order, batch 32", len(texts), t_plain)
    report("2. pipeline, comment level (sorted, budgeted, cached)", len(texts), t_ours)
    report("2b. the same through Hugging Face's forward", len(texts), t_ours_hf)
    report("3. pipeline with sentence and window spans", len(texts), t_full)
    routed = Counter(a.language for a in judged)
    print(
        f"   the app's path runs at {t_full.wall / t_app.wall:.0%} of line 3's throughput (toxicity spans alone); "
        f"comment languages: {', '.join(f'{k or chr(63)} {v}' for k, v in routed.most_common(4))}; "
        f"actions: {dict(Counter(a.decision.action for a in judged))}"
    )
    print(
        f"ratio comment-level pipeline / plain Detoxify: {t_plain.wall / t_ours.wall:.2f}x "
        f"(CPU time: {t_plain.cpu / t_ours.cpu:.2f}x; {len(starts)} alternating chunks of {chunk_size})"
    )
    print(
        f"   of which sorting and budgeting (2b / 1): {t_plain.wall / t_ours_hf.wall:.2f}x, "
        f"the first-token encoder (2 / 2b): {t_ours_hf.wall / t_ours.wall:.2f}x"
    )
    stats = full_scorer.cache_stats()
    print(
        f"   full pipeline: {sum(len(r.spans) for r in full)} spans besides the comments; {stats.misses} distinct "
        f"texts through the model, {stats.hits} repeats (one-sentence comments, sentences shared by comments cut "
        f"from the same sources) answered without it; {t_full.wall / t_ours.wall:.1f}x the comment-level time"
    )

    diff_hf = max(max_abs_diff(model.labels, ours_hf, ours, [True] * len(texts)).values())
    print(f"max abs diff, first-token encoder vs Hugging Face forward, all {len(texts)} texts: {diff_hf:.1e}")
    diff = max_abs_diff(model.labels, plain, ours, whole)
    print(f"max abs diff, plain vs pipeline, {sum(whole)} texts within {model.max_tokens} tokens:")
    print("   " + ", ".join(f"{label} {value:.1e}" for label, value in diff.items()))
    diff_all = max(max_abs_diff(model.labels, plain, ours, [True] * len(texts)).values())
    print(f"   over all {len(texts)} texts (long ones truncated identically): {diff_all:.1e}")

    config = model.detoxify.model.config
    gflops = matmul_gflops(config.hidden_size, config.intermediate_size)
    needed, per_token = model_flops(model, lengths)
    plain_batches = [
        lengths[b : min(b + 32, c + chunk_size)] for c in starts for b in range(c, min(c + chunk_size, len(lengths)), 32)
    ]
    padded_plain = [max(batch) for batch in plain_batches for _ in batch]
    done_plain, _ = model_flops(model, padded_plain)
    bound = needed / (gflops * 1e9)
    print(
        f"FLOP bound: {per_token / 1e6:.1f} MFLOP/token in the encoder matmuls plus attention (4 x length x hidden "
        f"per token and layer); the {sum(lengths)} real tokens need {needed / 1e9:.0f} GFLOP; fp32 matmul here runs "
        f"at {gflops:.0f} GFLOP/s ({torch.get_num_threads()} threads)"
    )
    print(
        f"   lower bound {bound:.2f} s; comment-level pipeline {t_ours.wall:.2f} s = {bound / t_ours.wall:.0%} of "
        f"the bound's speed; plain Detoxify computes {done_plain / 1e9:.0f} GFLOP with its padding and runs at "
        f"{bound / t_plain.wall:.0%} of it"
    )
    reduced = first_token_flops(model, lengths)
    reduced_bound = reduced / (gflops * 1e9)
    print(
        f"   the first-token encoder needs {reduced / 1e9:.0f} GFLOP for the same tokens ({reduced / needed:.0%}); "
        f"lower bound {reduced_bound:.2f} s, so the pipeline runs at {reduced_bound / t_ours.wall:.0%} of the matmul "
        f"rate, and 3x plain Detoxify would need {t_plain.wall / 3:.2f} s ({reduced_bound / (t_plain.wall / 3):.0%} of it)"
    )

    if args.compile:
        compiled_run(model, texts, ours, whole, t_plain, t_ours)
    if not args.no_int8:
        int8_run(model, texts, ours, t_ours)
    print(f"load average at the end {os.getloadavg()[0]:.1f}")


def compiled_run(model: LoadedModel, texts: list[str], reference: list[dict[str, float]], whole: list[bool],
                 t_plain: Timing, t_ours: Timing) -> None:
    """The comment-level path again, through torch.compile; timed after a warm-up that compiles."""
    model.compile()
    started = time.perf_counter()
    Scorer(model, cache_size=0, incitement=None).score(texts[:256], spans=False)
    warm = time.perf_counter() - started
    scorer = Scorer(model, cache_size=0, incitement=None)
    t_compiled, results = clock(lambda: scorer.score(texts, spans=False))
    report("4. pipeline, comment level, torch.compile", len(texts), t_compiled)
    diff = max(max_abs_diff(model.labels, reference, [r.whole for r in results], whole).values())
    print(
        f"   compile and warm-up {warm:.1f} s (not counted); {t_ours.wall / t_compiled.wall:.2f}x the eager "
        f"pipeline, {t_plain.wall / t_compiled.wall:.2f}x plain Detoxify (not interleaved with it); "
        f"max abs diff vs eager {diff:.1e}"
    )


def int8_run(model: LoadedModel, texts: list[str], reference: list[dict[str, float]], t_ours: Timing) -> None:
    """int8 dynamic quantisation of the Linear layers: faster matmuls, scores that drift a little."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from torch.ao.quantization import quantize_dynamic

            quantized_module = quantize_dynamic(  # type: ignore[no-untyped-call]
                copy.deepcopy(model.detoxify.model), {torch.nn.Linear}, dtype=torch.qint8
            )
    except Exception as exc:  # the API is deprecated in recent torch; report rather than fail the bench
        print(f"int8 dynamic quantisation unavailable: {type(exc).__name__}: {exc}")
        return
    detoxify = copy.copy(model.detoxify)
    detoxify.model = quantized_module
    quantized = LoadedModel(detoxify, model.identity + "+int8", model.batch_size)
    scorer = Scorer(quantized, incitement=None)
    Scorer(quantized, cache_size=0, incitement=None).score(texts[:32], spans=False)
    t, out = clock(lambda: [r.whole for r in scorer.score(texts, spans=False)])
    report("4. pipeline, comment level, int8 dynamic (optional)", len(texts), t)
    drift = max_abs_diff(model.labels, reference, out, [True] * len(texts))
    mean_drift = statistics.mean(abs(a["toxicity"] - b["toxicity"]) for a, b in zip(reference, out, strict=True))
    print(
        f"   {t_ours.wall / t.wall:.2f}x the fp32 pipeline; score drift vs fp32: max "
        + ", ".join(f"{label} {value:.3f}" for label, value in drift.items())
        + f"; mean toxicity drift {mean_drift:.4f}"
    )


if __name__ == "__main__":
    main()
