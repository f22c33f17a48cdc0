"""The link to central is TLS with the server verified (verify-full) against the CA given at
``sync setup --ca``: a client with the right CA syncs; without it, with another CA, or facing a
server with another certificate, a name that does not match, or no TLS at all, it refuses with a
clear message and sends nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from tests.conftest import make_site_ctx
from tests.support.tls import make_ca, make_server_cert, suite_ca_file, suite_tls_dir
from tests.sync.cases import take_window
from tests.sync.support import central_store, site_client
from tests.sync.test_cli_sync import run
from tests.sync.throwaway_cluster import throwaway_cluster
from windowdesk.paths import data_dir
from windowdesk.services import sync as sync_service
from windowdesk.services.context import open_context
from windowdesk.sync import local, tls
from windowdesk.sync.link import CentralLink, CentralUntrusted
from windowdesk.sync.tls import CaMissing


def test_the_right_ca_syncs_over_verified_tls_whatever_the_url_says(tmp_path):
    with central_store("TS01") as c:
        ctx = site_client(c, "TS01", f"sqlite:///{tmp_path / 's.db'}")
        take_window(ctx)
        assert sync_service.run_sync(ctx).pushed > 0
        with ctx.reading() as session:
            pem = local.get(session, local.CA)
        assert pem == Path(suite_ca_file()).read_text()
        kept = data_dir() / "central-ca"
        assert [p.read_text() for p in kept.glob("*.pem")].count(pem) == 1

        site = c.sites["TS01"]
        plain = make_url(site.client_url).update_query_dict({"sslmode": "disable"}).render_as_string()
        with CentralLink(plain, site.password, 1, ca_file=suite_ca_file()) as link:
            options = {o.keyword: o.val for o in link.conn.pgconn.info}
            assert options[b"sslmode"] == b"verify-full" and link.conn.pgconn.ssl_in_use
            seen_by_server = link.conn.execute(
                "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"
            )
            assert seen_by_server.fetchone()[0] is True
            assert link.stream_state()["site"]["code"] == "TS01"

        # Another PC sharing this store has no copy of the CA yet: it is written from the store.
        for file in kept.glob("*.pem"):
            file.unlink()
        take_window(ctx)
        assert sync_service.run_sync(ctx).pushed > 0
        assert [p.read_text() for p in kept.glob("*.pem")] == [pem]
        ctx.store.dispose()


def test_setup_without_a_ca_or_with_a_file_that_is_none_is_refused_before_the_password(tmp_path):
    with central_store("TS01") as c:
        site = c.sites["TS01"]
        db = f"sqlite:///{tmp_path / 's.db'}"
        args = ("--db", db, "sync", "setup", "--central", site.client_url, "--site", "TS01")
        missing = run(*args, stdin="")
        assert missing.returncode == 1
        assert (
            "与中心库的同步须使用 TLS：请用 windowdesk sync setup --ca 文件 指定中心库的 CA 证书"
            in missing.stderr
        )
        junk = tmp_path / "junk.pem"
        junk.write_text("not a certificate")
        bad = run(*args, "--ca", str(junk), stdin="")
        assert bad.returncode == 1 and f"{junk} 不是 PEM 格式的 CA 证书" in bad.stderr
        gone = run(*args, "--ca", str(tmp_path / "nowhere.pem"), stdin="")
        assert gone.returncode == 1 and "找不到 CA 证书文件" in gone.stderr
        english = run(*args, stdin="", env={"WINDOWDESK_LANG": "en"})
        assert english.returncode == 1
        assert "Sync with central requires TLS: give central's CA certificate with" in english.stderr
        store = open_context(db)
        assert not sync_service.sync_status(store).configured
        store.store.dispose()


def test_a_client_with_another_ca_refuses_and_stores_nothing(tmp_path):
    other_ca, _ = make_ca(tmp_path / "other-ca")
    with central_store("TS01") as c:
        site = c.sites["TS01"]
        ctx = make_site_ctx(f"sqlite:///{tmp_path / 's.db'}")
        with pytest.raises(CentralUntrusted) as refused:
            sync_service.setup_sync(ctx, site.client_url, "TS01", site.password, str(other_ca))
        assert "无法用设置时给出的 CA 证书验证中心库服务器的证书" in refused.value.zh
        assert "cannot be verified with the CA given at setup" in refused.value.en
        assert not sync_service.sync_status(ctx).configured
        with pytest.raises(CaMissing):
            sync_service.setup_sync(ctx, site.client_url, "TS01", site.password)
        ctx.store.dispose()


def _point_at(ctx, port: int) -> None:
    session = ctx.store.write_session()
    session.begin()
    url = make_url(local.get(session, local.CENTRAL)).set(port=port).render_as_string()
    local.put(session, local.CENTRAL, url)
    session.commit()
    session.close()


def test_a_server_with_another_certificate_or_name_or_no_tls_is_refused_and_nothing_is_sent(tmp_path):
    impostor = make_server_cert(tmp_path / "impostor", make_ca(tmp_path / "impostor-ca")[0].parent)
    misnamed = make_server_cert(tmp_path / "misnamed", suite_tls_dir(), names=("central.example",))
    with central_store("TS01") as c, throwaway_cluster(tls=impostor) as other:
        password = c.sites["TS01"].password
        ctx = site_client(c, "TS01", f"sqlite:///{tmp_path / 's.db'}")
        take_window(ctx)
        _point_at(ctx, other.port)  # the address now leads to another server
        pending = sync_service.sync_status(ctx).pending
        assert pending > 0

        expected = {
            "another CA": "无法用设置时给出的 CA 证书验证中心库服务器的证书",
            "another name": "中心库服务器证书上的名称与地址不符",
            "no TLS": "中心库服务器未启用 TLS（SSL）：为保护数据，不以明文连接",
        }
        for case, folder in (("another CA", impostor), ("another name", misnamed), ("no TLS", None)):
            if case != "another CA":
                other.stop()
                other.serve_tls(folder)
                other.start()
            with pytest.raises(CentralUntrusted) as refused:
                sync_service.run_sync(ctx, password)
            assert expected[case] in refused.value.zh, (case, refused.value.zh)
            status = sync_service.sync_status(ctx)
            assert (status.pending, status.online) == (pending, False), case
            assert expected[case] in status.last_error

        # Back at the real central, the same client syncs what waited.
        _point_at(ctx, make_url(c.url).port)
        assert sync_service.run_sync(ctx, password).pushed == pending
        ctx.store.dispose()


def test_a_client_set_up_before_tls_is_told_to_give_the_ca(tmp_path):
    with central_store("TS01") as c:
        ctx = site_client(c, "TS01", f"sqlite:///{tmp_path / 's.db'}")
        session = ctx.store.write_session()
        session.begin()
        local.put(session, local.CA, None)
        session.commit()
        session.close()
        with pytest.raises(CaMissing, match="sync setup --ca"):
            sync_service.run_sync(ctx)
        assert "--ca" in sync_service.sync_status(ctx).last_error
        ctx.store.dispose()


def test_ca_file_reading_refuses_what_is_not_a_certificate(tmp_path):
    key = tmp_path / "ca.key"
    make_ca(tmp_path / "ca")
    key.write_text((tmp_path / "ca" / "ca.key").read_text())
    for file in (key, tmp_path / "ca"):
        with pytest.raises(tls.UserError):
            tls.read_ca(file)
    assert "BEGIN CERTIFICATE" in tls.read_ca(tmp_path / "ca" / "ca.crt")
