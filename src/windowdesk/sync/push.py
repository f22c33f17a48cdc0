"""Push: the outbox, in order, in batches tagged (device, first_seq, last_seq).

Central applies a batch only when ``first_seq`` follows its mark, in one transaction, and a
replayed batch changes nothing there; so the local acknowledgement may be lost (a crash right
after central's commit) and the next run simply finds the mark ahead and acknowledges then.

Before pushing, the stream is reconciled with central's mark:

- mark = our ack: the usual case.
- mark ahead of our ack, same op ids: a crash lost our ack; fetch what became of those ops.
- mark ahead, different op ids (or ops we do not have): this store was restored from an old backup
  or re-installed. Central's ops stay; ours from the first difference on are new and are numbered
  after the mark. Number counters are raised to what central saw, so no case number repeats.
- mark behind our ack: central was restored from a backup; we send again from its mark (the
  outbox keeps acknowledged ops for ``sync.outbox_keep_days``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from windowdesk import failpoints
from windowdesk.errors import UserError
from windowdesk.messages import message
from windowdesk.store.engine import Store
from windowdesk.sync import local
from windowdesk.sync.link import CentralLink

BATCH_OPS = int(os.environ.get("WINDOWDESK_SYNC_BATCH", "1000"))  # tests use small batches
MAX_RESTARTS = 5

Progress = Callable[[str, int, int], None]


class StreamDiverged(UserError):
    """Central and this store disagree about history in a way sync cannot repair alone."""


class BatchRefused(UserError):
    """Central refused a batch as a whole (its shape or size); central keeps a record of it."""


@dataclass
class PushOutcome:
    pushed: int = 0
    rejected: int = 0
    conflicts: int = 0
    batches: int = 0
    counters_raised: int = 0
    events: list[str] = field(default_factory=list)


def _write(store: Store) -> Session:
    session = store.write_session()
    session.begin()
    return session


def _ack(
    store: Store,
    link: CentralLink,
    after: int,
    upto: int,
    local_seq: int,
    out: PushOutcome,
    *,
    pull_own: bool = False,
) -> None:
    """Acknowledge stream ops (after, upto] as ending at outbox row ``local_seq``. ``pull_own``:
    this store lost ops central has, so the next pull takes this device's own rows back too."""
    outcomes = link.outcomes(after, upto) if upto > after else {}
    session = _write(store)
    try:
        rejected, conflicts = local.record_outcomes(session, outcomes)
        local.add_ack(session, upto, local_seq)
        if pull_own:
            local.put(session, local.PULL_OWN, True)
        session.commit()
    finally:
        session.close()
    out.rejected += rejected
    out.conflicts += conflicts


def reconcile(store: Store, link: CentralLink, state: dict[str, Any], out: PushOutcome) -> int:
    """Bring our acknowledgement in line with central's mark; returns the mark."""
    mark = int(state["mark"])
    mark_op = state.get("mark_op_id")
    session = _write(store)
    try:
        out.counters_raised += local.raise_counters(session, store.dialect, state.get("counters") or {})
        acked_stream, acked_local = local.last_ack(session)
        session.commit()
    finally:
        session.close()

    restored = False
    with store.read_session() as session:
        if mark <= acked_stream:
            if mark == acked_stream:
                return mark
            at_mark = local.local_seq_of(session, mark)
            counted = at_mark is not None and (mark, at_mark) not in local.acks(session)
            if mark > 0 and counted:
                ids = dict(local.op_ids_after(session, at_mark - 1, 1))
                if ids.get(at_mark) not in (None, mark_op):
                    raise StreamDiverged(
                        "The central store and this store disagree at op {mark}: call the administrator",
                        mark=mark,
                    )
            if at_mark is None:
                raise StreamDiverged(
                    "The central store lacks {n} synced ops that this store no longer keeps",
                    n=acked_stream - mark,
                )
            out.events.append(
                message(
                    "The central store lacks {n} ops (restored from a backup?): sending them again",
                    n=acked_stream - mark,
                )
            )
            resend_from = at_mark
        else:
            central_ops = link.stream_ops(acked_stream, mark)
            ours = local.op_ids_after(session, acked_local, mark - acked_stream)
            matched = 0
            for (_, op_id), stream_seq in zip(ours, range(acked_stream + 1, mark + 1), strict=False):
                if central_ops.get(stream_seq) != op_id:
                    break
                matched += 1
            resend_from = None
            if matched == mark - acked_stream:
                end_local = ours[matched - 1][0]
            else:
                end_local = ours[matched - 1][0] if matched else acked_local
                out.events.append(
                    message(
                        "This store lacks {n} ops central has (restored or re-installed): new ops follow central's, number counters raised",
                        n=mark - acked_stream - matched,
                    )
                )
                restored = True
    if mark > acked_stream:
        _ack(store, link, acked_stream, mark, end_local, out, pull_own=restored)
    elif resend_from is not None:
        session = _write(store)
        try:
            local.add_ack(session, mark, resend_from)
            session.commit()
        finally:
            session.close()
    return mark


def _ops_json(rows: list[tuple], first_stream: int) -> str:
    """The batch as JSON, built as text: the payloads already are JSON in the outbox."""
    parts = [
        f'{{"seq":{first_stream + offset},"op_id":"{op_id}","entity":{json.dumps(entity)},'
        f'"entity_id":{json.dumps(entity_id)},"op":{json.dumps(op)},"base_version":{int(base)},'
        f'"version":{int(version)},"payload":{payload}}}'
        for offset, (_seq, op_id, entity, entity_id, op, base, version, payload) in enumerate(rows)
    ]
    return "[" + ",".join(parts) + "]"


def _read_batch(store: Store, after_local: int) -> tuple[list[tuple], dict[str, int]]:
    session = _write(store) if store.dialect == "postgresql" else store.read_session()
    try:
        if store.dialect == "postgresql":
            # Wait out writers that hold outbox seqs not yet committed: after this lock every
            # seq below the newest visible one is final (committed or never will be).
            session.execute(text("LOCK TABLE outbox_op IN SHARE MODE"))
        else:
            session.begin()
        rows = local.pending_rows(session, after_local, BATCH_OPS)
        counters = local.counters(session)
        session.rollback()
        return rows, counters
    finally:
        session.close()


def push_all(store: Store, link: CentralLink, progress: Progress | None = None) -> PushOutcome:
    out = PushOutcome()
    with store.read_session() as session:
        total = local.pending_count(session)
    restarts = 0
    reconcile(store, link, link.stream_state(), out)
    while True:
        with store.read_session() as session:
            acked_stream, acked_local = local.last_ack(session)
        rows, counters = _read_batch(store, acked_local)
        if not rows:
            return out
        first, last = acked_stream + 1, acked_stream + len(rows)
        failpoints.hit("sync.push.before_send")
        result = link.push(first, last, _ops_json(rows, first), counters)
        failpoints.hit("sync.push.after_central_commit")
        if result["status"] == "refused":  # the batch's shape: retrying the same would not help
            raise BatchRefused(
                "The central store refused batch {first}–{last}: {reason}",
                first=first,
                last=last,
                reason=result.get("reason"),
            )
        if result["status"] != "applied":
            # Someone moved the mark (another sync of this store, or central was restored):
            # reconcile and go on; only refusals that bring no progress count.
            restarts = 0 if int(result["mark"]) > acked_stream else restarts + 1
            if restarts > MAX_RESTARTS:
                raise StreamDiverged(
                    "The central store keeps refusing batches ({status}, mark {mark})",
                    status=result["status"],
                    mark=result["mark"],
                )
            reconcile(store, link, link.stream_state(), out)
            continue
        if int(result["rejected"]) or int(result["conflicts"]):
            _ack(store, link, first - 1, last, rows[-1][0], out)
        else:
            session = _write(store)
            try:
                local.add_ack(session, last, rows[-1][0])
                session.commit()
            finally:
                session.close()
        out.pushed += len(rows)
        out.batches += 1
        if progress:
            progress("push", out.pushed, max(total, out.pushed))
