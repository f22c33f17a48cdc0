"""TLS on the link to central: the site → central connection is always encrypted and verifies the
server (libpq ``sslmode=verify-full``) against the CA certificate given at ``sync setup``.

The CA certificate (public, not a secret) is kept in the site store's ``local_state`` so that
every PC sharing a hall's PostgreSQL store can sync, and is written to a file in this PC's data
directory for libpq (named by its fingerprint; rewritten when missing). Only the sync link is
bound to this: the central owner's ``central init``/``add-site`` and a site store on the hall's
LAN connect as their URL says (add ``?sslmode=verify-full&sslrootcert=…`` there if wanted).
"""

from __future__ import annotations

import hashlib
import os
import ssl
from pathlib import Path

from windowdesk.errors import UserError
from windowdesk.messages import N_
from windowdesk.paths import data_dir

_PEM_BEGIN = "-----BEGIN CERTIFICATE-----"
MAX_CA_BYTES = 1_000_000


class CaMissing(UserError):
    """Sync is set up without a CA certificate (set up before the link required TLS)."""


def read_ca(path: str | os.PathLike[str]) -> str:
    """The PEM text of a CA certificate file, checked to hold at least one certificate."""
    file = Path(path)
    try:
        if file.stat().st_size > MAX_CA_BYTES:
            raise _not_a_ca(file)
        text = file.read_text(encoding="ascii")
    except FileNotFoundError:
        raise UserError(
            "CA certificate file {file} not found", file=str(file)
        ) from None
    except (OSError, UnicodeDecodeError):
        raise _not_a_ca(file) from None
    if _PEM_BEGIN not in text:
        raise _not_a_ca(file)
    try:
        ssl.create_default_context(cadata=text)
    except (ssl.SSLError, ValueError):
        raise _not_a_ca(file) from None
    return text


def _not_a_ca(file: Path) -> UserError:
    return UserError(
        "{file} is not a CA certificate in PEM format",
        file=str(file),
    )


def require_ca(pem: str | None) -> str:
    if not pem:
        raise CaMissing(
            "Sync with central requires TLS: give central's CA certificate with windowdesk sync setup --ca FILE",
        )
    return pem


def ca_file(pem: str) -> Path:
    """This CA as a file in the data directory, for libpq's ``sslrootcert``."""
    digest = hashlib.sha256(pem.encode("ascii")).hexdigest()[:16]
    folder = data_dir() / "central-ca"
    path = folder / f"{digest}.pem"
    if not path.is_file() or path.read_text(encoding="ascii") != pem:
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f".{digest}.{os.getpid()}.tmp"
        partial.write_text(pem, encoding="ascii")
        os.replace(partial, path)
    return path


def link_options(ca_path: str | os.PathLike[str]) -> dict[str, str]:
    """libpq options that override whatever the central URL says about TLS."""
    return {"sslmode": "verify-full", "sslrootcert": str(ca_path)}


def tls_failure(detail: str, reason: str, error: type[UserError] = UserError) -> UserError | None:
    """A clear ``error`` for a libpq error (``detail`` its whole text, ``reason`` the line shown)
    that is about TLS; None when it is about something else."""
    text = detail.lower()
    if "does not support ssl" in text or "ssl was required" in text:
        return error(
            N_("The central server does not offer TLS (SSL): to protect the data, no plain connection is made"),
        )
    if "does not match host name" in text:
        return error(
            N_("The central server's certificate is for another name than the address, it may be another server: connection refused ({reason})"),
            reason=reason,
        )
    if "certificate verify failed" in text or ("ssl" in text and "certificate" in text):
        return error(
            N_("The central server's certificate cannot be verified with the CA given at setup, it may be another server: connection refused ({reason})"),
            reason=reason,
        )
    if "root certificate file" in text:
        return error(
            N_("This PC's copy of central's CA certificate is unusable: run windowdesk sync setup --ca FILE again ({reason})"),
            reason=reason,
        )
    return None
