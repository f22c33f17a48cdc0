"""The case page shows the masked ID number; the full one only on a deliberate, confirmed click,
which is audited (who, whose, when)."""

from __future__ import annotations

from tests.services.intake_support import RESIDENT
from tests.ui.conftest import make_app_context
from tests.ui.test_intake_draft import _store, _type_an_intake
from windowdesk.ui.counter.face import CounterFace


def test_case_page_reveals_the_full_id_only_on_a_deliberate_click(qtbot, local_settings, tmp_path):
    from sqlalchemy import select

    from windowdesk.store.models import AuditEntry

    ctx = _store(tmp_path)
    app = make_app_context(ctx, local_settings)
    face = CounterFace(app, watch=False)
    qtbot.addWidget(face)
    panel = face.intake
    _type_an_intake(panel)
    panel.checklist.mark_all_received()
    panel.decide_button.click()
    page = panel.case_page
    assert RESIDENT not in page.details.toPlainText()  # the case page shows the masked number
    app.dialogs.confirm_answers.append(False)
    page.reveal_id_button.click()  # asked, declined: nothing shown, nothing recorded
    assert not [m for kind, m in app.dialogs.shown if kind == "info"]
    app.dialogs.confirm_answers.append(True)
    page.reveal_id_button.click()
    [info] = [m for kind, m in app.dialogs.shown if kind == "info"]
    assert RESIDENT in info and "已记录" in info
    with ctx.reading() as session:
        [entry] = session.scalars(select(AuditEntry).where(AuditEntry.action == "case.reveal_id")).all()
    assert entry.user_login == "ui-clerk" and entry.window_no == 3
    assert entry.detail["case_no"] == page.case.case_no
    face.resize(1366, 768)
    face.show()
    face.grab().save(str(tmp_path / "case_page_reveal.png"))
