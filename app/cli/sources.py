"""`flask sources ...`: webhook sources, their secrets, and re-sending decision callbacks."""

from __future__ import annotations

import base64
import secrets as pysecrets

import click
from flask.cli import AppGroup
from sqlalchemy import select

from app.extensions import db
from app.models import Source
from app.models.live import DEFAULT_MAX_BODY, SIGNATURE_SCHEMES, CallbackDelivery, SourceConfig
from app.services.sources import get_or_create_source
from app.webhooks.signatures import standard_key
from threads.adapters import FORMATS

sources_cli = AppGroup("sources", help="Configure webhook sources and their signing secrets.")


def new_secret(scheme: str) -> str:
    raw = pysecrets.token_bytes(24)
    return "whsec_" + base64.b64encode(raw).decode() if scheme == "standard" else pysecrets.token_hex(24)


def _check_secret(scheme: str, secret: str) -> None:
    if scheme == "standard":
        try:
            standard_key(secret)
        except ValueError as exc:
            raise click.BadParameter(str(exc), param_hint="--secret") from exc


def _config(slug: str) -> SourceConfig:
    config: SourceConfig | None = db.session.scalar(select(SourceConfig).join(Source).where(Source.slug == slug))
    if config is None:
        raise click.ClickException(f"no webhook source {slug!r}; add it with `flask sources add`")
    return config


@sources_cli.command("add")
@click.argument("slug")
@click.option("--scheme", type=click.Choice(SIGNATURE_SCHEMES), required=True)
@click.option("--format", "payload_format", type=click.Choice(FORMATS), required=True)
@click.option("--secret", help="Signing secret (whsec_... for standard); generated and printed if omitted.")
@click.option("--name", help="Display name of the source.")
@click.option("--callback-url", help="Where decisions are POSTed back (optional).")
@click.option("--callback-secret", help="whsec_ secret that signs decision callbacks; generated if a URL is given.")
@click.option("--max-body", type=click.IntRange(1, 16 * 1024 * 1024), default=DEFAULT_MAX_BODY, show_default=True)
def add_cmd(slug: str, scheme: str, payload_format: str, secret: str | None, name: str | None,
            callback_url: str | None, callback_secret: str | None, max_body: int) -> None:
    """Register (or reconfigure) a webhook source."""
    generated = secret is None
    secret = secret or new_secret(scheme)
    _check_secret(scheme, secret)
    if callback_url and not callback_secret:
        callback_secret = new_secret("standard")
    if callback_secret:
        _check_secret("standard", callback_secret)
    source = get_or_create_source(db.session(), slug, name=name, kind="webhook")
    config = db.session.scalar(select(SourceConfig).where(SourceConfig.source_id == source.id))
    if config is None:
        config = SourceConfig(source_id=source.id, scheme=scheme, payload_format=payload_format, secrets=[secret])
        db.session.add(config)
    config.scheme, config.payload_format, config.secrets = scheme, payload_format, [secret]
    config.max_body_bytes, config.active = max_body, True
    config.callback_url, config.callback_secret = callback_url, callback_secret
    db.session.commit()
    click.echo(f"source {slug}: {scheme} signatures, {payload_format} payloads, POST /webhooks/{slug}")
    if generated:
        click.echo(f"secret: {secret}")
    if callback_url:
        click.echo(f"callbacks to {callback_url}, signed with {callback_secret}")


@sources_cli.command("rotate-secret")
@click.argument("slug")
@click.option("--secret", help="The new secret; generated and printed if omitted.")
@click.option("--keep-old/--drop-old", default=True, show_default=True,
              help="Keep accepting the previous secret(s) until the sender has switched.")
def rotate_cmd(slug: str, secret: str | None, keep_old: bool) -> None:
    """Add a new signing secret; with --drop-old, only the new one stays valid."""
    config = _config(slug)
    new = secret or new_secret(config.scheme)
    _check_secret(config.scheme, new)
    config.secrets = [new, *config.secrets] if keep_old else [new]
    db.session.commit()
    click.echo(f"source {slug}: {len(config.secrets)} valid secret(s)")
    if secret is None:
        click.echo(f"secret: {new}")


@sources_cli.command("list")
def list_cmd() -> None:
    """Sources with webhook settings (secrets are not shown)."""
    rows = db.session.execute(select(Source, SourceConfig).join(SourceConfig).order_by(Source.slug))
    for source, config in rows:
        callback = config.callback_url or "-"
        state = "active" if config.active else "inactive"
        click.echo(f"{source.slug}\t{config.scheme}\t{config.payload_format}\t{len(config.secrets)} secret(s)\t"
                   f"cap {config.max_body_bytes}\tcallback {callback}\t{state}")


@sources_cli.command("redeliver")
@click.argument("delivery_id", type=int)
def redeliver_cmd(delivery_id: int) -> None:
    """Send a recorded decision callback again, now."""
    from app.services.callbacks import send_delivery

    delivery = db.session.get(CallbackDelivery, delivery_id)
    if delivery is None:
        raise click.ClickException(f"callback delivery {delivery_id} not found")
    ok = send_delivery(db.session(), delivery, force=True)
    db.session.commit()
    click.echo(f"delivery {delivery_id}: {delivery.status} (HTTP {delivery.last_status_code}, "
               f"{delivery.attempts} attempt(s)){'' if ok else ': ' + (delivery.last_error or '')}")
