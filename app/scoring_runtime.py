"""The process-wide scorer and policy, built lazily from the app's configuration.

Loading a model takes seconds and hundreds of MB, so it happens once per process and only when
something actually needs scores (the CLI, the worker, the pre-submit API) — never at import time.
"""

from __future__ import annotations

import os
import threading

from flask import Flask, current_app

from moderation.detox import get_model
from moderation.detox_settings import ModelSettings
from moderation.policy import Policy, default_policy, learned_incitement_thresholds, load_rules
from moderation.scoring import Scorer

_lock = threading.Lock()


def get_scorer(app: Flask | None = None) -> Scorer:
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    with _lock:
        scorer = app.extensions.get("threadwatch_scorer")
        if scorer is None:
            settings = ModelSettings.from_env(os.environ)
            model = get_model(settings)
            scorer = Scorer(model, batch_size=settings.batch_size)
            app.extensions["threadwatch_scorer"] = scorer
        return scorer


def get_policy(app: Flask | None = None) -> Policy:
    app = app or current_app._get_current_object()  # type: ignore[attr-defined]
    policy = app.extensions.get("threadwatch_policy")
    if policy is None:
        rules_file = app.config.get("POLICY_RULES_FILE")
        # The incitement thresholds come with the incitement model the scorer uses.
        incitement = learned_incitement_thresholds()
        policy = load_rules(rules_file, incitement=incitement) if rules_file else default_policy(incitement)
        app.extensions["threadwatch_policy"] = policy
    return policy
