"""Hostile input to central: wd_sync.push called directly with site A's credentials and batches
that are wrong on purpose — site B's ids and rows, central's tables, wrong JSON types, oversized
payloads, SQL fragments in every text field, replayed ops and batches, out-of-order and broken
runs. Whatever is sent, every batch is refused as a whole and recorded in wd_sync.refused_batch,
or each of its ops is refused and recorded in wd_sync.reject; nothing is applied: every synced
table, the change log, B's streams and A's counters stay exactly as they were."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from psycopg import sql

from tests.support.tls import suite_ca_file
from tests.sync.cases import take_case, take_window
from tests.sync.support import Central, central_store, site_client
from tests.sync.test_protocol import _rename
from windowdesk.services import site as site_service
from windowdesk.services import sync as sync_service
from windowdesk.sync.link import CentralLink, libpq_url
from windowdesk.sync.push import BatchRefused
from windowdesk.sync.tables import synced_tables

SQL_FRAGMENTS = (
    "'; DROP TABLE public.window; --",
    'window"; DELETE FROM wd_sync.stream; --',
    "x' OR '1'='1",
    "1); UPDATE public.app_user SET password_hash = 'x'; --",
    "$$; SELECT pg_sleep(1); $$",
    "%I %L %s",
    "wd_sync.change",
    "../../etc/passwd",
)


@dataclass
class Field:
    central: Central
    a_site: str
    b_site: str
    template: dict  # one of A's window rows as central holds it
    b_rows: list[tuple[str, dict]]  # (table, row) of site B
    b_op_ids: list[str]  # ops central applied for B
    central_rows: list[tuple[str, dict]]  # rows that belong to central


@pytest.fixture(scope="module")
def field(tmp_path_factory) -> Iterator[Field]:
    folder = tmp_path_factory.mktemp("hostile")
    with central_store("SA", "SB") as c:
        b = site_client(c, "SB", f"sqlite:///{folder / 'b.db'}")
        site_service.add_window(b, 1, "B 一号")
        site_service.add_user(b, "bclerk", "clerk", "secret123", "乙")
        take_case(b)
        assert sync_service.run_sync(b).rejected == 0
        a = site_client(c, "SA", f"sqlite:///{folder / 'a.db'}")
        take_window(a)
        assert sync_service.run_sync(a).rejected == 0
        a_site, b_site = str(c.sites["SA"].site_id), str(c.sites["SB"].site_id)
        b_rows, central_rows = [], []
        for spec in synced_tables().values():
            for (row,) in c.query(
                sql.SQL("SELECT to_jsonb(t) FROM public.{} t").format(sql.Identifier(spec.name))
            ):
                owner = row.get("site_id")
                if spec.owner == "central":
                    central_rows.append((spec.name, row))
                elif owner == b_site or (
                    owner is None and spec.via is not None and _via_site(c, spec, row) == b_site
                ):
                    b_rows.append((spec.name, row))
        template = c.query("SELECT to_jsonb(w) FROM public.window w WHERE site_id = %s LIMIT 1", (a_site,))[
            0
        ][0]
        b_op_ids = [
            str(r) for (r,) in c.query("SELECT op_id FROM wd_sync.change WHERE site_id = %s", (b_site,))
        ]
        assert b_rows and central_rows and b_op_ids
        yield Field(c, a_site, b_site, template, b_rows, b_op_ids, central_rows)
        a.store.dispose()
        b.store.dispose()


def _via_site(c: Central, spec, row: dict) -> str | None:
    column, parent = spec.via
    found = c.query(
        sql.SQL("SELECT site_id::text FROM public.{} WHERE id = %s").format(sql.Identifier(parent)),
        (row.get(column),),
    )
    return found[0][0] if found else None


# --- what central must keep unchanged -------------------------------------------------------------


def _state(c: Central, a_site: str) -> dict:
    """Everything a hostile batch must not change, read in one connection."""
    tables = sql.SQL(" UNION ALL ").join(
        sql.SQL(
            "SELECT {name}, count(*), md5(COALESCE(string_agg(to_jsonb(t)::text, '|' ORDER BY t.id::text), ''))"
            " FROM public.{table} t"
        ).format(name=sql.Literal(spec.name), table=sql.Identifier(spec.name))
        for spec in synced_tables().values()
    )
    with psycopg.connect(libpq_url(c.url), autocommit=True) as conn:
        return {
            "tables": conn.execute(tables).fetchall(),
            "change": conn.execute("SELECT count(*), max(id) FROM wd_sync.change").fetchone(),
            "other streams": conn.execute(
                "SELECT site_id, device_no, mark, mark_op_id, counters FROM wd_sync.stream"
                " WHERE site_id <> %s ORDER BY 1, 2",
                (a_site,),
            ).fetchall(),
            "a counters": conn.execute(
                "SELECT device_no, counters FROM wd_sync.stream WHERE site_id = %s ORDER BY 1", (a_site,)
            ).fetchall(),
            "relations": conn.execute(
                "SELECT count(*) FROM pg_class"
                " WHERE relnamespace IN ('public'::regnamespace, 'wd_sync'::regnamespace)"
            ).fetchone(),
            "conflicts": conn.execute("SELECT count(*) FROM wd_sync.conflict").fetchone(),
        }


# --- hostile ops ----------------------------------------------------------------------------------

# NUL cannot be in PostgreSQL text: such JSON is refused before any function runs (tested below).
text_junk = st.one_of(
    st.sampled_from(SQL_FRAGMENTS), st.text(st.characters(blacklist_characters="\x00"), max_size=40)
)
wrong_json = st.one_of(
    st.none(),
    st.booleans(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    text_junk,
)


def _base_op(f: Field, entity_id: str | None = None) -> dict:
    row_id = entity_id or str(uuid.uuid4())
    row = {**f.template, "id": row_id, "number": 900, "name": "A 的新窗口", "version": 1}
    return {
        "seq": 0,
        "op_id": str(uuid.uuid4()),
        "entity": "window",
        "entity_id": row_id,
        "op": "upsert",
        "base_version": 0,
        "version": 1,
        "payload": row,
    }


# Ops central refuses one by one (the batch applies, every op of it rejected) …
OP_POISONS = ["b site", "b row", "b delete", "central row", "sql entity", "sql op", "sql id", "replayed op"]
# … and ops that make central refuse the whole batch.
SHAPE_POISONS = ["wrong type", "unknown field", "oversized", "negative version"]


@st.composite
def hostile_op(draw, f: Field, shape: bool = False) -> dict:
    """An op that must never be applied: one poison on an op that would otherwise be fine
    (``shape``: a poison of the batch's shape instead)."""
    op = _base_op(f)
    poison = draw(st.sampled_from(SHAPE_POISONS if shape else OP_POISONS))
    if poison == "b site":
        op["payload"]["site_id"] = f.b_site
        op["payload"]["name"] = draw(text_junk)
    elif poison in ("b row", "b delete"):
        entity, row = draw(st.sampled_from(f.b_rows))
        row = {
            **row,
            **({"site_id": draw(st.sampled_from([f.a_site, f.b_site, None]))} if "site_id" in row else {}),
        }
        row["version"] = int(row.get("version") or 1) + draw(st.integers(1, 5))
        op.update(
            entity=entity,
            entity_id=row["id"],
            payload=row,
            version=row["version"],
            base_version=draw(st.integers(0, 3)),
        )
        if poison == "b delete":
            op.update(op="delete", payload={"id": row["id"]})
    elif poison == "central row":
        entity, row = draw(st.sampled_from(f.central_rows))
        row = {**row, "version": int(row.get("version") or 1) + 1}
        op.update(
            entity=entity,
            entity_id=row["id"],
            payload=row,
            version=row["version"],
            op=draw(st.sampled_from(["upsert", "insert", "delete"])),
        )
    elif poison == "sql entity":
        op["entity"] = draw(text_junk.filter(lambda t: t not in synced_tables()))
    elif poison == "sql op":
        op["op"] = draw(text_junk.filter(lambda t: t not in ("upsert", "insert", "delete")))
    elif poison == "sql id":
        op["entity_id"] = draw(text_junk)
    elif poison == "replayed op":
        op["op_id"] = draw(st.sampled_from(f.b_op_ids))
        op["payload"]["site_id"] = draw(st.sampled_from([f.b_site, None]))
    elif poison == "wrong type":
        key = draw(
            st.sampled_from(
                ["seq", "op_id", "entity", "entity_id", "op", "base_version", "version", "payload"]
            )
        )
        op[key] = draw(
            wrong_json.filter(
                lambda v, key=key: (
                    not (key == "payload" and (v is None or isinstance(v, dict)))
                    and not (key in ("entity", "entity_id", "op", "op_id") and isinstance(v, str))
                )
            )
        )
        if key in ("entity", "entity_id", "op", "op_id") and op[key] is None:
            op[key] = 12345
    elif poison == "unknown field":
        op[draw(text_junk.filter(lambda t: t not in op))] = draw(text_junk)
    elif poison == "oversized":
        op["payload"]["name"] = "长" * 400_000  # 1.2 MB in UTF-8
    elif poison == "negative version":
        op[draw(st.sampled_from(["version", "base_version", "seq"]))] = -draw(st.integers(1, 10**6))
    return op


@st.composite
def hostile_batch(draw, f: Field) -> tuple[str, list[dict], object]:
    """Mostly batches that follow the mark with per-op poisons, else a poisoned shape, order or
    counters; each batch is hostile through and through (no op in it may be applied)."""
    kind = draw(st.sampled_from(["ops", "ops", "shape", "shape", "order", "counters"]))
    if kind == "shape":  # one op with a poisoned shape among op-poisoned ones
        ops = draw(st.lists(hostile_op(f), max_size=3))
        ops.insert(draw(st.integers(0, len(ops))), draw(hostile_op(f, shape=True).filter(_has_shape_poison)))
    else:
        ops = draw(st.lists(hostile_op(f), min_size=1, max_size=4))
    order = "follows"
    if kind == "order":
        order = draw(st.sampled_from(["replayed", "gap", "broken run", "range mismatch"]))
    counters: object = {}
    if kind == "counters":
        counters = draw(
            st.sampled_from([{"case": "9; DROP"}, {"case": -1}, {"case": 1.5}, [1, 2], "counters"])
        )
    return order, ops, counters


def _has_shape_poison(op: dict) -> bool:
    fine = {
        "seq": lambda v: type(v) is int,
        "op_id": lambda v: isinstance(v, str),
        "entity": lambda v: isinstance(v, str) and len(v) <= 63,
        "entity_id": lambda v: isinstance(v, str) and len(v) <= 64,
        "op": lambda v: isinstance(v, str) and len(v) <= 16,
        "base_version": lambda v: type(v) is int and v >= 0,
        "version": lambda v: type(v) is int and v >= 0,
        "payload": lambda v: v is None or (isinstance(v, dict) and len(json.dumps(v)) < 1_000_000),
    }
    return set(op) != set(fine) or not all(check(op[key]) for key, check in fine.items())


def _number(ops: list[dict], first: int, order: str) -> tuple[int, int]:
    for n, op in enumerate(ops):
        if type(op.get("seq")) is int and op["seq"] >= 0:  # leave wrong-typed seqs as they are
            op["seq"] = first + n
    last = first + len(ops) - 1
    if order == "broken run" and len(ops) > 1:
        ops[-1]["seq"] = first  # a seq twice
    elif order == "broken run":
        ops[0]["seq"] = first + 1
    if order == "range mismatch":
        last += 1
    return first, last


def _push_raw(link: CentralLink, first, last, ops, counters) -> dict:
    return link.conn.execute(
        "SELECT wd_sync.push(%s, %s, %s, %s::jsonb, %s::jsonb)",
        (link.device_no, first, last, json.dumps(ops), json.dumps(counters)),
    ).fetchone()[0]


def _holds_text_jsonb_refuses(value: object) -> bool:
    """NUL or a lone surrogate anywhere in the value: text PostgreSQL's jsonb does not take."""
    text = json.dumps(value, ensure_ascii=False)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return "\\u0000" in text


def _check_one(f: Field, order: str, ops: list[dict], counters: object) -> None:
    c, site = f.central, f.central.sites["SA"]
    before = _state(c, f.a_site)
    refused_before = c.query("SELECT count(*) FROM wd_sync.refused_batch")[0][0]
    with CentralLink(site.client_url, site.password, 1, ca_file=suite_ca_file()) as link:
        mark = link.stream_state()["mark"]
        first = {
            "follows": mark + 1,
            "gap": mark + 2 + len(ops),
            "replayed": max(1, mark - len(ops) + 1),
        }.get(order, mark + 1)
        if order == "replayed" and mark == 0:
            order, first = "gap", 2
        first, last = _number(ops, first, order)
        try:
            result = _push_raw(link, first, last, ops, counters)
        except psycopg.DataError:
            # Text jsonb cannot hold (a lone surrogate, NUL) never reaches the function: the call
            # itself fails, so there is nothing to record, and nothing changed (as for wrong SQL
            # types below). A site's own store cannot hold such text, so its pushes never do this.
            assert _holds_text_jsonb_refuses(ops) or _holds_text_jsonb_refuses(counters), ops
            assert _state(c, f.a_site) == before
            assert c.query("SELECT count(*) FROM wd_sync.refused_batch")[0][0] == refused_before
            return
    after = _state(c, f.a_site)
    assert after == before, (order, result)
    if result["status"] == "applied":
        # Only a batch whose shape is sound gets here: then every op is refused, one by one.
        assert (result["rejected"], result["conflicts"]) == (len(ops), 0), result
        op_ids = sorted({op["op_id"] for op in ops})
        recorded = c.query(
            "SELECT count(DISTINCT op_id) FROM wd_sync.reject WHERE op_id = ANY(%s::uuid[])", (op_ids,)
        )[0][0]
        assert recorded == len(op_ids)
        assert order == "follows"
    else:
        assert result["status"] in ("refused", "duplicate", "gap"), result
        rows = c.query(
            "SELECT status, first_seq, last_seq FROM wd_sync.refused_batch ORDER BY id DESC LIMIT 1"
        )
        assert c.query("SELECT count(*) FROM wd_sync.refused_batch")[0][0] == refused_before + 1
        assert rows == [(result["status"], first, last)]


@given(data=st.data())
@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
def test_hostile_batches_are_refused_recorded_and_never_applied(field, data):
    _check_one(field, *data.draw(hostile_batch(field)))


@pytest.mark.slow
@given(data=st.data())
@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
def test_hostile_batches_long_run(field, data):
    _check_one(field, *data.draw(hostile_batch(field)))


def test_a_batch_with_too_many_ops_is_refused_and_recorded(field):
    c, site = field.central, field.central.sites["SA"]
    before = _state(c, field.a_site)
    with CentralLink(site.client_url, site.password, 1, ca_file=suite_ca_file()) as link:
        mark = link.stream_state()["mark"]
        ops = [_base_op(field) | {"seq": mark + 1 + n} for n in range(10_001)]
        result = _push_raw(link, mark + 1, mark + 10_001, ops, {})
    assert result["status"] == "refused" and "too many ops" in result["reason"]
    assert _state(c, field.a_site) == before
    assert c.query(
        "SELECT status, ops, bytes > 1000000 FROM wd_sync.refused_batch ORDER BY id DESC LIMIT 1"
    ) == [("refused", 10_001, True)]


def test_wrong_sql_types_never_reach_the_function_and_change_nothing(field):
    c, site = field.central, field.central.sites["SA"]
    before = _state(c, field.a_site)
    with psycopg.connect(
        libpq_url(site.client_url),
        password=site.password,
        autocommit=True,
        sslmode="verify-full",
        sslrootcert=suite_ca_file(),
    ) as conn:
        for call in (
            "SELECT wd_sync.push('1; DROP TABLE public.window', 1, 1, '[]', '{}')",
            "SELECT wd_sync.push(1, 1, 1, 'not json', '{}')",
            'SELECT wd_sync.push(1, 1, 1, \'[{"seq": 1, "entity": "\\u0000"}]\', \'{}\')',
            'SELECT wd_sync.push(1, 1, 1, \'[{"seq": 1, "entity": "\\ud800"}]\', \'{}\')',  # a lone surrogate
            "SELECT wd_sync.apply_batch(1, 1, 1, '[]', '{}')",  # the inner function is no site's
            "SELECT wd_sync.batch_problem(1, 1, 1, '[]', '{}')",
        ):
            with pytest.raises(psycopg.Error):
                conn.execute(call)
        null_device = conn.execute("SELECT wd_sync.push(NULL, 1, 1, '[]', '{}')").fetchone()[0]
    assert null_device["status"] == "refused" and "device" in null_device["reason"]
    assert _state(c, field.a_site) == before


def test_a_client_whose_batch_central_refuses_is_told_why_and_keeps_its_ops(tmp_path):
    with central_store("TS01") as c:
        ctx = site_client(c, "TS01", f"sqlite:///{tmp_path / 's.db'}")
        window = site_service.add_window(ctx, 1, "一号")
        assert sync_service.run_sync(ctx).pushed > 0
        _rename(ctx, window.id, "长" * 400_000)  # 1.2 MB: more than central takes for one row
        pending = sync_service.sync_status(ctx).pending
        with pytest.raises(BatchRefused) as refused:
            sync_service.run_sync(ctx)
        assert "中心库拒绝了批次" in refused.value.zh and "payload is too large" in refused.value.zh
        assert "The central store refused batch" in refused.value.en
        status = sync_service.sync_status(ctx)
        assert status.pending == pending and "payload is too large" in status.last_error
        assert c.query("SELECT status, ops FROM wd_sync.refused_batch") == [("refused", pending)]
        assert c.query("SELECT name FROM public.window") == [("一号",)]
        ctx.store.dispose()
