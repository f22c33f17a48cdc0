"""The GUI on a store whose disk fills up while it runs: the kiosk and the counter show one clear
message, stay usable, lose nothing committed, and work again once there is space."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.services.queue_support import setup_hall
from tests.support.small_fs import small_filesystem
from tests.ui.conftest import make_app_context
from tests.ui.test_queue_faces import PdfPrinters
from windowdesk.services import queue
from windowdesk.services import site as site_service
from windowdesk.services.context import open_context
from windowdesk.store.uow import Actor
from windowdesk.ui.main_window import MainWindow
from windowdesk.ui.queue.kiosk import KioskFace


def test_kiosk_and_counter_on_a_disk_that_fills_up(qtbot, local_settings, tmp_path):
    with small_filesystem(tmp_path / "disk", size_kb=6144) as disk:
        ctx = open_context(f"sqlite:///{disk.root / 'site.sqlite3'}")
        site = site_service.init_site(ctx, "TS01", "测试市政务服务中心")
        ctx = ctx.as_actor(Actor(login="tester", role="admin", site_id=site.id, device_no=1))
        setup_hall(ctx)
        app = make_app_context(ctx, local_settings)
        kiosk = KioskFace(app, watch=False, printer_factory=PdfPrinters(tmp_path))
        qtbot.addWidget(kiosk)
        qtbot.mouseClick(kiosk.category_buttons["A"], Qt.MouseButton.LeftButton)
        assert kiosk.result_label.text().startswith("您的号码是 A001")

        disk.fill()
        qtbot.mouseClick(kiosk.category_buttons["A"], Qt.MouseButton.LeftButton)
        errors = [m for kind, m in app.dialogs.shown if kind == "error"]
        assert len(errors) == 1 and errors[0].startswith("磁盘空间不足")
        assert not [kind for kind, _ in app.dialogs.shown if kind == "crash"]
        assert kiosk.category_buttons["A"].isEnabled()  # the kiosk stays usable

        window = MainWindow(app)  # the counter opens on the full disk too
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        call_next = window.findChild(type(kiosk.category_buttons["A"]), "callNextButton")
        qtbot.mouseClick(call_next, Qt.MouseButton.LeftButton)
        errors = [m for kind, m in app.dialogs.shown if kind == "error"]
        assert len(errors) == 2 and errors[1].startswith("磁盘空间不足")
        assert not [kind for kind, _ in app.dialogs.shown if kind == "crash"]
        window.grab().save(str(tmp_path / "full_disk_counter.png"))

        disk.free()
        qtbot.mouseClick(kiosk.category_buttons["A"], Qt.MouseButton.LeftButton)
        assert kiosk.result_label.text().startswith("您的号码是 A002")  # nothing lost, numbers go on
        qtbot.mouseClick(call_next, Qt.MouseButton.LeftButton)
        status = queue.queue_status(ctx)
        assert [w.current.number for w in status.windows if w.window_no == 3] == ["A001"]
        window.close()
        kiosk.close()
        ctx.store.dispose()


def _kiosk_on(ctx_root, qtbot, local_settings, tmp_path):
    ctx = open_context(f"sqlite:///{ctx_root / 'site.sqlite3'}")
    site = site_service.init_site(ctx, "TS01", "测试市政务服务中心")
    ctx = ctx.as_actor(Actor(login="tester", role="admin", site_id=site.id, device_no=1))
    setup_hall(ctx)
    app = make_app_context(ctx, local_settings)
    kiosk = KioskFace(app, watch=False, printer_factory=PdfPrinters(tmp_path))
    qtbot.addWidget(kiosk)
    return ctx, app, kiosk


def _take(qtbot, kiosk) -> None:
    qtbot.mouseClick(kiosk.category_buttons["A"], Qt.MouseButton.LeftButton)


def _errors(app) -> list[str]:
    assert not [kind for kind, _ in app.dialogs.shown if kind == "crash"]
    return [m for kind, m in app.dialogs.shown if kind == "error"]


def test_the_kiosk_on_a_store_whose_disk_turns_read_only(qtbot, local_settings, tmp_path):
    with small_filesystem(tmp_path / "disk", size_kb=6144) as disk:
        ctx, app, kiosk = _kiosk_on(disk.root, qtbot, local_settings, tmp_path)
        _take(qtbot, kiosk)
        assert kiosk.result_label.text().startswith("您的号码是 A001")
        # the kernel refuses to remount a disk with files open for writing: the pooled connections
        # are closed first (the next action opens its own, on the read-only disk)
        ctx.store.dispose()
        disk.read_only()
        try:
            _take(qtbot, kiosk)
            errors = _errors(app)
            assert len(errors) == 1 and errors[0].startswith("无法写入") and "只读" in errors[0], errors
            assert kiosk.category_buttons["A"].isEnabled()
        finally:
            disk.read_write()
        _take(qtbot, kiosk)
        assert kiosk.result_label.text().startswith("您的号码是 A002")  # nothing lost, numbers go on
        status = queue.queue_status(ctx)
        assert [c.waiting for c in status.categories if c.prefix == "A"] == [2]
        kiosk.close()
        ctx.store.dispose()


def test_the_kiosk_on_a_store_another_program_holds(qtbot, local_settings, tmp_path, monkeypatch):
    import sqlite3

    from windowdesk.store import engine

    monkeypatch.setattr(engine, "SQLITE_BUSY_TIMEOUT_MS", 300)  # the counters wait 15 s in the hall
    ctx, app, kiosk = _kiosk_on(tmp_path, qtbot, local_settings, tmp_path)
    holder = sqlite3.connect(tmp_path / "site.sqlite3", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program holds the store
    try:
        _take(qtbot, kiosk)
        errors = _errors(app)
        assert len(errors) == 1 and "另一个程序占用" in errors[0], errors
        assert kiosk.category_buttons["A"].isEnabled()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    _take(qtbot, kiosk)
    assert kiosk.result_label.text().startswith("您的号码是 A001")
    kiosk.close()
    ctx.store.dispose()


def test_a_damaged_store_at_start_up_is_named_on_the_sign_in_window(qtbot, local_settings, tmp_path):
    from windowdesk.ui.app import store_failure_message
    from windowdesk.ui.login_dialog import LoginDialog, open_store
    from windowdesk.ui.tasks import SynchronousTaskRunner

    url = f"sqlite:///{tmp_path / 'site.sqlite3'}"
    ctx = open_context(url)
    site_service.init_site(ctx, "TS01", "测试市政务服务中心")
    ctx.store.dispose()
    with open(tmp_path / "site.sqlite3", "r+b") as handle:  # a power cut tore the first page
        handle.write(b"\x13" * 512)
    dialog = LoginDialog(SynchronousTaskRunner(), local_settings)
    qtbot.addWidget(dialog)
    try:
        open_store(url).store.dispose()
    except Exception as exc:  # what run_gui's store thread hands back
        dialog.store_failed(store_failure_message(exc))
    else:
        raise AssertionError("a damaged store opened")
    text = dialog.ui.errorLabel.text()
    assert text.startswith("数据库文件已损坏") and "windowdesk restore" in text, text
    assert "Error" not in text and not dialog.ok_button.isEnabled()
