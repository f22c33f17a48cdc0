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
