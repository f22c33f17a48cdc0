"""Central checks the audit chain of every pushed batch as it arrives (central schema 3) and
records each break, in agreement with ``windowdesk audit verify --central``.

The check hashes entries in PL/pgSQL; the hash must be the one the site's Python wrote, so the
canonical JSON is compared with Python's over generated values first."""

from __future__ import annotations

import json
import sqlite3
import uuid

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sync.support import central_store, site_client
from windowdesk.domain import audit_chain
from windowdesk.services import audit
from windowdesk.services import site as site_service
from windowdesk.services import sync as sync_service
from windowdesk.sync.link import libpq_url

_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=12
)
_FLOATS = st.floats(allow_nan=False, allow_infinity=False)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(10**30), max_value=10**30) | _FLOATS | _TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4),
    max_leaves=12,
)


def _python_canonical(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _floats_in(value: object) -> list[float]:
    if isinstance(value, float):
        return [value]
    if isinstance(value, list):
        return [f for v in value for f in _floats_in(v)]
    if isinstance(value, dict):
        return [f for v in value.values() for f in _floats_in(v)]
    return []


@pytest.fixture(scope="module")
def central():
    with central_store("TS01") as c:
        yield c


@pytest.fixture(scope="module")
def owner(central):
    with psycopg.connect(libpq_url(central.url), autocommit=True) as conn:
        yield conn


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=_JSON)
def test_canonical_json_is_pythons(owner, value):
    sent = json.dumps(value, ensure_ascii=False)
    stored, canonical = owner.execute(
        "SELECT %s::jsonb::text, wd_sync.canonical_json(%s::jsonb)", (sent, sent)
    ).fetchone()
    # What audit verify --central computes from the stored value: always the same.
    assert canonical == _python_canonical(json.loads(stored))
    # What the site hashed: the same unless a float is whole and at least 1e16 (or -0.0), which
    # jsonb keeps as an integer (0): both checks on central then report the entry as altered.
    if all(abs(f) < 1e16 and not (f == 0 and str(f).startswith("-")) for f in _floats_in(value)):
        assert canonical == _python_canonical(value)


@pytest.mark.parametrize(
    "number",
    [
        1.5,
        100000.0,
        1e-07,
        0.0001,
        0.1,
        123456789012345.6,
        1e15,
        1234567890123456.7,
        -2.5e15,
        10**20,
    ],
)
def test_numbers_are_written_as_python_writes_them(owner, number):
    canonical = owner.execute("SELECT wd_sync.canonical_json(%s::jsonb)", (json.dumps(number),)).fetchone()[0]
    assert canonical == _python_canonical(number)


@pytest.mark.parametrize("number", ["1.50", "1e-400", "-1e-400", "2.5E-5"])
def test_numbers_are_written_as_python_reads_them_back(owner, number):
    canonical = owner.execute("SELECT wd_sync.canonical_json(%s::jsonb)", (number,)).fetchone()[0]
    assert canonical == _python_canonical(json.loads(number))


def _audit_ops(db_file) -> list[tuple[int, dict]]:
    with sqlite3.connect(db_file) as conn:
        rows = conn.execute(
            "SELECT seq, payload FROM outbox_op WHERE entity = 'audit_entry' ORDER BY seq"
        ).fetchall()
    return [(seq, json.loads(payload)) for seq, payload in rows]


def _rewrite_op(db_file, seq: int, payload: dict) -> None:
    with sqlite3.connect(db_file) as conn:
        conn.execute("UPDATE outbox_op SET payload = ? WHERE seq = ?", (json.dumps(payload), seq))


def _recorded(central) -> set[tuple[int, str, str]]:
    return set(central.query("SELECT chain_seq, problem, entry_id FROM public.audit_chain_break"))


def _unhashed_entries(central) -> int:
    return central.query(
        "SELECT count(*) FROM public.audit_entry a WHERE a.chain_id IS NOT NULL"
        " AND wd_sync.audit_entry_hash(a) IS DISTINCT FROM a.entry_hash"
    )[0][0]


def test_honest_pushes_record_nothing_and_hash_alike(tmp_path):
    with central_store("TS01") as c:
        ctx = site_client(c, "TS01", f"sqlite:///{tmp_path / 'a.db'}")
        for number in range(20, 26):
            site_service.add_window(ctx, number, name=f'综合受理"{number}"\\窗\t')
        sync_service.run_sync(ctx)
        assert c.query("SELECT count(*) FROM public.audit_entry WHERE chain_id IS NOT NULL")[0][0] >= 7
        assert _unhashed_entries(c) == 0  # PL/pgSQL's hash is the site's, entry for entry
        assert _recorded(c) == set()
        assert audit.verify_central(c.url).intact


def test_tampered_batches_are_recorded_as_they_arrive(tmp_path):
    db_file = tmp_path / "a.db"
    with central_store("TS01") as c:
        ctx = site_client(c, "TS01", f"sqlite:///{db_file}")
        for number in range(20, 26):
            site_service.add_window(ctx, number)
        ops = _audit_ops(db_file)
        chained = [(seq, p) for seq, p in ops if p.get("chain_id")]
        (_, second), (third_seq, third) = chained[1], chained[2]
        altered_seq, altered = next(
            (seq, p) for seq, p in chained[3:] if p["chain_seq"] > third["chain_seq"] + 1
        )
        # the third entry is given another predecessor, its own hash made to match: a link break
        # here and at the entry after it (whose prev_hash is the original's)
        third["prev_hash"] = "1" * 64
        third["entry_hash"] = audit_chain.entry_hash(third["prev_hash"], third)
        _rewrite_op(db_file, third_seq, third)
        altered["user_login"] = "forged"  # content changed, hash left: altered
        _rewrite_op(db_file, altered_seq, altered)

        summary = sync_service.run_sync(ctx)
        assert summary.rejected == 0  # the entries are kept on central as evidence
        found = {(seq, problem) for seq, problem, _ in _recorded(c)}
        assert found == {
            (third["chain_seq"], "link"),
            (third["chain_seq"] + 1, "link"),
            (altered["chain_seq"], "altered"),
        }
        # audit verify --central finds exactly these (and records none twice)
        report = audit.verify_central(c.url)
        assert {(b.seq, b.problem) for b in report.breaks} == found
        assert len(_recorded(c)) == 3

        # a forged entry claiming an existing place, sent in a later batch: a duplicate
        forged = dict(second, id=str(uuid.uuid4()), action="forged.entry")
        forged["entry_hash"] = audit_chain.entry_hash(forged["prev_hash"], forged)
        with sqlite3.connect(db_file) as conn:
            conn.execute(
                "INSERT INTO outbox_op (op_id, device_no, entity, entity_id, op, base_version, version, payload,"
                " created_at) VALUES (?, 1, 'audit_entry', ?, 'insert', 0, 1, ?, '2026-12-03 08:00:00')",
                (uuid.uuid4().hex, forged["id"], json.dumps(forged)),
            )
        sync_service.run_sync(ctx)
        assert (second["chain_seq"], "duplicate", forged["id"]) in _recorded(c)


def test_an_entry_after_that_arrives_first_is_checked_when_its_predecessor_comes(owner, central):
    site = central.query("SELECT id FROM public.site WHERE code = 'TS01'")[0][0]
    chain = uuid.uuid4()
    first = _entry(chain, 1, audit_chain.GENESIS, site)
    second = _entry(chain, 2, first["entry_hash"], site)
    stray = _entry(chain, 2, "2" * 64, site)  # claims place 2 but follows another entry 1

    _insert(owner, second)
    assert _check(owner, site, second) == 0  # nothing before it yet: nothing to compare
    _insert(owner, first)
    assert _check(owner, site, first) == 0  # the pair links
    _insert(owner, stray)
    assert _check(owner, site, stray) == 2  # a second entry 2, not linked to entry 1
    assert set(
        owner.execute(
            "SELECT chain_seq, problem, entry_id FROM public.audit_chain_break WHERE chain_id = %s", (chain,)
        ).fetchall()
    ) == {(2, "duplicate", stray["id"]), (2, "link", stray["id"])}


def _entry(chain: uuid.UUID, seq: int, prev: str, site) -> dict:
    entry = {
        "id": str(uuid.uuid4()),
        "at": "2026-12-03T08:00:00.123456+00:00",
        "site_id": str(site),
        "device_no": 7,
        "window_no": 3,
        "user_id": None,
        "user_login": '周"敏"',
        "action": "case.receive",
        "entity": "case",
        "entity_id": "TS0120260001",
        "detail": {"材料": ["身份证", 2, 1.5, None, True], "\t": {}},
        "chain_id": str(chain),
        "chain_seq": seq,
        "prev_hash": prev,
    }
    entry["entry_hash"] = audit_chain.entry_hash(prev, entry)
    return entry


def _insert(conn, entry: dict) -> None:
    conn.execute(
        "INSERT INTO public.audit_entry (id, version, at, site_id, device_no, window_no, user_id, user_login, action,"
        " entity, entity_id, detail, chain_id, chain_seq, prev_hash, entry_hash) VALUES (%(id)s, 1, %(at)s,"
        " %(site_id)s, %(device_no)s, %(window_no)s, %(user_id)s, %(user_login)s, %(action)s, %(entity)s,"
        " %(entity_id)s, %(detail)s, %(chain_id)s, %(chain_seq)s, %(prev_hash)s, %(entry_hash)s)",
        {**entry, "detail": json.dumps(entry["detail"], ensure_ascii=False)},
    )


def _check(conn, site, entry: dict) -> int:
    return conn.execute(
        "SELECT wd_sync.check_pushed_audit(%s, 7, 1, 1, ARRAY[%s::uuid])", (site, entry["id"])
    ).fetchone()[0]


def test_an_entry_too_deep_to_walk_is_recorded_unchecked(tmp_path):
    db_file = tmp_path / "a.db"
    with central_store("TS01") as c:
        ctx = site_client(c, "TS01", f"sqlite:///{db_file}")
        site_service.add_window(ctx, 20)
        seq, entry = [(s, p) for s, p in _audit_ops(db_file) if p.get("chain_id")][-1]
        deep: object = "底"
        for _ in range(
            750
        ):  # within what Python's json reads (1000), past what the test cluster's stack walks
            deep = [deep]
        entry["detail"] = {"nested": deep}
        _rewrite_op(db_file, seq, entry)
        summary = sync_service.run_sync(ctx)
        assert summary.rejected == 0
        assert {(s, p) for s, p, _ in _recorded(c)} == {(entry["chain_seq"], "unchecked")}
