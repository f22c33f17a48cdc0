"""Keeps the intake in progress at this window as a draft (services.drafts): a moment after each
change it is written on the I/O pool, never on the UI thread; at the next start at this window it
is offered again. A recorded case or a fresh start removes it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer

from windowdesk.services import drafts
from windowdesk.ui.tasks import IO

SAVE_AFTER_MS = 700  # debounce: one write per burst of typing


class IntakeDraftKeeper(QObject):
    def __init__(self, panel: Any) -> None:
        """``panel``: the intake panel (its applicant form, checklist, outcome and matter)."""
        super().__init__(panel)
        self.panel = panel
        self.app = panel.app
        self._restoring = False
        self.timer = QTimer(self)
        self.timer.setObjectName("draftTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_AFTER_MS)
        self.timer.timeout.connect(self.save_now)
        form = panel.applicant_form
        for edit in (form.name, form.id_number, form.phone, form.legal_rep, form.agent_name, form.agent_id):
            edit.textEdited.connect(self.changed)
        form.kind.activated.connect(self.changed)
        form.agent_box.toggled.connect(self.changed)
        panel.checklist.changed.connect(self.changed)
        panel.outcome_combo.activated.connect(self.changed)

    @property
    def window_no(self) -> int:
        return int(self.app.actor.window_no or 0)

    # -- saving ------------------------------------------------------------------------------------
    def changed(self, *_args: object) -> None:
        if not self._restoring:
            self.timer.start()

    def state(self) -> drafts.IntakeDraftState:
        panel, form = self.panel, self.panel.applicant_form
        matter = panel.draft.matter if panel.draft is not None else None
        applicant = {
            "kind": form.kind.currentData(),
            "id_type": form.id_type.currentData(),
            "id_number": form.id_number.text(),
            "name": form.name.text(),
            "phone": form.phone.text(),
            "legal_representative": form.legal_rep.text(),
            "agent": form.agent_box.isChecked(),
            "agent_name": form.agent_name.text(),
            "agent_id_type": form.agent_id_type.currentData(),
            "agent_id": form.agent_id.text(),
            "agent_phone": form.agent_phone.text(),
            "authorisation": form.authorisation.text(),
        }
        checks = tuple(
            {"key": c.key, "status": c.status, "form": c.form, "count": c.count, "reason": c.reason}
            for c in panel.checklist.checks()
        )
        return drafts.IntakeDraftState(
            self.window_no,
            matter.code if matter else None,
            matter.name if matter else "",
            applicant,
            checks,
            panel.outcome_combo.currentData(),
        )

    def save_now(self) -> None:
        self.timer.stop()
        if self.window_no:
            self.app.tasks.run(drafts.save_intake_draft, self.app.services, self.state(), kind=IO)

    def discard(self) -> None:
        self.timer.stop()
        if self.window_no:
            self.app.tasks.run(drafts.discard_intake_draft, self.app.services, self.window_no, kind=IO)

    # -- offering it again -------------------------------------------------------------------------
    def offer(self) -> None:
        if self.window_no:
            self.app.tasks.run(
                drafts.load_intake_draft, self.app.services, self.window_no, on_done=self._offer, kind=IO
            )

    def _offer(self, state: drafts.IntakeDraftState | None) -> None:
        if state is None:
            return
        who = state.applicant.get("name") or "—"
        when = self.app.clock.local(state.saved_at).strftime("%m-%d %H:%M") if state.saved_at else "—"
        question = (
            self.tr("An intake at this window was not finished (%1, applicant %2, kept %3). Continue it?")
            .replace("%1", state.matter_name or self.tr("no matter yet"))
            .replace("%2", who)
            .replace("%3", when)
        )
        if self.app.dialogs.confirm(self.panel, question):
            self.restore(state)
        else:
            self.discard()

    def restore(self, state: drafts.IntakeDraftState) -> None:
        if state.matter_code:
            self.panel.start_matter(state.matter_code, then=lambda: self._fill(state))
        else:
            self._fill(state)

    def _fill(self, state: drafts.IntakeDraftState) -> None:
        self._restoring = True
        try:
            form, a = self.panel.applicant_form, state.applicant
            form.kind.setCurrentIndex(max(0, form.kind.findData(a.get("kind"))))
            form.id_type.setCurrentIndex(max(0, form.id_type.findData(a.get("id_type"))))
            form.id_number.setText(a.get("id_number", ""))
            form.name.setText(a.get("name", ""))
            form.phone.setText(a.get("phone", ""))
            form.legal_rep.setText(a.get("legal_representative", ""))
            form.agent_box.setChecked(bool(a.get("agent")))
            form.agent_name.setText(a.get("agent_name", ""))
            form.agent_id_type.setCurrentIndex(max(0, form.agent_id_type.findData(a.get("agent_id_type"))))
            form.agent_id.setText(a.get("agent_id", ""))
            form.agent_phone.setText(a.get("agent_phone", ""))
            if a.get("agent") and a.get("authorisation"):
                form.authorisation.setText(a["authorisation"])
            rows = {key: row for row, key in enumerate(self.panel.checklist.keys)}
            for check in state.checks:
                row = rows.get(check.get("key"))
                if row is not None:
                    arrived = bool(check.get("form"))
                    self.panel.checklist.set_row(
                        row,
                        check["status"],
                        check.get("form") or None if arrived else None,
                        check.get("count") if arrived else None,
                        check.get("reason", ""),
                    )
            if state.outcome:
                combo = self.panel.outcome_combo
                combo.setCurrentIndex(max(0, combo.findData(state.outcome)))
        finally:
            self._restoring = False
