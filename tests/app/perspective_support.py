"""Coral Talk's Perspective requests, byte for byte as its perspective service builds them
(server/src/core/server/services/perspective/perspective.ts), for the drop-in's tests and bench."""

from __future__ import annotations

import json
from typing import Any

CORAL_TENANT_URL = "https://comments.gazette.example"
ARTICLE_URL = "https://gazette.example/news/road-works"


def coral_analyze(text: str, *, model: str = "TOXICITY", language: str = "en",
                  do_not_store: bool = True) -> dict[str, Any]:
    return {"comment": {"text": text}, "doNotStore": do_not_store, "requestedAttributes": {model: {}},
            "languages": [language]}


def coral_suggest(text: str, comment_id: str, *, rejected: bool, model: str = "TOXICITY",
                  language: str = "en", reply_to: str | None = None,
                  url: str = ARTICLE_URL) -> dict[str, Any]:
    context = json.dumps({"url": url, "reply_to_id_Coral_comment_id": reply_to, "Coral_comment_id": comment_id})
    return {"comment": {"text": text}, "context": {"entries": [{"text": context}]},
            "attributeScores": {model: {"summaryScore": {"value": 1 if rejected else 0}}},
            "languages": [language], "communityId": f"Coral:{CORAL_TENANT_URL}",
            "clientToken": f"comment:{comment_id}"}
