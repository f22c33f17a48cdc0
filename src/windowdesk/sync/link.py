"""The client's line to the central store: psycopg 3 over TLS (``sync.tls``), the site's own
role, autocommit calls of the ``wd_sync`` functions (each call is one central transaction)."""

from __future__ import annotations

import json
import os
from typing import Any

import psycopg
from sqlalchemy.engine import make_url

from windowdesk.errors import UserError
from windowdesk.store.engine import resolve_url
from windowdesk.sync.tls import link_options, tls_failure

CONNECT_TIMEOUT_S = 10


class CentralUnavailable(UserError):
    """Central cannot be reached (offline, stopped, wrong address): the site keeps working."""


class CentralRefused(UserError):
    """Central answered but refused (wrong password, not a site role, schema too old)."""


class CentralUntrusted(CentralUnavailable):
    """The server is not the central the CA vouches for, or offers no TLS: nothing was sent."""


def libpq_url(url: str) -> str:
    """A SQLAlchemy PostgreSQL URL as libpq understands it."""
    url = resolve_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql":
        raise UserError(
            "The central store must be a PostgreSQL database, not {url}",
            url=url,
        )
    return parsed.set(drivername="postgresql").render_as_string(hide_password=False)


def public_url(url: str) -> str:
    """The central address as stored and shown: no driver suffix, never a password."""
    return make_url(libpq_url(url)).set(password=None).render_as_string()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _connect(url: str, password: str | None, tls: dict[str, str] | None = None) -> psycopg.Connection:
    """``tls``: libpq options that override the URL's (the sync link's verify-full)."""
    kwargs: dict[str, Any] = {"autocommit": True, "connect_timeout": CONNECT_TIMEOUT_S, **(tls or {})}
    if password is not None:
        kwargs["password"] = password
    try:
        return psycopg.connect(libpq_url(url), **kwargs)
    except psycopg.OperationalError as exc:
        reason = _first_line(exc)
        untrusted = tls_failure(str(exc), reason, CentralUntrusted) if tls else None
        if untrusted is not None:
            raise untrusted from exc
        if "password authentication failed" in reason or "does not exist" in reason:
            raise CentralRefused(
                "The central store refused the connection: {reason}",
                reason=reason,
            ) from exc
        raise CentralUnavailable(
            "Cannot reach the central store: {reason}", reason=reason
        ) from exc


def connect_admin(url: str) -> psycopg.Connection:
    return _connect(url, None)


class CentralLink:
    """One connection to central as a site's role, for one sync run: always TLS, the server
    verified against ``ca_file`` (``sslmode=verify-full``, whatever the URL says)."""

    def __init__(
        self, url: str, password: str | None, device_no: int, *, ca_file: str | os.PathLike[str]
    ) -> None:
        self.device_no = device_no
        self.conn = _connect(url, password, link_options(ca_file))

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> CentralLink:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _call(self, query: str, params: tuple) -> Any:
        try:
            row = self.conn.execute(query, params).fetchone()
        except psycopg.OperationalError as exc:
            raise CentralUnavailable(
                "The link to the central store broke: {reason}",
                reason=_first_line(exc),
            ) from exc
        except psycopg.errors.InsufficientPrivilege as exc:
            raise CentralRefused(
                "The central store refused: {reason}", reason=_first_line(exc)
            ) from exc
        except psycopg.errors.UndefinedFunction as exc:
            raise CentralRefused(
                "The central store is not initialised or too old ({reason})",
                reason=_first_line(exc),
            ) from exc
        return row[0]

    def stream_state(self) -> dict[str, Any]:
        """Registers the device on first call; returns the site, the mark and the counters."""
        return self._call("SELECT wd_sync.stream_state(%s)", (self.device_no,))

    def stream_ops(self, after: int, upto: int) -> dict[int, str]:
        found = self._call("SELECT wd_sync.stream_ops(%s, %s, %s)", (self.device_no, after, upto))
        return {int(seq): op_id for seq, op_id in found.items()}

    def outcomes(self, after: int, upto: int) -> dict[str, list[dict[str, Any]]]:
        return self._call("SELECT wd_sync.outcomes(%s, %s, %s)", (self.device_no, after, upto))

    def push(self, first: int, last: int, ops_json: str, counters: dict[str, int]) -> dict[str, Any]:
        return self._call(
            "SELECT wd_sync.push(%s, %s, %s, %s::jsonb, %s::jsonb)",
            (self.device_no, first, last, ops_json, json.dumps(counters)),
        )

    def pull(self, cursor: tuple[str, int], limit: int, own: bool = False) -> dict[str, Any]:
        return self._call(
            "SELECT wd_sync.pull(%s, %s, %s, %s, %s)", (self.device_no, cursor[0], cursor[1], limit, own)
        )
