"""PostgreSQL itself keeps sites apart: with site A's credentials, site B's personal data can be
neither read nor written, whatever A's client sends."""

from __future__ import annotations

import json
import uuid

import psycopg
import pytest

from tests.support.tls import suite_ca_file
from tests.sync.support import central_store, site_client
from windowdesk.services import site as site_service
from windowdesk.services import sync as sync_service
from windowdesk.sync.link import CentralLink, libpq_url


def _as_role(site) -> psycopg.Connection:
    return psycopg.connect(libpq_url(site.client_url), password=site.password, autocommit=True)


def _op(seq, entity, row, op="upsert", base=0):
    return {
        "seq": seq,
        "op_id": str(uuid.uuid4()),
        "entity": entity,
        "entity_id": row["id"],
        "op": op,
        "base_version": base,
        "version": row.get("version", 1),
        "payload": row,
    }


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT * FROM public.app_user",
        "SELECT * FROM public.window",
        "SELECT * FROM wd_sync.change",
        "SELECT * FROM wd_sync.stream",
        "INSERT INTO public.window (id, site_id, number, name, active, version) "
        "VALUES (gen_random_uuid(), gen_random_uuid(), 1, 'x', true, 1)",
        "UPDATE public.app_user SET password_hash = 'x'",
        "DELETE FROM public.window",
        "CREATE TEMP TABLE wd_ops (x int)",
        "CREATE TABLE public.mine (x int)",
    ],
)
def test_a_site_role_has_no_direct_access(statement):
    with (
        central_store("SA") as c,
        _as_role(c.sites["SA"]) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute(statement)


def test_site_a_cannot_write_or_read_site_b_rows(tmp_path):
    with central_store("SA", "SB") as c:
        b = site_client(c, "SB", f"sqlite:///{tmp_path / 'b.db'}")
        b_window = site_service.add_window(b, 1, "B 一号")
        b_user = site_service.add_user(b, "bclerk", "clerk", "secret123", "乙")
        sync_service.run_sync(b)
        a = site_client(c, "SA", f"sqlite:///{tmp_path / 'a.db'}")
        sync_service.run_sync(a)
        site_a, site_b = c.sites["SA"].site_id, c.sites["SB"].site_id
        window_row = c.query("SELECT to_jsonb(w) FROM public.window w WHERE id = %s", (b_window.id,))[0][0]

        hijack = {**window_row, "site_id": str(site_a), "name": "A 改的", "version": 9}
        foreign = {**window_row, "id": str(uuid.uuid4()), "number": 99, "name": "冒充 B"}
        with CentralLink(
            c.sites["SA"].client_url, c.sites["SA"].password, 1, ca_file=suite_ca_file()
        ) as link:
            mark = link.stream_state()["mark"]
            ops = [
                _op(mark + 1, "window", hijack, base=1),  # overwrite B's row, claiming it is A's
                _op(mark + 2, "window", foreign),  # a new row labelled as B's
                _op(mark + 3, "window", {"id": str(b_window.id)}, op="delete", base=1),
                _op(mark + 4, "app_user", {"id": str(b_user.id), "site_id": None, "login": "x"}, base=1),
            ]
            result = link.push(mark + 1, mark + 4, json.dumps(ops), {})
            assert result["status"] == "applied" and result["rejected"] == 4
            pulled = link.pull(("0", 0), 10_000)
        assert c.query("SELECT name, site_id, version FROM public.window WHERE id = %s", (b_window.id,)) == [
            ("B 一号", site_b, 1)
        ]
        assert c.query("SELECT count(*) FROM public.window WHERE number = 99")[0][0] == 0
        assert c.query("SELECT login FROM public.app_user WHERE id = %s", (b_user.id,)) == [("bclerk",)]
        reasons = [r for (r,) in c.query("SELECT reason FROM wd_sync.reject ORDER BY seq")]
        assert len(reasons) == 4 and all("site" in r or "central" in r for r in reasons), reasons
        # what A can read: nothing of B's
        seen = [row for row in pulled["rows"] if row[4] and row[4].get("site_id") == str(site_b)]
        assert seen == []
        assert str(b_user.id) not in json.dumps(pulled)
        # and A's own client never received B's users or windows
        assert [w.number for w in site_service.list_windows(a)] == []
        assert "bclerk" not in [u.login for u in site_service.list_users(a)]
