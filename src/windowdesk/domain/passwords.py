"""Password hashing with scrypt (RFC 7914) from the standard library: a memory-hard KDF."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os

from windowdesk.errors import UserError

_N, _R, _P = 2**14, 8, 1
MIN_LENGTH = 8


def hash_password(password: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt_b64, digest_b64 = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    salt, expected = base64.b64decode(salt_b64), base64.b64decode(digest_b64)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=int(n), r=int(r), p=int(p), dklen=len(expected))
    return hmac.compare_digest(digest, expected)


def password_problem(password: str, login: str = "") -> UserError | None:
    """Why a new password is not acceptable (an error to raise), or None when it is: at least
    ``MIN_LENGTH`` characters, and not the login itself (in any case, or reversed)."""
    if len(password) < MIN_LENGTH:
        return UserError("The password needs at least {n} characters", n=MIN_LENGTH)
    folded = password.strip().lower()
    if login and folded in {login.strip().lower(), login.strip().lower()[::-1]}:
        return UserError("The password must not be the login name")
    return None
