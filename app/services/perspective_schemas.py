"""Perspective's request bodies (AnalyzeCommentRequest, SuggestCommentScoreRequest) as pydantic models.

Google's JSON mapping accepts a field by its lowerCamelCase name or by its proto name in snake_case,
and refuses names it does not know; so do these models.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator
from pydantic.alias_generators import to_camel

# Bounds on what a request may carry besides the comment itself (Perspective documents none).
MAX_IDENTIFIER = 255
MAX_CONTEXT_ENTRIES = 32
MAX_CONTEXT_CHARS = 20_480
MAX_LANGUAGES = 16


class _Message(BaseModel):
    model_config = ConfigDict(alias_generator=to_camel, validate_by_name=True, validate_by_alias=True,
                              extra="forbid")


class TextEntry(_Message):
    text: str = Field(max_length=MAX_CONTEXT_CHARS)
    type: Literal["PLAIN_TEXT", "HTML"] = "PLAIN_TEXT"


class CommentIn(_Message):
    text: str
    type: Literal["PLAIN_TEXT", "HTML"] = "PLAIN_TEXT"


class Context(_Message):
    entries: list[TextEntry] = Field(default_factory=list, max_length=MAX_CONTEXT_ENTRIES)


class RequestedAttribute(_Message):
    score_type: Literal["PROBABILITY"] = "PROBABILITY"
    score_threshold: float | None = Field(default=None, ge=0.0, le=1.0)


def _language_codes(languages: list[str]) -> list[str]:
    """ISO 639-1 codes, lower case, with any region or script subtag dropped ("en-US" -> "en")."""
    out: list[str] = []
    for raw in languages:
        code = raw.strip().replace("_", "-").split("-")[0].lower()
        if not (2 <= len(code) <= 3 and code.isascii() and code.isalpha()):
            raise ValueError(f"{raw!r} is not an ISO 639-1 language code")
        if code not in out:
            out.append(code)
    return out


class AnalyzeRequest(_Message):
    comment: CommentIn
    context: Context | None = None
    requested_attributes: dict[str, RequestedAttribute]
    span_annotations: bool = False
    languages: list[str] = Field(default_factory=list, max_length=MAX_LANGUAGES)
    do_not_store: bool = False
    client_token: str | None = Field(default=None, max_length=MAX_IDENTIFIER)
    session_id: str | None = Field(default=None, max_length=MAX_IDENTIFIER)
    community_id: str | None = Field(default=None, max_length=MAX_IDENTIFIER)

    @field_validator("languages")
    @classmethod
    def _codes(cls, languages: list[str]) -> list[str]:
        return _language_codes(languages)


class SummaryScoreIn(_Message):
    value: float = Field(ge=0.0, le=1.0)
    type: Literal["PROBABILITY"] = "PROBABILITY"


class SpanScoreValue(_Message):
    value: float = Field(ge=0.0, le=1.0)
    type: Literal["PROBABILITY"] = "PROBABILITY"


class SpanScoreIn(_Message):
    begin: int = Field(default=0, ge=0)
    end: int = Field(default=0, ge=0)
    score: SpanScoreValue


class AttributeScoreIn(_Message):
    summary_score: SummaryScoreIn | None = None
    span_scores: list[SpanScoreIn] = Field(default_factory=list, max_length=1_000)


class SuggestRequest(_Message):
    comment: CommentIn
    context: Context | None = None
    attribute_scores: dict[str, AttributeScoreIn]
    languages: list[str] = Field(default_factory=list, max_length=MAX_LANGUAGES)
    community_id: str | None = Field(default=None, max_length=MAX_IDENTIFIER)
    client_token: str | None = Field(default=None, max_length=MAX_IDENTIFIER)

    @field_validator("languages")
    @classmethod
    def _codes(cls, languages: list[str]) -> list[str]:
        return _language_codes(languages)
