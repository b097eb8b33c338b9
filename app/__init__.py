"""Threadwatch web application: the factory binds extensions, blueprints and CLI commands."""

from __future__ import annotations

import logging

from flask import Flask

from app.extensions import csrf, db, limiter, login_manager, migrate
from app.json_provider import BoundedJSONProvider
from app.routing import BoundedIntConverter
from config import BASEDIR, DEV_SECRET_KEY, Config, config_from_env

MIGRATIONS_DIR = BASEDIR / "migrations"
log = logging.getLogger(__name__)
DEV_KEY_WARNING = (
    "\n" + "!" * 78 + "\n"
    "!! THREADWATCH_SECRET_KEY is not set: sessions are signed with the PUBLIC development key, so\n"
    "!! anyone can forge a login. Fine on your own machine only; production refuses to start.\n"
    "!! Set it: export THREADWATCH_SECRET_KEY=$(python -c 'import secrets; print(secrets.token_urlsafe(48))')\n"
    + "!" * 78
)


def create_app(config_class: type[Config] | None = None) -> Flask:
    config_class = config_class or config_from_env()
    app = Flask(__name__, instance_path=str(config_class.INSTANCE_DIR))
    app.config.from_object(config_class)
    app.json = BoundedJSONProvider(app)
    # Route ids beyond what an Integer column holds are no such row (404), not a database error.
    app.url_map.converters["int"] = BoundedIntConverter
    validate = getattr(config_class, "validate", None)
    if callable(validate):
        validate()
    from app.db_setup import check_database_url

    check_database_url(app.config["SQLALCHEMY_DATABASE_URI"])

    logging.basicConfig(
        level=app.config["LOG_LEVEL"], format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    if app.config["SECRET_KEY"] == DEV_SECRET_KEY:
        log.warning(DEV_KEY_WARNING)
    if app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite:///"):
        config_class.INSTANCE_DIR.mkdir(parents=True, exist_ok=True)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(MIGRATIONS_DIR))

    from app import models  # noqa: F401  (register tables on the metadata)
    from app.db_setup import configure_engine

    with app.app_context():
        configure_engine(db.engine)

    login_manager.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)

    from app.errors import register_error_handlers

    register_blueprints(app)
    register_error_handlers(app)
    from moderation.language import name_of

    app.add_template_filter(name_of, "language_name")
    from app.bidi import isolate

    app.add_template_filter(isolate, "isolate")
    from app.services.queue_context import label_words, state_words

    app.add_template_filter(label_words, "label_words")
    app.add_template_global(state_words, "state_words")

    from app.cli import register_cli

    register_cli(app)

    from app.jobs.worker import install as install_worker

    install_worker(app)  # in-process worker, only with THREADWATCH_INPROCESS_WORKER=1
    return app


def register_blueprints(app: Flask) -> None:
    """One place that lists every blueprint and where it is mounted."""
    from app.api import bp as api_bp

    app.register_blueprint(api_bp, url_prefix="/api")
    # blueprint registrations: add one line per feature below this marker
    from app.api.queue import bp as queue_api_bp
    from app.auth import bp as auth_bp
    from app.queue import bp as queue_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(queue_bp)
    app.register_blueprint(queue_api_bp, url_prefix="/api")
    from app.webhooks import bp as webhooks_bp

    app.register_blueprint(webhooks_bp, url_prefix="/webhooks")
    from app.reports.views import bp as reports_bp

    app.register_blueprint(reports_bp, url_prefix="/reports")
    from app.graphui import bp as graphui_bp

    app.register_blueprint(graphui_bp)
    from app.authors import bp as authors_bp

    app.register_blueprint(authors_bp)
    from app.dsa import bp as dsa_bp

    app.register_blueprint(dsa_bp)  # EU Digital Services Act (issue 16): public forms, queues, report
    from app.perspective import bp as perspective_bp

    csrf.exempt(perspective_bp)  # API-key clients, no cookies
    app.register_blueprint(perspective_bp, url_prefix="/v1alpha1")
