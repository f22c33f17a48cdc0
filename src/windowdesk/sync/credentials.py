"""The site role's password lives in the OS keyring, never in a settings file or the store."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, NoKeyringError

SERVICE = "windowdesk-sync"


def _account(central_url: str, site_code: str) -> str:
    return f"{site_code}@{central_url}"


def keyring_available() -> bool:
    try:
        backend = keyring.get_keyring()
    except KeyringError:
        return False
    return getattr(backend, "priority", 0) > 0 and "fail" not in type(backend).__module__


def save_password(central_url: str, site_code: str, password: str) -> bool:
    """Store it; False when there is no keyring backend (then it is asked for every session)."""
    try:
        keyring.set_password(SERVICE, _account(central_url, site_code), password)
    except (NoKeyringError, KeyringError):
        return False
    return True


def load_password(central_url: str, site_code: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, _account(central_url, site_code))
    except (NoKeyringError, KeyringError):
        return None
