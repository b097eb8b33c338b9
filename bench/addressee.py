"""Who answers whom on anonymous threads: recall and precision of name-addressed replies.

Reads the annotated threads under `tests/threads/data/addressee/` (`tuning/`: used to fit the
opener model and to look at mistakes; `heldout/`: only ever scored), resolves each page as the
argument graph does (`threads.addressee.resolve`, no article text), and prints per set:

- recall: comments whose opening names the person they answer that are linked to that person
  (the name is given to a comment that person wrote);
- precision: name links made (mentions, vocatives, openers, top-level addresses) that are right.

`--train` refits the opener model (`threads/addressee_opener.py`) on the tuning set and writes
`threads/data/addressee_opener.json` with its data, C, and out-of-fold figures (folds are whole
threads). Targets: recall >= 80%, precision >= 95% on the held-out set.

Usage: .venv/bin/python bench/addressee.py [--train] [--show] [--data DIR]
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != REPO / "bench"]
sys.path.insert(0, str(REPO))

from threads.addressee_cues import mention, vocative  # noqa: E402
from threads.addressee_eval import Thread, load_set, same_person, score_set  # noqa: E402
from threads.addressee_opener import MODEL_PATH, candidate, load_model  # noqa: E402

DATA = REPO / "tests" / "threads" / "data" / "addressee"
TARGET_RECALL, TARGET_PRECISION = 0.80, 0.95


def training_rows(threads: list[Thread]) -> tuple[list[dict[str, float]], list[int], list[str]]:
    """One row per opener the model would be asked about (where no @-mention or vocative
    decided first), labelled by whether it names the person the comment answers."""
    features, labels, groups = [], [], []
    for thread in threads:
        body = {r.id: r.body for r in thread.rows}
        for row in thread.rows:
            if mention(row.body) or vocative(row.body):
                continue
            found = candidate(row.body, body.get(row.parent_id or ""))
            if found is None:
                continue
            truth = thread.addresses.get(row.id)
            features.append(found.features)
            labels.append(int(truth is not None and same_person(found.name, truth)))
            groups.append(thread.stem)
    return features, labels, groups


def train(threads: list[Thread], out: Path) -> None:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict

    rows, labels, groups = training_rows(threads)
    names = sorted(rows[0])
    x = np.array([[r[k] for k in names] for r in rows])
    y = np.array(labels)
    folds = GroupKFold(n_splits=5)
    best = None
    for c in (0.1, 0.3, 1.0, 3.0, 10.0):
        oof = cross_val_predict(LogisticRegression(C=c, max_iter=2000), x, y, groups=groups, cv=folds,
                                method="predict_proba")[:, 1]
        loss = float(-np.mean(y * np.log(oof + 1e-9) + (1 - y) * np.log(1 - oof + 1e-9)))
        if best is None or loss < best[0]:
            best = (loss, c, oof)
    assert best is not None
    loss, c, oof = best
    made = oof >= 0.5
    model = LogisticRegression(C=c, max_iter=2000).fit(x, y)
    data = {
        "about": "Logistic model over opener features (threads/addressee_opener.py); its probability "
                 "is the confidence of an 'opener' inference, applied at the resolver's threshold.",
        "trained_on": f"{len(threads)} tuning threads, {len(y)} openers, {int(y.sum())} naming the addressee",
        "data": str(DATA.relative_to(REPO) / "tuning"),
        "fitted": datetime.date.today().isoformat(),
        "C": c,
        "weights": {k: round(float(w), 4) for k, w in zip(names, model.coef_[0], strict=True)},
        "intercept": round(float(model.intercept_[0]), 4),
        "out_of_fold": {  # folds are whole threads (GroupKFold, 5)
            "log_loss": round(loss, 4),
            "precision_at_0.5": round(float((y[made] == 1).mean()), 4) if made.any() else None,
            "recall_at_0.5": round(float(made[y == 1].mean()), 4),
        },
    }
    out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    load_model.cache_clear()
    print(f"wrote {out.relative_to(REPO)}: C={c}, out-of-fold {data['out_of_fold']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--train", action="store_true", help="refit the opener model on tuning/")
    parser.add_argument("--show", action="store_true", help="list wrong links and misses (tuning only)")
    args = parser.parse_args()
    if args.train:
        train(load_set(args.data / "tuning"), MODEL_PATH)
    ok = True
    for name in ("tuning", "heldout"):
        threads = load_set(args.data / name)
        score = score_set(threads)
        comments = sum(len(t.rows) for t in threads)
        print(f"{name:8} {len(threads):2} threads {comments:4} comments | name-addressed {score.addressed:3} | "
              f"recall {score.found}/{score.addressed} = {score.recall:.1%} | "
              f"precision {score.right}/{score.links} = {score.precision:.1%}")
        if args.show and name == "tuning":
            for line in score.wrong:
                print("  wrong ", line)
            for line in score.missed:
                print("  missed", line)
        if name == "heldout":
            ok = score.recall >= TARGET_RECALL and score.precision >= TARGET_PRECISION
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
