"""Webhook signature schemes. Every comparison is constant-time, and every configured secret is
tried, so a sender can rotate its secret while old deliveries are still in flight."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time
from collections.abc import Mapping, Sequence

TOLERANCE_SECONDS = 5 * 60


class SignatureError(Exception):
    """Rejected with 401; `reason` is logged with the delivery, never echoed with secret material."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def standard_key(secret: str) -> bytes:
    if not secret.startswith("whsec_"):
        raise ValueError("Standard Webhooks secrets start with whsec_")
    try:
        return base64.b64decode(secret[len("whsec_"):], validate=True)
    except binascii.Error as exc:
        raise ValueError("Standard Webhooks secret is not valid base64 after whsec_") from exc


def sign_standard(secret: str, msg_id: str, timestamp: int, body: bytes) -> str:
    signed = f"{msg_id}.{timestamp}.".encode() + body
    digest = hmac.new(standard_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def sign_hex(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def _any_match(candidates: Sequence[str], expected: Sequence[str]) -> bool:
    found = False
    for want in expected:
        for got in candidates:
            # no early exit: the time taken does not depend on which secret or signature matched
            found |= hmac.compare_digest(got.encode(), want.encode())
    return found


def verify_standard(secrets: Sequence[str], headers: Mapping[str, str], body: bytes,
                    *, now: float | None = None) -> str:
    """Returns the message id (`webhook-id`), the sender's idempotency key."""
    msg_id = headers.get("webhook-id")
    stamp = headers.get("webhook-timestamp")
    header = headers.get("webhook-signature")
    if not msg_id or not stamp or not header:
        raise SignatureError("missing webhook-id, webhook-timestamp or webhook-signature header")
    try:
        timestamp = int(stamp)
    except ValueError as exc:
        raise SignatureError("webhook-timestamp is not an integer") from exc
    now = time.time() if now is None else now
    if abs(now - timestamp) > TOLERANCE_SECONDS:
        raise SignatureError(f"webhook-timestamp outside the {TOLERANCE_SECONDS}s tolerance")
    candidates = [part.split(",", 1)[1] for part in header.split() if part.startswith("v1,")]
    if not candidates:
        raise SignatureError("no v1 signature in webhook-signature")
    expected = []
    for secret in secrets:
        try:
            expected.append(sign_standard(secret, msg_id, timestamp, body).split(",", 1)[1])
        except ValueError:
            continue
    if not _any_match(candidates, expected):
        raise SignatureError("signature does not match any configured secret")
    return msg_id


def verify_hex(secrets: Sequence[str], header: str | None, body: bytes, *, header_name: str) -> None:
    """Coral (`X-Coral-Signature`, comma-separated during rotation) and GitHub (`X-Hub-Signature-256`)."""
    if not header:
        raise SignatureError(f"missing {header_name} header")
    candidates = [part.strip() for part in header.split(",") if part.strip().startswith("sha256=")]
    if not candidates:
        raise SignatureError(f"no sha256= signature in {header_name}")
    if not _any_match(candidates, [sign_hex(secret, body) for secret in secrets]):
        raise SignatureError("signature does not match any configured secret")


def verify(scheme: str, secrets: Sequence[str], headers: Mapping[str, str], body: bytes) -> str | None:
    """Verify a delivery; returns the delivery id the scheme carries, if any."""
    if not secrets:
        raise SignatureError("source has no secret configured")
    if scheme == "standard":
        return verify_standard(secrets, headers, body)
    if scheme == "coral":
        verify_hex(secrets, headers.get("x-coral-signature"), body, header_name="X-Coral-Signature")
        return None
    if scheme == "github":
        verify_hex(secrets, headers.get("x-hub-signature-256"), body, header_name="X-Hub-Signature-256")
        return headers.get("x-github-delivery") or None
    raise SignatureError(f"unknown signature scheme {scheme!r}")
