"""`flask model train-incitement`: rebuild the shipped incitement model from labelled data."""

from __future__ import annotations

import os
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
def train_incitement_cmd(data_dir: Path | None, out_path: Path | None, seed: int, no_native: bool,
                         cache_dir: Path | None) -> None:
    """Train the incitement heads, choose thresholds on held-out folds, write weights and provenance."""
    from moderation.detox import ModelLoadError, ModelSettings, get_model
    from moderation.embedding import EncoderUnavailable, SentenceEncoder
    from moderation.incitement_data import DEFAULT_SHARED_DATA, DataError, all_examples
    from moderation.incitement_model import DEFAULT_MODEL_FILE
    from moderation.incitement_training import default_cache_dir, format_report, train

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
                   cache_dir=cache_dir or default_cache_dir(), progress=click.echo)
    target = out_path or DEFAULT_MODEL_FILE
    result.model.save(target)
    click.echo(format_report(result.report))
    click.echo(f"thresholds: {result.model.thresholds}; wrote {target} and {target.with_suffix('.npz').name}")
