"""The sync indicator and the supervisors' rejects and conflicts view."""

from __future__ import annotations

import datetime as dt

import psycopg

from tests.sync.cases import take_window
from tests.sync.support import central_store, site_client
from tests.sync.test_protocol import _rename
from tests.sync.throwaway_cluster import throwaway_cluster
from tests.ui.conftest import make_app_context
from windowdesk.domain import roles
from windowdesk.services import calendar as calendar_service
from windowdesk.services import site as site_service
from windowdesk.services import sync as sync_service
from windowdesk.sync import credentials
from windowdesk.sync.link import libpq_url
from windowdesk.ui.main_window import MainWindow
from windowdesk.ui.sync_issues import SyncIssuesDialog


def test_an_unset_store_says_so(qtbot, app_context):
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    assert window.sync_label.text() == "同步：未设置"
    window.sync_label.sync_now()
    assert "windowdesk sync setup" in app_context.dialogs.shown[-1][1]


def test_indicator_goes_from_offline_with_pending_to_online_with_none(qtbot, tmp_path, local_settings):
    with throwaway_cluster() as cluster:
        with psycopg.connect(libpq_url(cluster.admin_url), autocommit=True) as conn:
            conn.execute("CREATE DATABASE central")
        with central_store("XZ07", url=cluster.url("central")) as c:
            ctx = site_client(c, "XZ07", f"sqlite:///{tmp_path / 'township.db'}")
            app = make_app_context(ctx, local_settings, roles.CLERK)
            window = MainWindow(app)
            qtbot.addWidget(window)
            indicator = window.sync_label
            assert indicator.text().startswith("同步：尚未运行")
            cluster.stop()
            for _ in range(20):
                take_window(ctx)
            indicator.sync_now()  # central is down: no dialog for a lost line, the bar says it
            pending = sync_service.sync_status(ctx).pending
            assert pending > 20
            assert indicator.text() == f"同步：离线 · 待同步 {pending} 条"
            assert indicator.property("syncState") == "offline"
            assert "最近错误" in indicator.toolTip() and app.dialogs.shown == []
            cluster.start()
            indicator.sync_now()
            assert indicator.text().startswith("同步：在线 · 待同步 0 条")
            assert indicator.property("syncState") == "online"
            window.grab().save(str(tmp_path / "indicator.png"))
            ctx.store.dispose()


def test_password_is_asked_once_without_a_keyring(qtbot, tmp_path, local_settings, monkeypatch):
    with central_store("TS01") as c:
        ctx = site_client(c, "TS01", f"sqlite:///{tmp_path / 's.db'}")
        monkeypatch.setattr(credentials, "load_password", lambda *_: None)
        app = make_app_context(ctx, local_settings, roles.CLERK)
        app.dialogs.text_answers.append(c.sites["TS01"].password)
        window = MainWindow(app)
        qtbot.addWidget(window)
        window.sync_label.sync_now()
        window.sync_label.sync_now()
        assert [kind for kind, _ in app.dialogs.shown] == ["ask_password"]
        assert window.sync_label.property("syncState") == "online"
        ctx.store.dispose()


def test_supervisor_sees_rejects_and_settles_a_conflict(qtbot, tmp_path, local_settings):
    with central_store("TS01") as c:
        one = site_client(c, "TS01", f"sqlite:///{tmp_path / 'one.db'}", device_no=1)
        two = site_client(c, "TS01", f"sqlite:///{tmp_path / 'two.db'}", device_no=2)
        window_row = site_service.add_window(one, 8, "八号")
        sync_service.run_sync(one)
        sync_service.run_sync(two)
        _rename(one, window_row.id, "八号（综合）")
        _rename(two, window_row.id, "八号（社保）")
        calendar_service.set_day(two, dt.date(2031, 5, 6), True, "本站改的")
        sync_service.run_sync(one)
        sync_service.run_sync(two)

        app = make_app_context(two, local_settings, roles.SUPERVISOR)
        main = MainWindow(app)
        qtbot.addWidget(main)
        assert main.findChild(type(main.menuBar().actions()[0]), "syncIssuesAction") is not None
        dialog = main.open_sync_issues()
        qtbot.addWidget(dialog)
        assert isinstance(dialog, SyncIssuesDialog)
        assert dialog.ui.rejectsTable.rowCount() == 1
        assert dialog.ui.rejectsTable.item(0, 1).text() == "calendar_day"
        assert dialog.ui.conflictsTable.rowCount() == 1
        assert dialog.ui.conflictSitePayload.toPlainText().startswith("≠ name: 八号（社保）")
        assert dialog.ui.conflictCentralPayload.toPlainText().startswith("≠ name: 八号（综合）")
        dialog.resize(1100, 650)
        dialog.ui.issuesTabs.setCurrentIndex(1)
        dialog.grab().save(str(tmp_path / "issues.png"))
        dialog.ui.keepSiteButton.click()
        assert dialog.ui.conflictsTable.rowCount() == 0
        sync_service.run_sync(two)
        assert c.query("SELECT name FROM public.window")[0][0] == "八号（社保）"
        one.store.dispose()
        two.store.dispose()


def test_clerks_get_no_issues_view(qtbot, app_context):
    window = MainWindow(app_context)
    qtbot.addWidget(window)
    names = [a.objectName() for m in window.menuBar().actions() for a in m.menu().actions()]
    assert "syncNowAction" in names and "syncIssuesAction" not in names


def test_pending_count_follows_changes_made_elsewhere(qtbot, tmp_path, local_settings):
    with central_store("TS01") as c:
        ctx = site_client(c, "TS01", f"sqlite:///{tmp_path / 's.db'}")
        app = make_app_context(ctx, local_settings, roles.CLERK)
        window = MainWindow(app)
        qtbot.addWidget(window)
        window.sync_label.sync_now()
        assert window.sync_label.text().startswith("同步：在线 · 待同步 0 条")
        take_window(ctx)
        app.hub.changed.emit("cases")
        assert window.sync_label.text().startswith("同步：在线 · 待同步 2 条")
        ctx.store.dispose()
