"""Token issuing and checking, password hashing (argon2)."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from warmline.auth.models import ApiToken
from warmline.auth.principal import ROLE_RANK, Principal
from warmline.kit.clock import now
from warmline.kit.errors import Invalid

TOKEN_PREFIX = "wl_"
_hasher = PasswordHasher()


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(
    session: Session, *, workspace_id: int, role: str, user_id: int | None = None, name: str = ""
) -> tuple[ApiToken, str]:
    """Create a token and return it with its clear text, which is never stored."""
    if role not in ROLE_RANK:
        raise Invalid(f"unknown role {role!r}; expected one of {', '.join(ROLE_RANK)}")
    clear = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        workspace_id=workspace_id,
        user_id=user_id,
        role=role,
        name=name,
        prefix=clear[:10],
        token_hash=_digest(clear),
    )
    session.add(token)
    session.flush()
    return token, clear


def authenticate_token(session: Session, clear: str, *, touch: bool = True) -> Principal | None:
    """Find the token by its hash, then compare in constant time before trusting it.

    With ``touch`` (the default) a token's ``last_used_at`` is brought up to date (at most once a minute).
    """
    if not clear or len(clear) > 200:
        return None
    digest = _digest(clear)
    token = session.scalar(select(ApiToken).where(ApiToken.token_hash == digest))
    if token is None or token.revoked_at is not None:
        return None
    if not hmac.compare_digest(token.token_hash, digest):
        return None
    stamp = now()
    stale = token.last_used_at is None or (stamp - token.last_used_at).total_seconds() > 60
    if touch and stale:
        token.last_used_at = stamp
    return Principal(
        workspace_id=token.workspace_id,
        role=token.role,
        user_id=token.user_id,
        token_id=token.id,
        touch_due=stale and not touch,
    )


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    if not password_hash:
        # Spend the same effort as a real check so that unknown users cannot be told apart by timing.
        _hasher.hash(password)
        return False
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def sign(secret: str, message: str) -> str:
    return hmac.new(secret.encode(), message.encode(), hashlib.sha256).hexdigest()


def signature_matches(secret: str, message: str, signature: str) -> bool:
    return hmac.compare_digest(sign(secret, message), signature or "")
