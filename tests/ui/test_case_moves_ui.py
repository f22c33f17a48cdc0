"""The case page's own moves on real widgets: the applicant's withdrawal (refused without the written
request's reason), the express delivery with its 送达回证 offered in the preview, the close when the
receipt is back, and the buttons a role may not use, disabled."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.services.lifecycle_support import DEPT, accepted_case, clerk, walk
from tests.support.pdf import pdf_text
from tests.ui.conftest import make_app_context
from windowdesk.domain import roles
from windowdesk.domain.catalogue import DepartmentSpec
from windowdesk.services import cases, catalogue
from windowdesk.ui.counter.face import CounterFace
from windowdesk.ui.intake.case_moves import ExpressDialog, WithdrawDialog, tracking_number
from windowdesk.ui.intake.case_page import CasePage
from windowdesk.ui.printing import FilePrintService


@pytest.fixture
def store(app_context):
    admin = app_context.services.as_actor(replace(app_context.actor, role=roles.ADMIN))
    catalogue.save_department(admin, DepartmentSpec(DEPT, "示范市市场监督管理局", "0755-12345678"))
    return admin


def counter_with_case(qtbot, store, local_settings, number, printers):
    app = make_app_context(store, local_settings)
    face = CounterFace(app, printers=printers, watch=False)
    qtbot.addWidget(face)
    face.resize(1366, 768)
    face.show()
    face.activateWindow()
    assert QTest.qWaitForWindowActive(face)
    face.intake.lookup_edit.setText(number)
    face.intake.open_typed_case()
    page = face.intake.case_page
    assert page.case is not None and page.case.case_no == number
    return app, face, page


def enabled(page: CasePage) -> dict[str, bool]:
    return {move: button.isEnabled() for move, button in page.move_buttons.items()}


def test_a_withdrawal_needs_the_reason_and_ends_the_case(qtbot, store, local_settings, tmp_path):
    number = accepted_case(store)
    walk(store, number, "received")
    app, face, page = counter_with_case(
        qtbot, store, local_settings, number, FilePrintService(str(tmp_path / "p.pdf"))
    )
    assert enabled(page) == {"withdraw": True, "deliver": False, "close": False}
    with qtbot.waitSignal(page.move_opened) as opened:  # keyboard: the button's mnemonic
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    dialog = opened.args[0]
    assert isinstance(dialog, WithdrawDialog) and dialog.isVisible()
    qtbot.waitUntil(dialog.reason_edit.hasFocus)  # the clerk types the reason at once
    dialog.reason_edit.setPlainText("   ")
    dialog.ok_button.click()
    assert "请写明申请人书面申请中的理由" in dialog.error_label.text()
    assert dialog.isVisible() and cases.show_case(store, number).stage == "received"  # nothing written
    dialog.reason_edit.setPlainText("申请人书面申请撤回：经营场所变更")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert page.case.stage == "withdrawn" and "已撤回" in page.heading.text()
    assert enabled(page) == {"withdraw": False, "deliver": False, "close": False}
    stored = cases.show_case(store, number)
    assert stored.stage == "withdrawn"
    assert any("经营场所变更" in str(e.detail) for e in stored.events)  # the written request, recorded


def test_express_delivery_offers_the_receipt_then_the_case_is_closed(qtbot, store, local_settings, tmp_path):
    number = accepted_case(store)
    walk(store, number, "result_ready")
    printers = FilePrintService(str(tmp_path / "receipt.pdf"))
    app, face, page = counter_with_case(qtbot, store, local_settings, number, printers)
    assert enabled(page) == {"withdraw": False, "deliver": True, "close": False}
    with qtbot.waitSignal(page.move_opened) as opened:
        page.express_button.click()
    dialog = opened.args[0]
    assert isinstance(dialog, ExpressDialog)
    assert dialog.carrier_combo.currentText() == "中国邮政EMS"
    dialog.tracking_edit.setText("12")
    dialog.ok_button.click()
    assert "快递单号" in dialog.error_label.text() and dialog.isVisible()
    dialog.carrier_combo.setEditText(" ")
    dialog.tracking_edit.setText("1170 0123 4567 8")
    dialog.ok_button.click()
    assert "快递公司" in dialog.error_label.text()
    assert cases.show_case(store, number).stage == "result_ready"  # nothing written
    dialog.carrier_combo.setCurrentIndex(1)
    with qtbot.waitSignal(page.preview_opened) as previewed:
        dialog.ok_button.click()
    assert not dialog.isVisible()
    assert page.case.stage == "delivered" and "已送达" in page.heading.text()
    assert page.document_combo.currentData() == "delivery"
    assert enabled(page) == {"withdraw": False, "deliver": False, "close": True}
    preview = previewed.args[0]
    preview.print_button.click()  # the 送达回证 is issued when printed
    [archived] = [d for d in cases.show_case(store, number).documents if d.kind == "delivery"]
    text = pdf_text((cases.archive_dir() / archived.path).read_bytes())
    assert "送达回证" in text and "邮寄送达" in text and "顺丰速运" in text and "1170012345678" in text
    assert (tmp_path / "receipt.pdf").stat().st_size > 0
    preview.close()

    app.dialogs.confirm_answers = [False]  # not yet: the receipt is not back
    page.close_case_button.click()
    assert "办结" in app.dialogs.shown[-1][1] and page.case.stage == "delivered"
    face.activateWindow()  # what the window manager does when a dialog closes (Xvfb has none)
    assert QTest.qWaitForWindowActive(face)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.case.stage == "closed")  # the receipt came back
    assert cases.show_case(store, number).stage == "closed"
    assert enabled(page) == {"withdraw": False, "deliver": False, "close": False}


def test_buttons_follow_the_role_and_a_stale_page_is_refused(qtbot, store, local_settings, tmp_path):
    ready, received = accepted_case(store), accepted_case(store)
    walk(store, ready, "result_ready")
    walk(store, received, "received")
    printers = FilePrintService(str(tmp_path / "p.pdf"))
    desk = make_app_context(store, local_settings, role=roles.HANDLER)
    page = CasePage(desk, printers)
    qtbot.addWidget(page)
    page.show_case(cases.show_case(store, ready))
    assert enabled(page) == {"withdraw": False, "deliver": False, "close": False}  # handler: no delivery
    page.express_button.click()
    assert page.move_dialog is None
    page.show_case(cases.show_case(store, received))
    assert enabled(page)["withdraw"]  # anyone may record an applicant's withdrawal (domain/roles.py)

    counter = CasePage(make_app_context(store, local_settings), printers)
    qtbot.addWidget(counter)
    counter.show_case(cases.show_case(store, ready))
    assert enabled(counter) == {"withdraw": False, "deliver": True, "close": False}
    cases.deliver_result(clerk(store), ready, carrier="EMS", tracking_no="EA123456789CN")  # elsewhere
    counter.express_button.click()
    dialog = counter.move_dialog
    dialog.tracking_edit.setText("EA000000001CN")
    dialog.ok_button.click()
    assert "已送达" in dialog.error_label.text() and dialog.isVisible()  # the services' refusal
    assert cases.show_case(store, ready).life.delivery["tracking"] == "EA123456789CN"
    counter.clear()
    assert enabled(counter) == {"withdraw": False, "deliver": False, "close": False}


def test_tracking_numbers_as_scanned_or_typed():
    assert tracking_number(" sf 1234 5678 9012 ") == "SF123456789012"
    assert tracking_number("EA123456789CN") == "EA123456789CN"
    assert tracking_number("12345") == ""
    assert tracking_number("单号123456") == ""


def test_a_withdrawal_on_the_department_desks_page_closes_the_desks_moves(qtbot, store, local_settings):
    from windowdesk.ui.department.desk import DepartmentDesk

    number = accepted_case(store)
    walk(store, number, "received")
    desk = DepartmentDesk(make_app_context(store, local_settings, role=roles.HANDLER))
    qtbot.addWidget(desk)
    desk.open_case(number)
    assert desk.buttons["review"].isEnabled()
    with qtbot.waitSignal(desk.page.move_opened) as opened:
        desk.page.move_buttons["withdraw"].click()
    dialog = opened.args[0]
    dialog.reason_edit.setPlainText("申请人书面申请撤回")
    dialog.ok_button.click()
    assert cases.show_case(store, number).stage == "withdrawn"
    assert not any(button.isEnabled() for button in desk.buttons.values())  # 审查, 退件… are gone
