"""The faces of a case's life after the counter, driven on real widgets: the department desk signs for a
scanned list and makes its moves, the supervisor answers an extension request, the result window
refuses a wrong ID and hands the result over printing the 送达回证, the case page draws both clocks
with the pause as a band, and the kiosk shows the progress with a masked name only."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from tests.services.intake_support import PERSON
from tests.services.lifecycle_support import AGENT_ID, DEPT, LICENSED, accepted_case, clerk, handler, walk
from tests.support.pdf import decode_barcodes, pdf_pages_png, pdf_text
from tests.ui.conftest import make_app_context
from windowdesk.domain import roles
from windowdesk.domain.catalogue import DepartmentSpec
from windowdesk.services import cases, catalogue
from windowdesk.ui.counter.face import CounterFace
from windowdesk.ui.department.desk import DepartmentDesk, load_desk
from windowdesk.ui.printing import FilePrintService
from windowdesk.ui.queue.kiosk import KioskFace
from windowdesk.ui.supervision.face import SupervisorFace


@pytest.fixture
def store(app_context):
    """The clerk's store with the department SCJG in its catalogue."""
    admin = app_context.services.as_actor(replace(app_context.actor, role=roles.ADMIN))
    catalogue.save_department(admin, DepartmentSpec(DEPT, "示范市市场监督管理局", "0755-12345678"))
    return admin


def test_the_department_desk_signs_for_a_scanned_list_and_moves_the_case(qtbot, store, local_settings):
    number = accepted_case(store)
    batch = cases.handover_cases(clerk(store), DEPT)
    desk_app = make_app_context(store, local_settings, role=roles.HANDLER)
    desk = DepartmentDesk(desk_app)
    qtbot.addWidget(desk)
    desk.department_combo.setCurrentIndex(desk.department_combo.findData(DEPT))
    assert [r.case_no for r in desk.rows] == [number] and desk.rows[0].stage == "handed_over"
    desk.scan_edit.setText(batch.batch_no.lower())
    desk.scanned()
    assert "已签收流转单" in desk.message.text() and desk.rows[0].stage == "received"
    desk.open_case(number)
    assert desk.buttons["review"].isEnabled() and not desk.buttons["decide"].isEnabled()
    desk.buttons["review"].click()
    assert desk.page.case.stage == "under_review"
    desk.move("pause", "expert_review", "组织专家评审", 5)
    assert desk.page.case.life.paused and desk.buttons["resume"].isEnabled()
    assert not desk.buttons["decide"].isEnabled() and desk.table.item(0, 5).text() == "已中止"
    desk.move("resume")
    desk.move("request_extension", "需要现场核查", 10)
    assert not desk.buttons["request_extension"].isEnabled()
    desk.move("decide", False, "", "不符合食品经营场所要求", "《食品经营许可和备案管理办法》第十二条")
    assert desk.page.case.summary.decision == "denied"
    desk.buttons["ready"].click()
    assert desk.page.case.stage == "result_ready" and desk.rows == []  # out of the department's hands
    desk.move("ready")  # a stale click: refused with the message, nothing written
    assert "待出件，不能出件" in desk_app.dialogs.shown[-1][1]


def test_the_supervisor_answers_an_extension_request(qtbot, store, local_settings):
    number = accepted_case(store)
    walk(store, number, "under_review")
    cases.request_extension(handler(store), number, "案情复杂")
    app = make_app_context(store, local_settings, role=roles.SUPERVISOR)
    face = SupervisorFace(app)
    qtbot.addWidget(face)
    panel = face.extensions
    assert [q.case_no for q in panel.requests] == [number]
    panel.answer(False)  # a refusal needs a note
    assert "请填写不批准的理由" in app.dialogs.shown[-1][1]
    panel.answer(True)
    assert panel.requests == [] and "法定办结期限" in panel.message.text()
    assert cases.show_case(store, number).life.extension_workdays == 10


def test_pickup_checks_the_id_and_prints_the_delivery_receipt(qtbot, store, local_settings, tmp_path):
    number = accepted_case(store)
    walk(store, number, "result_ready")
    app = make_app_context(store, local_settings)
    printers = FilePrintService(str(tmp_path / "receipt.pdf"))
    face = CounterFace(app, printers=printers, watch=False)
    qtbot.addWidget(face)
    panel = face.intake
    panel.lookup_edit.setText(number)
    panel.open_typed_case()
    page = panel.case_page
    assert page.pickup_box.isVisibleTo(face) and page.case.stage == "result_ready"
    page.pickup_id_edit.setText(AGENT_ID)
    page.pickup_button.click()
    assert "不能交付" in app.dialogs.shown[-1][1]
    assert cases.show_case(store, number).stage == "result_ready"  # refused, not overridden
    page.pickup_id_edit.setText(PERSON.id_number)
    page.pickup_button.click()
    qtbot.waitUntil(lambda: page.case.stage == "closed")
    assert not page.pickup_box.isVisibleTo(face)
    [archived] = [d for d in page.case.documents if d.kind == "delivery"]
    text = pdf_text((cases.archive_dir() / archived.path).read_bytes())
    assert "送达回证" in text and "窗口领取" in text and "110105********002X" in text
    printed = (tmp_path / "receipt.pdf").read_bytes()  # what reached the printer: pages as images
    assert ("CODE128", number) in decode_barcodes(pdf_pages_png(printed, dpi=200)[0])


def test_deemed_approvals_are_listed_for_supervisors(qtbot, store, local_settings):
    from tests.services.lifecycle_support import SILENT
    from tests.services.queue_support import use_clock

    silent = accepted_case(store, matter=SILENT)  # statutory due 2026-03-30
    accepted_case(store)
    use_clock(store, dt.datetime(2026, 4, 1, 2, 0, tzinfo=dt.UTC))
    face = SupervisorFace(make_app_context(store, local_settings, role=roles.SUPERVISOR))
    qtbot.addWidget(face)
    assert [(d.case_no, d.deemed_on) for d in face.deemed.rows] == [(silent, dt.date(2026, 3, 31))]
    assert face.deemed.table.item(0, 3).text() == "2026-03-31"


def test_the_case_page_draws_both_clocks_and_the_pause_band(qtbot, store, local_settings, tmp_path):
    number = accepted_case(store)
    walk(store, number, "under_review")
    cases.pause_clock(handler(store).on_day(dt.date(2026, 3, 4)), number, "testing", "样品送检", 5)
    cases.resume_clock(handler(store).on_day(dt.date(2026, 3, 11)), number)
    detail = cases.show_case(store.on_day(dt.date(2026, 3, 13)), number)
    app = make_app_context(store, local_settings, role=roles.SUPERVISOR)
    face = SupervisorFace(app)
    qtbot.addWidget(face)
    face.resize(1366, 768)
    face.show()
    face.case_page.show_case(detail)
    face.case_page.setVisible(True)
    face.tabs.setCurrentIndex(face.tabs.count() - 1)
    timeline = face.case_page.timeline
    assert timeline.isVisible()
    texts = timeline.texts()
    # after 3-4 up to 3-11 (5 working days) do not count: 3-30 → 4-7 (4-6 is 清明)
    # used: 3-3, 3-4 (the start day counts), 3-12, 3-13; 3-5..3-11 paused
    assert texts[0] == "法定时限：已用 4 个工作日，剩余 16 个（2026-04-07 到期）"
    assert texts[1] == "承诺时限：已用 4 个工作日，剩余 6 个（2026-03-23 到期）"
    assert [(p.start, p.end) for p in timeline.life.pauses] == [(dt.date(2026, 3, 4), dt.date(2026, 3, 11))]
    assert (
        "专家评审" not in face.case_page.details.toPlainText()
        and "检测" in face.case_page.details.toPlainText()
    )
    face.grab().save(str(tmp_path / "case-page.png"))


def test_the_kiosk_shows_progress_with_a_masked_name_only(qtbot, store, local_settings):
    number = accepted_case(store, matter=LICENSED)
    kiosk = KioskFace(make_app_context(store, local_settings), watch=False)
    qtbot.addWidget(kiosk)
    kiosk.progress_edit.setText(number)
    kiosk.look_up_progress()
    text = kiosk.progress_label.text()
    assert "张*" in text and "已受理" in text and "2026-03-16" in text and LICENSED.department_phone in text
    assert "张三" not in text and PERSON.id_number not in text and PERSON.phone not in text
    kiosk.progress_edit.setText("not a number")
    kiosk.look_up_progress()
    assert "不是有效的案件编号" in kiosk.progress_label.text()


def test_an_urged_case_is_marked_on_the_department_desk(qtbot, store, local_settings):
    """督办 addressed to the handler shows on their list: the case number in bold, the note on hover."""
    from windowdesk.services import supervision

    number = accepted_case(store)
    other = accepted_case(store)
    cases.handover_cases(clerk(store), DEPT)
    desk_app = make_app_context(store, local_settings, role=roles.HANDLER)
    for case_no in (number, other):  # signed for by the desk's handler: they are responsible
        cases.receive_case(desk_app.services.on_day(dt.date(2026, 3, 3)), case_no)
    supervision.run(store, dt.date(2026, 3, 17))  # both past their promised date: red cards
    due = store.clock.today() + dt.timedelta(days=3)
    boss = store.as_actor(replace(store.actor, role=roles.SUPERVISOR, login="boss"))
    supervision.urge(boss, number, "请说明超期原因", due)
    desk = DepartmentDesk(desk_app)
    qtbot.addWidget(desk)
    desk.department_combo.setCurrentIndex(desk.department_combo.findData(DEPT))
    marked = {
        desk.table.item(r, 0).text(): desk.table.item(r, 0).font().bold()
        for r in range(desk.table.rowCount())
    }
    assert marked == {number: True, other: False}
    row = [desk.table.item(r, 0).text() for r in range(desk.table.rowCount())].index(number)
    assert (
        "请说明超期原因" in desk.table.item(row, 0).toolTip()
        and due.isoformat() in desk.table.item(row, 0).toolTip()
    )


def test_the_desk_keeps_its_oldest_open_case_behind_many_newer_finished_ones(store):
    old = accepted_case(store, today=dt.date(2026, 3, 2))
    walk(store, old, "received", today=dt.date(2026, 3, 2))
    finished = [accepted_case(store, today=dt.date(2026, 3, 3 + i)) for i in range(3)]
    for number in finished:
        walk(store, number, "result_ready", today=dt.date(2026, 3, 6))
    fresh = accepted_case(store, today=dt.date(2026, 3, 9))
    walk(store, fresh, "handed_over", today=dt.date(2026, 3, 9))
    assert [r.case_no for r in load_desk(store, DEPT, limit=1)[0]] == [old]
    assert [r.case_no for r in load_desk(store, DEPT)[0]] == [old, fresh]


def test_the_case_page_prints_each_pauses_own_special_notice(qtbot, store, local_settings, tmp_path):
    """Two pauses: the page offers each pause's 特别程序告知书 (the newest first); the second pause's
    is an original, the first pause's a 补打 with its own text."""
    number = accepted_case(store)
    walk(store, number, "under_review")
    cases.pause_clock(handler(store).on_day(dt.date(2026, 3, 4)), number, "expert_review", "组织专家评审", 5)
    cases.print_document(store, number, "special")  # pause 1's original
    cases.resume_clock(handler(store).on_day(dt.date(2026, 3, 11)), number)
    cases.pause_clock(handler(store).on_day(dt.date(2026, 3, 13)), number, "inspection", "送检样品", 3)
    printed = tmp_path / "special.pdf"
    desk_app = make_app_context(store, local_settings, role=roles.HANDLER)
    desk = DepartmentDesk(desk_app, printers=FilePrintService(str(printed)))
    qtbot.addWidget(desk)
    desk.open_case(number)
    page = desk.page
    combo = page.document_combo
    specials = [
        (combo.itemData(i), combo.itemText(i))
        for i in range(combo.count())
        if combo.itemData(i).startswith("special")
    ]
    assert [data for data, _ in specials] == ["special:2", "special:1"]
    assert specials[0][1] == "特别程序告知书（第 2 次中止计时）"
    assert specials[1][1].startswith("特别程序告知书（第 1 次中止计时）") and "补打" in specials[1][1]

    def print_entry(data: str) -> str:
        combo.setCurrentIndex(combo.findData(data))
        with qtbot.waitSignal(page.preview_opened) as opened:
            page.preview_button.click()
        opened.args[0].print_button.click()
        assert printed.stat().st_size > 0
        newest = cases.show_case(store, number).documents[-1]  # what was printed, as archived
        return "".join(pdf_text((cases.archive_dir() / newest.path).read_bytes()).split())

    second = print_entry("special:2")
    assert "送检样品" in second and "2026年3月13日" in second and "补打" not in second
    first = print_entry("special:1")
    assert "组织专家评审" in first and "2026年3月4日" in first and "补打" in first
    shown = cases.show_case(store, number)
    assert [(d.pause, d.reprint) for d in shown.documents if d.kind == "special"] == [
        (1, False),
        (2, False),
        (1, True),
    ]


def test_a_clock_past_its_due_date_says_by_how_much(qtbot, store):
    """Not "剩余 -3 个": an overdue clock says how many working days it is past the due date."""
    from windowdesk.ui.cases.timeline import ClockTimeline

    number = accepted_case(store)  # accepted 2026-03-02: promised 3-16, statutory 3-30
    walk(store, number, "under_review")
    detail = cases.show_case(store.on_day(dt.date(2026, 3, 19)), number)
    timeline = ClockTimeline()
    qtbot.addWidget(timeline)
    timeline.set_life(detail.life)
    texts = timeline.texts()
    assert texts[0].startswith("法定时限：已用 13 个工作日，剩余 7 个")
    assert texts[1] == "承诺时限：已用 13 个工作日，已超期 3 个（2026-03-16 到期）"
