"""A synthetic comment site for `bench/graph.py`: heavy-tailed, argumentative, with reposts.

- thread sizes: log-normal (most articles get a handful of comments, a few get thousands);
- author activity: Zipf-like, p(rank r) ~ (r + 50)^-1.2 (the top 0.5% of authors write half);
- a comment is top-level with probability 0.25, else it answers one of the thread's recent
  comments (geometric preference for the latest); 40% of replies come back from the author of
  the comment two levels up, which makes back-and-forth chains;
- authors belong to one of four latent camps; same-camp replies mostly agree, cross-camp replies
  mostly disagree, with stance cue phrases, toxicity drawn per stance and rising down a
  back-and-forth chain; very toxic comments are sometimes removed by moderation;
- 2% of comments repost an earlier comment with a word or two changed (half of them under another
  name), 1% of replies quote their parent or another earlier comment of the thread, and 2% of
  comments have no author (scraped pages).

Everything is drawn from one seeded generator, so a run is reproducible.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np

from threads.graph_rows import CommentRow

AGREE = ("I agree with you.", "You are right.", "Well said.", "Agreed, 100%.", "Good point.")
DISAGREE = ("I disagree.", "That is not true.", "You are wrong.", "What is this based on?",
            "Nonsense.", "Stop complaining.")
_SYLLABLES = ("ka", "ro", "mi", "ta", "ne", "so", "lu", "va", "ri", "do", "pe", "gan", "tor", "lis",
              "mar", "ven", "sa", "ki", "bo", "ze")


def _vocabulary(rng: np.random.Generator, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        n = int(rng.integers(1, 4))
        words.add("".join(_SYLLABLES[int(i)] for i in rng.integers(0, len(_SYLLABLES), n)))
    return sorted(words)


def generate(comments: int, authors: int, threads: int, seed: int = 42) -> list[CommentRow]:
    rng = np.random.default_rng(seed)
    sizes = rng.lognormal(mean=0.0, sigma=1.3, size=threads)
    sizes = np.maximum(1, np.round(sizes / sizes.sum() * comments)).astype(np.int64)
    sizes[np.argmax(sizes)] += comments - int(sizes.sum())
    author_p = (np.arange(1, authors + 1) + 50.0) ** -1.2
    author_p /= author_p.sum()
    zipf_authors = rng.choice(authors, size=comments, p=author_p).tolist()
    spare_authors = rng.choice(authors, size=comments, p=author_p).tolist()
    u_top = rng.random(comments).tolist()
    u_back = rng.random(comments).tolist()
    back_steps = rng.geometric(0.35, size=comments).tolist()
    u_stance = rng.random(comments).tolist()
    camp = rng.integers(0, 4, size=authors).tolist()

    parent = [-1] * comments
    author = [0] * comments
    thread_of = [0] * comments
    chain = [0] * comments  # back-and-forth depth
    thread_start = [0] * threads
    i = 0
    for t, size in enumerate(sizes.tolist()):
        base = thread_start[t] = i
        for j in range(size):
            thread_of[i] = t
            a = zipf_authors[i]
            if j > 0 and u_top[i] >= 0.25:
                p = max(base, i - back_steps[i])
                parent[i] = p
                gp = parent[p]
                if gp >= 0 and u_back[i] < 0.4:
                    a = author[gp]
                    chain[i] = chain[p] + 1
                if a == author[p]:
                    a = spare_authors[i] if spare_authors[i] != author[p] else (a + 1) % authors
                    chain[i] = 0
            author[i] = a
            i += 1

    stance = [0] * comments
    for k in range(comments):
        p = parent[k]
        if p < 0:
            continue
        same = camp[author[k]] == camp[author[p]]
        u = u_stance[k]
        if chain[k] > 0:
            stance[k] = -1 if u < 0.8 else 0
        elif same:
            stance[k] = 1 if u < 0.55 else (-1 if u < 0.7 else 0)
        else:
            stance[k] = 1 if u < 0.1 else (-1 if u < 0.7 else 0)
    st = np.array(stance)
    tox = np.where(st > 0, rng.beta(1.2, 12, comments),
                   np.where(st < 0, rng.beta(2.0, 4.0, comments), rng.beta(1.5, 8, comments)))
    tox = np.minimum(1.0, tox + 0.12 * np.minimum(np.array(chain), 6))
    insult = np.clip(tox * rng.beta(2, 2, comments), 0, 1)
    removed = ((tox > 0.8) & (rng.random(comments) < 0.5)).tolist()
    toxicity = np.round(tox, 4).tolist()
    insults = np.round(insult, 4).tolist()

    bodies = _bodies(rng, comments)
    cue_pick = rng.integers(0, 64, comments).tolist()
    for k in range(comments):
        if stance[k] > 0:
            bodies[k] = AGREE[cue_pick[k] % len(AGREE)] + " " + bodies[k]
        elif stance[k] < 0:
            bodies[k] = DISAGREE[cue_pick[k] % len(DISAGREE)] + " " + bodies[k]
    reposts = np.flatnonzero(rng.random(comments) < 0.02).tolist()
    for k in reposts:
        if k == 0:
            continue
        source = int(rng.integers(0, k))
        words = bodies[source].split()
        for _ in range(int(rng.integers(1, 3))):
            words[int(rng.integers(0, len(words)))] = "edited"
        bodies[k] = " ".join(words)
        if rng.random() < 0.5:
            author[k] = author[source]
    quoting = rng.random(comments) < 0.01
    for k in np.flatnonzero(quoting).tolist():
        if parent[k] >= 0:
            # Half quote their parent, half another earlier comment of the thread.
            base = thread_start[thread_of[k]]
            source = parent[k] if rng.random() < 0.5 else int(rng.integers(base, k))
            bodies[k] = "\u201c" + " ".join(bodies[source].split()[2:11]) + "\u201d " + bodies[k]
    unnamed = (rng.random(comments) < 0.02).tolist()

    start = datetime(2024, 1, 1, tzinfo=UTC)
    offsets = np.cumsum(rng.exponential(30.0, comments)).tolist()
    rows = []
    for k in range(comments):
        p = parent[k]
        rows.append(CommentRow(
            id=f"c{k}",
            thread_id=f"t{thread_of[k]}",
            parent_id=f"c{p}" if p >= 0 else None,
            author_id=None if unnamed[k] else f"u{author[k]}",
            author_name=None if unnamed[k] else f"user {author[k]}",
            body=bodies[k],
            created_at=start + timedelta(seconds=offsets[k]),
            toxicity=toxicity[k],
            insult=insults[k],
            removed=removed[k],
        ))
    return rows


def _bodies(rng: np.random.Generator, comments: int) -> list[str]:
    vocab = np.array(_vocabulary(rng, 5000), dtype=object)
    word_p = 1.0 / (np.arange(1, len(vocab) + 1) + 10.0)
    word_p /= word_p.sum()
    lengths = np.clip(rng.lognormal(np.log(25), 0.6, comments), 3, 300).astype(np.int64)
    bodies: list[str] = []
    chunk = 50_000
    for lo in range(0, comments, chunk):
        part = lengths[lo:lo + chunk]
        words = vocab[rng.choice(len(vocab), int(part.sum()), p=word_p)].tolist()
        pos = 0
        for n in part.tolist():
            bodies.append(" ".join(words[pos:pos + n]))
            pos += n
    return bodies
