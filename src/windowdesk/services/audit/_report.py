"""Verifying a set of audit rows chain by chain, and saying what was found."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from windowdesk.domain import audit_chain
from windowdesk.messages import N_, Bilingual, message

PROBLEMS = {
    audit_chain.ALTERED: N_("content altered (does not match its hash)"),
    audit_chain.LINK: N_("link to the entry before does not match (reordered, or the one before altered)"),
    audit_chain.MISSING: N_("entries missing (removed)"),
    audit_chain.DUPLICATE: N_("two entries in one place (a copied store or a forged entry)"),
    audit_chain.TRUNCATED: N_("entries at the end of the chain missing (removed)"),
    audit_chain.UNCHECKED: N_("could not be checked when it reached central (see the detail)"),
}


@dataclass(frozen=True)
class ChainBreakInfo:
    site_id: str | None
    device_no: int | None
    chain_id: str
    seq: int
    entry_id: str | None
    problem: str
    detail: str

    def describe(self) -> str:
        return message(
            "Audit chain {chain} of device {device}, entry {seq}{entry}: {problem}",
            device=self.device_no if self.device_no is not None else "?",
            chain=self.chain_id[:8],
            seq=self.seq,
            entry=Bilingual(f"（记录 {self.entry_id}）", f" (entry {self.entry_id})") if self.entry_id else "",
            problem=PROBLEMS.get(self.problem, self.problem),
        )


@dataclass(frozen=True)
class AuditReport:
    where: str
    entries: int  # chained entries checked
    chains: int
    unchained: int  # entries made before the chain existed (not protected)
    breaks: tuple[ChainBreakInfo, ...]

    @property
    def intact(self) -> bool:
        return not self.breaks

    @property
    def first_break(self) -> ChainBreakInfo | None:
        return self.breaks[0] if self.breaks else None


def verify_rows(
    where: str, rows: Iterable[Mapping[str, Any]], heads: Mapping[str, int] | None = None
) -> AuditReport:
    """``rows``: audit rows as column mappings (chained or not). ``heads``: chain id -> the newest
    sequence number the writing store recorded (finds a removed tail)."""
    chains: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    unchained = 0
    for row in rows:
        if row.get("chain_id") is None:
            unchained += 1
        else:
            chains[str(row["chain_id"]).lower()].append(row)
    breaks: list[ChainBreakInfo] = []
    for chain_id, members in chains.items():
        first = members[0]
        for found in audit_chain.verify_chain(members, (heads or {}).get(chain_id)):
            breaks.append(
                ChainBreakInfo(
                    None if first.get("site_id") is None else str(first["site_id"]),
                    first.get("device_no"),
                    chain_id,
                    found.seq,
                    found.entry_id,
                    found.problem,
                    found.detail,
                )
            )
    for chain_id, head in (heads or {}).items():
        if chain_id not in chains and head > 0:
            breaks.append(
                ChainBreakInfo(None, None, chain_id, 1, None, audit_chain.TRUNCATED, f"#1..#{head}")
            )
    breaks.sort(key=lambda b: (b.device_no or 0, b.chain_id, b.seq))
    return AuditReport(where, sum(len(m) for m in chains.values()), len(chains), unchained, tuple(breaks))
