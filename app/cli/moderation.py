"""`flask moderation ...` and `flask model ...`: scoring, re-scoring, explanations and evaluation."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import click
from flask.cli import AppGroup
from sqlalchemy import func, select
from tqdm import tqdm

from app.extensions import db
from app.models import Comment, CommentScore, IncitementCue, ScoreSpan, ScoreState

if TYPE_CHECKING:  # moderation.scoring imports torch: kept out of CLI start-up, as in _load_scorer
    from moderation.policy import Policy
    from moderation.scoring import Scorer

moderation_cli = AppGroup("moderation", help="Score comments and explain scores.")
model_cli = AppGroup("model", help="Inspect and evaluate the toxicity model.")


def _load_scorer() -> tuple[Scorer, Policy]:
    from app.scoring_runtime import get_policy, get_scorer
    from moderation.detox_settings import ModelLoadError

    try:
        return get_scorer(), get_policy()
    except ModelLoadError as exc:
        raise click.ClickException(str(exc)) from exc


def _run_pending(article_id: int | None, batch_size: int) -> None:
    """Score in committed batches with the same unit of work the background workers run."""
    from flask import current_app

    from app.jobs.pipeline import run_batch

    scorer, _ = _load_scorer()
    pending = select(func.count()).select_from(Comment).where(Comment.score_state == ScoreState.PENDING.value)
    if article_id is not None:
        pending = pending.where(Comment.article_id == article_id)
    total = db.session.scalar(pending) or 0
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    scored = 0
    with tqdm(total=total, desc="scoring", unit="comment", file=sys.stderr, disable=None) as bar:
        while True:
            # each batch is committed: an interrupted run resumes where it stopped
            n = run_batch(app, batch_size=batch_size, article_id=article_id)
            if not n:
                break
            scored += n
            bar.update(n)
    counts = db.session.execute(
        select(CommentScore.policy_action, func.count()).group_by(CommentScore.policy_action)
    ).all()
    if scored:
        summary = "policy actions over all scored comments: " + ", ".join(f"{n} {a}" for a, n in sorted(counts))
    else:
        summary = "nothing to do"
    click.echo(f"scored {scored} comments with {scorer.model.identity}; {summary}")


@moderation_cli.command("score")
@click.option("--pending", "mode", flag_value="pending", default=True, help="Score comments not yet scored (default).")
@click.option("--all", "mode", flag_value="all", help="Re-score every comment.")
@click.option("--article", "article_id", type=int, help="Score (again) one article's comments.")
@click.option("--batch-size", type=int, default=64, show_default=True)
def score_cmd(mode: str, article_id: int | None, batch_size: int) -> None:
    """Score comments with the configured Detoxify model, the incitement layer and the policy."""
    from app.services.scoring import mark_pending

    if article_id is not None:
        n = mark_pending(db.session(), article_id=article_id)
        db.session.commit()
        click.echo(f"article {article_id}: {n} comments queued for scoring")
    elif mode == "all":
        n = mark_pending(db.session(), all_comments=True)
        db.session.commit()
        click.echo(f"{n} comments queued for re-scoring")
    _run_pending(article_id, batch_size)


@moderation_cli.command("rescore")
@click.option("--stale", is_flag=True, required=True, help="Re-score comments scored by another model.")
@click.option("--batch-size", type=int, default=64, show_default=True)
def rescore_cmd(stale: bool, batch_size: int) -> None:
    """Re-score comments whose stored scores came from a different model (name or checkpoint hash)."""
    from app.services.scoring import mark_pending

    scorer, _ = _load_scorer()
    n = mark_pending(db.session(), stale_for=scorer.model.identity)
    db.session.commit()
    click.echo(f"{n} comments scored by another model queued for re-scoring")
    _run_pending(None, batch_size)


@moderation_cli.command("explain")
@click.argument("comment_id", type=int)
def explain_cmd(comment_id: int) -> None:
    """Print a comment's scores, its sentence spans, the incitement reasons and the policy decision."""
    comment = db.session.get(Comment, comment_id)
    if comment is None:
        raise click.ClickException(f"comment {comment_id} not found")
    score = db.session.get(CommentScore, comment_id)
    click.echo(f"comment #{comment.id} on article #{comment.article_id} — status {comment.status}, "
               f"review {comment.review_state}")
    click.echo("  " + " ".join(comment.body.split())[:300])
    if score is None:
        click.echo(f"not scored yet (score state: {comment.score_state}); run `flask moderation score`")
        return
    click.echo(f"model: {score.model_identity} at {score.scored_at:%Y-%m-%d %H:%M}")
    click.echo("scores:")
    for label, value in sorted(score.label_scores().items(), key=lambda kv: -kv[1]):
        click.echo(f"  {label:<16} {value:.3f}")
    click.echo(f"policy: {score.policy_action} (rule {score.policy_rule or '-'}, priority {score.policy_priority})")
    cues = db.session.scalars(select(IncitementCue).where(IncitementCue.comment_id == comment_id)
                              .order_by(IncitementCue.start)).all()
    if cues:
        click.echo("incitement reasons:")
        for cue in cues:
            target = f" target={cue.target!r}" if cue.target else ""
            click.echo(f"  [{cue.start}:{cue.end}] {cue.cue}: {cue.text!r}{target}")
    spans = db.session.scalars(select(ScoreSpan).where(ScoreSpan.comment_id == comment_id)
                               .order_by(ScoreSpan.start)).all()
    if spans:
        click.echo("worst sentences:")
        ranked = sorted(spans, key=lambda s: -max(v for v in (s.toxicity, s.threat, s.insult,
                                                              s.identity_attack, s.severe_toxicity,
                                                              s.obscene) if v is not None))
        for span in ranked[:5]:
            text = " ".join(comment.body[span.start:span.end].split())[:160]
            click.echo(f"  [{span.start}:{span.end}] tox={span.toxicity or 0:.2f} threat={span.threat or 0:.2f} "
                       f"insult={span.insult or 0:.2f}  {text}")


@model_cli.command("evaluate")
@click.argument("csv_path", type=click.Path(exists=True, dir_okay=False))
@click.option("--suite", is_flag=True,
              help="CSV_PATH is a functional suite (functionality, text, label flag|ok): pass rate per functionality.")
@click.option("--show-failures", type=int, default=0, help="With --suite: list up to N failed cases per functionality.")
@click.option("--text-col", help="Column holding the comment text.")
@click.option("--label-col", help="Column holding the human label.")
@click.option("--map", "label_map", help="Map label values to 1/0/skip, e.g. Davidson's class: '0=1,1=1,2=0'.")
@click.option("--limit", type=int, help="Only the first N rows.")
@click.option("--comment-level", is_flag=True, help="Score whole comments only (no sentence spans).")
def evaluate_cmd(csv_path: str, suite: bool, show_failures: int, text_col: str | None, label_col: str | None,
                 label_map: str | None, limit: int | None, comment_level: bool) -> None:
    """Print ROC AUC per label and the confusion at the policy thresholds for a labelled CSV, or the
    pass rate per functionality of a functional suite (--suite)."""
    from moderation.evaluate import EvaluationError, evaluate_csv, format_report

    if suite:
        _evaluate_suite(csv_path, show_failures)
        return
    if not text_col or not label_col:
        raise click.UsageError("--text-col and --label-col are required (or pass --suite)")

    mapping: dict[str, str] | None = None
    if label_map:
        try:
            mapping = dict(pair.split("=", 1) for pair in label_map.split(","))
        except ValueError:
            raise click.ClickException(f"--map must look like 'a=1,b=0,c=skip', got {label_map!r}") from None
    scorer, policy = _load_scorer()
    with tqdm(total=0, desc="scoring", unit="row", file=sys.stderr, disable=None) as bar:
        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done - bar.n)

        try:
            result = evaluate_csv(csv_path, text_col, label_col, scorer, policy.thresholds(), mapping, limit,
                                  spans=not comment_level, progress=progress, policy=policy)
        except EvaluationError as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(format_report(result))


def _evaluate_suite(csv_path: str, show_failures: int) -> None:
    from moderation.suite import SuiteError, format_suite, read_suite, run_suite

    try:
        cases = read_suite(csv_path)
    except SuiteError as exc:
        raise click.ClickException(str(exc)) from exc
    scorer, policy = _load_scorer()
    with tqdm(total=len(cases), desc="suite", unit="case", file=sys.stderr, disable=None) as bar:
        results = run_suite(cases, scorer, policy, progress=lambda done, _total: bar.update(done - bar.n))
    click.echo(format_suite(results, show_failures=show_failures))
