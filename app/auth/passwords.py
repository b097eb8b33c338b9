"""Password hashing and API tokens: argon2id for passwords, sha256 for long random tokens.

Tokens are 256 random bits, so a fast hash is enough (no dictionary to attack); passwords are
human-chosen, so they get a memory-hard KDF.
"""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.models import User

_hasher = PasswordHasher()
# Verified against when the e-mail is unknown, so a miss costs as long as a wrong password.
_DUMMY_HASH = _hasher.hash("not-a-real-password")
MIN_PASSWORD_LENGTH = 10


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"passwords need at least {MIN_PASSWORD_LENGTH} characters")
    return _hasher.hash(password)


def check_password(user: User | None, password: str) -> bool:
    """True when the password matches; upgrades the stored hash if the parameters changed."""
    stored = user.password_hash if user is not None and user.password_hash else None
    try:
        _hasher.verify(stored or _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return False
    if user is None or stored is None:
        return False
    if _hasher.check_needs_rehash(stored):
        user.password_hash = _hasher.hash(password)
    return True


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_api_token(user: User) -> str:
    """A fresh token for a service account; only its hash is stored, so it is shown once."""
    token = "tw_" + secrets.token_urlsafe(32)
    user.api_token_hash = token_hash(token)
    return token
