"""Verifying the audit chains held by the central store, per site and device, with plain SQL on
central's tables (read with the owner's credentials), and recording each break found there."""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg.rows import dict_row

from windowdesk.domain.ids import uuid7

from ._report import AuditReport, ChainBreakInfo, verify_rows

_COLUMNS = (
    "id, at, site_id, device_no, window_no, user_id, user_login, action, entity, entity_id, "
    "detail::text AS detail, chain_id, chain_seq, prev_hash, entry_hash"
)


def read_and_verify(conn: psycopg.Connection[Any], where: str) -> AuditReport:
    with conn.cursor(row_factory=dict_row) as cur:
        # Chain by chain: a site's device may hold several chains (a restored or re-installed store).
        cur.execute(f"SELECT {_COLUMNS} FROM public.audit_entry ORDER BY site_id, device_no, chain_id, chain_seq")
        rows = cur.fetchall()
    return verify_rows(where, rows)


def record_breaks(conn: psycopg.Connection[Any], breaks: tuple[ChainBreakInfo, ...]) -> int:
    """Keep each break in central's ``audit_chain_break`` once; returns how many were new."""
    new = 0
    with conn.transaction():
        for found in breaks:
            seen = conn.execute(
                "SELECT 1 FROM public.audit_chain_break WHERE chain_id = %s AND chain_seq = %s AND problem = %s",
                (found.chain_id, found.seq, found.problem),
            ).fetchone()
            if seen:
                continue
            conn.execute(
                "INSERT INTO public.audit_chain_break (id, found_at, site_id, device_no, chain_id, chain_seq,"
                " entry_id, problem, detail) VALUES (%s, now(), %s, %s, %s, %s, %s, %s, %s)",
                (
                    uuid7(),
                    found.site_id,
                    found.device_no,
                    found.chain_id,
                    found.seq,
                    found.entry_id,
                    found.problem,
                    found.detail[:400],
                ),
            )
            new += 1
    return new
