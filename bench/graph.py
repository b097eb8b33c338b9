"""The argument graph at site scale: 1,000,000 comments, 100,000 authors, 20,000 threads.

Generates a synthetic site (`bench/graph_synth.py`: heavy-tailed threads and authors, camps,
back-and-forth chains, reposts, quotes, unnamed comments), then times in one run:

- construction: `build_graph(rows)`, i.e. identity/addressee inference, stance of every reply,
  aggregation, and the networkx DiGraph;
- communities (signed graph + Louvain), structural balance (100 sign shuffles), controversy
  (exact RWC between the two largest camps), flame wars, near duplicates (MinHash + LSH);
- peak RSS of the process (resource.getrusage).

The peer is ConvoKit (`pip install convokit`, bench-only): a Corpus built from the same rows and
the speaker reply graph read off it (speaker -> speaker of the utterance replied to, counted), as
a networkx DiGraph. ConvoKit is slow at this size, so by default it runs on the first
`--peer-comments` rows (whole threads), and our construction is timed on that same subset for
the ratio. Targets: the analysis under 60 s and 4 GB RSS, construction faster than ConvoKit's.

Usage: .venv/bin/python bench/graph.py [--comments N --authors N --threads N --peer-comments N]
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

REPO = Path(__file__).resolve().parents[1]
# Python puts this script's folder first on the path, where other bench scripts' names (queue.py)
# would shadow the standard library; the repository root goes there instead.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != REPO / "bench"]
sys.path.insert(0, str(REPO))

import networkx as nx  # noqa: E402

from bench.graph_synth import generate  # noqa: E402
from threads.camps import camps, controversy_between_largest, signed_graph, structural_balance  # noqa: E402
from threads.flamewars import flame_wars  # noqa: E402
from threads.graph import build_graph  # noqa: E402
from threads.graph_metrics import antagonistic_pairs, author_stats  # noqa: E402
from threads.graph_rows import CommentRow  # noqa: E402
from threads.sockpuppets import sockpuppet_clusters  # noqa: E402

T = TypeVar("T")
TARGET_SECONDS = 60.0
TARGET_RSS_GB = 4.0


CPU: dict[str, float] = {}


def timed(label: str, times: dict[str, float], fn: Callable[[], T]) -> T:
    """Wall time, and the process's CPU time beside it: the machine is shared, and when other jobs
    hold the cores the CPU time is the steadier figure."""
    gc.collect()
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    times[label] = time.perf_counter() - start
    CPU[label] = time.process_time() - cpu
    print(f"  {label:<34} {times[label]:7.2f} s wall {CPU[label]:7.2f} s cpu", flush=True)
    return result


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def peak_rss_gb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024


def convokit_reply_graph(rows: Sequence[CommentRow]) -> nx.DiGraph:
    """The same speaker reply graph, through a ConvoKit Corpus."""
    from convokit import Corpus, Speaker, Utterance

    speakers: dict[str, Any] = {}
    conversation: dict[str, str] = {}
    utterances = []
    for row in rows:
        who = row.author_id if row.author_id is not None else f"anon:{row.id}"
        speaker = speakers.get(who)
        if speaker is None:
            speaker = speakers[who] = Speaker(id=who)
        root = conversation.get(row.parent_id or "", row.id)
        conversation[row.id] = root
        utterances.append(Utterance(
            id=row.id, speaker=speaker, conversation_id=root, reply_to=row.parent_id,
            text=row.body, timestamp=int(row.created_at.timestamp()) if row.created_at else None,
        ))
    corpus = Corpus(utterances=utterances)
    counts: dict[tuple[str, str], int] = {}
    for utt in corpus.iter_utterances():
        if utt.reply_to is None:
            continue
        parent = corpus.get_utterance(utt.reply_to)
        key = (utt.speaker.id, parent.speaker.id)
        if key[0] != key[1]:
            counts[key] = counts.get(key, 0) + 1
    graph = nx.DiGraph()
    graph.add_edges_from((s, t, {"count": c}) for (s, t), c in counts.items())
    return graph


def thread_prefix(rows: Sequence[CommentRow], wanted: int) -> list[CommentRow]:
    """The first rows covering whole threads, about `wanted` of them (replies keep their parents)."""
    threads: set[str] = set()
    out: list[CommentRow] = []
    for row in rows:
        if row.thread_id not in threads:
            if len(out) >= wanted:
                continue
            threads.add(row.thread_id)
        out.append(row)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--comments", type=int, default=1_000_000)
    parser.add_argument("--authors", type=int, default=100_000)
    parser.add_argument("--threads", type=int, default=20_000)
    parser.add_argument("--peer-comments", type=int, default=100_000,
                        help="rows ConvoKit is timed on (0: all of them)")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    print(f"generating {args.comments:,} comments, {args.authors:,} authors, {args.threads:,} threads...",
          flush=True)
    start = time.perf_counter()
    rows = generate(args.comments, args.authors, args.threads, seed=args.seed)
    print(f"  generated in {time.perf_counter() - start:.1f} s (not counted)\n", flush=True)

    times: dict[str, float] = {}
    print("analysis:")
    ag = timed("construction", times, lambda: build_graph(rows))
    g = ag.graph

    def communities() -> tuple[nx.Graph, Any]:
        sg = signed_graph(g)
        return sg, camps(sg)

    sg, found = timed("communities", times, communities)
    balance = timed("structural balance", times, lambda: structural_balance(sg, shuffles=100))
    rwc = timed("controversy (RWC)", times, lambda: controversy_between_largest(sg, found))
    wars = timed("flame wars", times, lambda: flame_wars(ag))
    clusters = timed("near duplicates", times, lambda: sockpuppet_clusters(rows, ag.author_of))
    total = sum(times.values())
    total_cpu = sum(CPU[k] for k in times)
    rss = peak_rss_gb()
    extra: dict[str, float] = {}
    print("also (not in the total):")
    pairs = timed("antagonistic pairs", extra, lambda: antagonistic_pairs(ag, top=50))
    timed("author stats", extra, lambda: author_stats(ag))

    print(f"\ngraph: {g.number_of_nodes():,} authors, {g.number_of_edges():,} edges; "
          f"signed pairs {sg.number_of_edges():,}")
    res = ag.resolution
    if res is not None:
        print(f"inference: {len(res.inferences):,} inferences, {len(res.merges):,} merges, "
              f"{len(res.addressee_of):,} redirected addressees")
    sizes = [len(c) for c in found.communities[:5]]
    print(f"camps: {sum(1 for c in found.communities if len(c) > 1):,} with 2+ members, largest {sizes}; "
          f"negative edges between camps {sum(found.negative_between.values()):,}")
    print(f"balance: {balance.share:.3f} of {balance.triangles:,} triangles balanced "
          f"(shuffled {balance.baseline_mean:.3f} +/- {balance.baseline_std:.3f}, "
          f"expected {balance.expected_shuffled:.3f}; sampled={balance.sampled}, "
          f"edge rate {balance.edge_sample_rate:.3f})")
    if rwc is not None:
        print(f"controversy: RWC {rwc.rwc:.3f} between camps of {rwc.size_x:,} and {rwc.size_y:,}")
    print(f"flame wars: {len(wars):,}; longest {wars[0].length if wars else 0} replies")
    print(f"near-duplicate clusters across authors: {len(clusters):,}")
    if pairs:
        print(f"top pair: {pairs[0].a} / {pairs[0].b}, {pairs[0].hostile} hostile replies")
    print(f"\nwhole analysis: {total:.1f} s wall, {total_cpu:.1f} s cpu (target < {TARGET_SECONDS:.0f} s): "
          f"{'OK' if total < TARGET_SECONDS else 'OVER'}; load average now {load_average()} "
          f"on {os.cpu_count()} cores")
    print(f"peak RSS: {rss:.2f} GB (target < {TARGET_RSS_GB:.0f} GB): "
          f"{'OK' if rss < TARGET_RSS_GB else 'OVER'}")

    print("\npeer: ConvoKit speaker reply graph")
    subset = rows if args.peer_comments <= 0 else thread_prefix(rows, args.peer_comments)
    try:
        import convokit  # noqa: F401
    except ImportError:
        print("  ConvoKit unavailable (pip install convokit): no peer figures")
        return
    scope = "all rows" if len(subset) == len(rows) else f"the first {len(subset):,} rows (whole threads)"
    print(f"  timed on {scope}; ours timed on the same rows")
    peer_times: dict[str, float] = {}
    ours_sub = timed("ours: construction (full)", peer_times, lambda: build_graph(subset))
    plain = timed("ours: reply graph only", peer_times,
                  lambda: build_graph(subset, infer=False, stance=lambda body, tox, ins: 0))
    peer = timed("ConvoKit: corpus + reply graph", peer_times, lambda: convokit_reply_graph(subset))
    ratio = peer_times["ConvoKit: corpus + reply graph"] / peer_times["ours: construction (full)"]
    ratio_plain = peer_times["ConvoKit: corpus + reply graph"] / peer_times["ours: reply graph only"]
    ratio_cpu = CPU["ConvoKit: corpus + reply graph"] / CPU["ours: construction (full)"]
    print(f"  edges: ours {ours_sub.graph.number_of_edges():,} (reply graph only "
          f"{plain.graph.number_of_edges():,}), ConvoKit {peer.number_of_edges():,}; the full build also "
          f"infers identities and addressees and scores the stance of every reply")
    print(f"  ConvoKit / ours (full) = {ratio:.2f}x wall, {ratio_cpu:.2f}x cpu: "
          f"{'OK' if ratio > 1 else 'SLOWER'}; ConvoKit / ours (reply graph only) = {ratio_plain:.2f}x")
    print(f"  ours at full size: {times['construction']:.1f} s wall for {len(rows):,} rows")
    print(f"  peak RSS after peer: {peak_rss_gb():.2f} GB")


if __name__ == "__main__":
    main()
