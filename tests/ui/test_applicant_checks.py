"""ID numbers, credit codes and phone numbers checked as the clerk types them."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtTest import QTest

from windowdesk.domain.identity import credit_code_check_char, resident_id_check_char
from windowdesk.services import demo
from windowdesk.services.demo import DemoReport
from windowdesk.ui.counter.face import CounterFace
from windowdesk.ui.printing import FilePrintService

VALID_ID = "11010519491231002X"
VALID_CODE = "91350100M000100Y43"


@pytest.fixture
def face(qtbot, app_context):
    admin = app_context.services.as_actor(replace(app_context.actor, role="admin"))
    demo.demo_catalogue(admin, None, DemoReport())
    face = CounterFace(app_context, printers=FilePrintService("/dev/null"), watch=False)
    qtbot.addWidget(face)
    face.show()
    assert QTest.qWaitForWindowExposed(face)
    return face


def shown_problem(form, edit) -> str | None:
    label = {
        form.id_number: form.ui.idNumberProblem,
        form.phone: form.ui.phoneProblem,
        form.agent_id: form.ui.agentIdProblem,
        form.agent_phone: form.ui.agentPhoneProblem,
    }[edit]
    red = edit.property("error") is True
    assert red == label.isVisible()  # red and the reason under it go together
    return label.text() if red else None


def test_the_id_number_turns_red_as_soon_as_it_cannot_be_right(qtbot, face):
    form = face.intake.applicant_form
    form.id_number.setFocus()
    QTest.keyClicks(form.id_number, "1101051949")  # on its way: not red yet
    assert shown_problem(form, form.id_number) is None
    QTest.keyClicks(form.id_number, "1231002")
    QTest.keyClicks(form.id_number, "1")  # a wrong check character (X is right)
    assert "校验码不正确" in shown_problem(form, form.id_number)
    form.id_number.backspace()
    QTest.keyClicks(form.id_number, "x")  # the right one, in lower case
    assert shown_problem(form, form.id_number) is None
    form.id_number.clear()
    QTest.keyClicks(form.id_number, "11010A")  # a letter among the first 17
    assert "第 6 位" in shown_problem(form, form.id_number)


def test_an_incomplete_number_is_red_when_the_clerk_leaves_it(qtbot, face):
    form = face.intake.applicant_form
    form.id_number.setFocus()
    QTest.keyClicks(form.id_number, "11010519")
    assert shown_problem(form, form.id_number) is None
    form.name.setFocus()
    form.id_number.editingFinished.emit()  # what leaving the field does on a real screen
    assert shown_problem(form, form.id_number) == "身份证号码应为 18 位，现在是 8 位。"


def test_a_credit_code_for_an_organisation(qtbot, face):
    form = face.intake.applicant_form
    assert credit_code_check_char(VALID_CODE[:17]) == VALID_CODE[17]
    form.kind.setCurrentIndex(form.kind.findData("organisation"))
    form.id_number.setFocus()
    QTest.keyClicks(form.id_number, VALID_CODE[:17])
    assert shown_problem(form, form.id_number) is None
    wrong = "0" if VALID_CODE[17] != "0" else "1"
    QTest.keyClicks(form.id_number, wrong)
    assert "校验码不正确" in shown_problem(form, form.id_number)
    form.id_number.setText(VALID_CODE[:5] + "I")  # I is never used in a credit code
    assert "第 6 位" in shown_problem(form, form.id_number)
    form.id_number.setText(VALID_CODE)
    assert shown_problem(form, form.id_number) is None
    form.kind.setCurrentIndex(form.kind.findData("person"))  # now it must be an ID card number
    assert shown_problem(form, form.id_number) is not None


def test_the_phone_and_the_agents_fields(qtbot, face):
    form = face.intake.applicant_form
    form.phone.setFocus()
    QTest.keyClicks(form.phone, "138a")
    assert "联系电话无效" in shown_problem(form, form.phone)
    form.phone.setText("0591-87654321")
    assert shown_problem(form, form.phone) is None
    form.agent_id.setText("123")  # the agent box is closed: not checked
    assert shown_problem(form, form.agent_id) is None
    form.agent_box.setChecked(True)
    assert form.first_problem() is form.id_number  # the applicant's own number is empty
    form.id_number.setText(VALID_ID)
    assert form.first_problem() is form.agent_id
    assert shown_problem(form, form.agent_id) == "身份证号码应为 18 位，现在是 3 位。"


def test_confirming_goes_to_the_first_invalid_field(qtbot, app_context, face):
    intake = face.intake
    intake.start_matter("XK-SCJG-001")
    form = intake.applicant_form
    body = "11010519491231002"
    wrong = "0" if resident_id_check_char(body) != "0" else "1"
    form.id_number.setText(body + wrong)
    form.name.setText("张三")
    form.phone.setText("电话")
    intake.checklist.mark_all_received()
    form.name.setFocus()
    intake.decide_button.click()
    assert intake.window().focusWidget() is form.id_number
    assert app_context.dialogs.shown == []  # no dialog: the reason is under the field
    assert intake.stack.currentIndex() == 0
    form.id_number.setText(VALID_ID)
    intake.decide_button.click()
    assert intake.window().focusWidget() is form.phone
    assert "联系电话无效" in shown_problem(form, form.phone)


def test_new_application_clears_the_marks(qtbot, face):
    form = face.intake.applicant_form
    form.phone.setText("abc")
    assert shown_problem(form, form.phone) is not None
    face.intake.new_button.click()
    assert shown_problem(form, form.phone) is None and form.phone.text() == ""
