"""`flask` command groups. Commands own the transaction: they call services, then commit."""

from __future__ import annotations

from flask import Flask


def register_cli(app: Flask) -> None:
    from app.cli.moderation import model_cli, moderation_cli
    from app.cli.threads import threads_cli

    app.cli.add_command(threads_cli)
    app.cli.add_command(moderation_cli)
    app.cli.add_command(model_cli)
    # CLI groups: add one line per feature below this marker
    from app.cli import importers  # noqa: F401  (adds `flask threads import ...` to threads_cli)
    from app.cli.sources import sources_cli

    app.cli.add_command(sources_cli)
    from app.cli.users import users_cli

    app.cli.add_command(users_cli)
    from app.cli.reports import reports_cli

    app.cli.add_command(reports_cli)
    from app.cli.dsa import dsa_cli

    app.cli.add_command(dsa_cli)
    from app.cli import (
        graph,  # noqa: F401  (adds `flask threads graph` to threads_cli)
        model_training,  # noqa: F401  (adds `flask model train-incitement`)
    )
