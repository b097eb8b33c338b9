"""`flask model train-incitement` (rebuild the shipped incitement model from labelled data) and
`flask model calibrate` (fit the policy's thresholds to the desk's own decisions)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import click

from app.cli.moderation import model_cli


@model_cli.command("train-incitement")
@click.option("--data-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The labelled public data (default: ../shared/data beside the repository).")
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the model description (.json; weights go beside it as .npz). "
                   "Default: the shipped moderation/data/incitement_model.json.")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--no-native", is_flag=True,
              help="Train only the multilingual head (for a toxicity model other than the one in use).")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Feature cache (default: $THREADWATCH_CACHE_DIR or ~/.cache/threadwatch).")
@click.option("--review-recall", type=click.FloatRange(0.5, 1.0), default=None,
              help="Share of calls in our own sentences (out of fold) the review threshold must keep "
                   "(default: REVIEW_RECALL in moderation/incitement_training.py).")
def train_incitement_cmd(data_dir: Path | None, out_path: Path | None, seed: int, no_native: bool,
                         cache_dir: Path | None, review_recall: float | None) -> None:
    """Train the incitement heads, choose thresholds on held-out folds, write weights and provenance."""
    from moderation.detox import get_model
    from moderation.detox_settings import ModelLoadError, ModelSettings
    from moderation.embedding import EncoderUnavailable, SentenceEncoder
    from moderation.incitement_data import DEFAULT_SHARED_DATA, DataError, all_examples
    from moderation.incitement_features import default_cache_dir
    from moderation.incitement_model import DEFAULT_MODEL_FILE
    from moderation.incitement_training import REVIEW_RECALL, format_report, train

    try:
        examples = all_examples(data_dir or DEFAULT_SHARED_DATA)
    except DataError as exc:
        raise click.ClickException(str(exc)) from exc
    native = None
    if not no_native:
        try:
            native = get_model(ModelSettings.from_env(os.environ))
        except ModelLoadError as exc:
            raise click.ClickException(f"{exc} (or pass --no-native)") from exc
    try:
        encoder = SentenceEncoder()
    except EncoderUnavailable as exc:
        raise click.ClickException(str(exc)) from exc
    result = train(examples, encoder, native_model=native, seed=seed,
                   cache_dir=cache_dir or default_cache_dir(), progress=click.echo,
                   review_recall=review_recall if review_recall is not None else REVIEW_RECALL)
    target = out_path or DEFAULT_MODEL_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    result.model.save(target)
    click.echo(format_report(result.report))
    click.echo(f"thresholds: {result.model.thresholds}; wrote {target} and {target.with_suffix('.npz').name}")


@model_cli.command("calibrate")
@click.option("--review-recall", type=click.FloatRange(0.5, 1.0), default=0.95, show_default=True,
              help="Review rules keep at least this share of the comments the desk removed.")
@click.option("--hold-precision", type=click.FloatRange(0.5, 1.0), default=0.9, show_default=True,
              help="Hold rules hide only comments the desk removes at least this often.")
@click.option("--since", type=click.DateTime(), default=None, help="Only decisions from this date on.")
@click.option("--min-decisions", type=int, default=None,
              help="Removed and approved comments a rule needs before it is refitted (default 20).")
@click.option("--write", "write_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the refitted thresholds as a rules file here; without it, a dry run.")
def calibrate_cmd(review_recall: float, hold_precision: float, since: datetime | None, min_decisions: int | None,
                  write_path: Path | None) -> None:
    """Fit each rule's threshold to the moderators' own final decisions; dry run unless --write."""
    from app.extensions import db
    from app.scoring_runtime import get_policy
    from app.services.calibration import all_scores, decided_comments
    from moderation.calibration import MIN_DECISIONS, calibrate, rules_toml

    session = db.session()
    decided = decided_comments(session, since=since)
    result = calibrate(get_policy(), decided, review_recall=review_recall, hold_precision=hold_precision,
                       min_decisions=min_decisions or MIN_DECISIONS, all_scores=all_scores(session))
    click.echo(f"{result.decisions} comments decided by moderators, {result.removed} removed")
    for change in result.changes:
        new = f"{change.new:.4f}" if change.new is not None else "unchanged"
        click.echo(f"{change.rule:<26} {change.label:<16} {change.old:.4f} -> {new}  ({change.why})")
        for point in change.curve[:: max(1, len(change.curve) // 8)]:
            click.echo(f"    t={point.threshold:.3f}  precision {point.precision:.2f}  recall {point.recall:.2f}  "
                       f"flagged {point.flagged}")
    if result.moves:
        click.echo("past comments that would move: " + ", ".join(
            f"{n} {old} -> {new}" for (old, new), n in result.moves.most_common()))
    else:
        click.echo("no past comment would change action")
    if write_path is None:
        click.echo("dry run: pass --write FILE to write the rules file")
        return
    write_path.write_text(rules_toml(result, review_recall=review_recall, hold_precision=hold_precision,
                                     when=datetime.now(UTC)), encoding="utf-8")
    click.echo(f"wrote {write_path}; load it with THREADWATCH_POLICY_RULES_FILE={write_path}")
