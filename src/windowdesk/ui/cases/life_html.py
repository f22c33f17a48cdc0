"""The life after the counter as rich text for a case page: stage, department, clocks, extension,
pauses, decision, delivery and the whole history."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from windowdesk.services.cases import CaseDetail
from windowdesk.services.clock import HallClock
from windowdesk.ui.cases import labels


def life_html(clock: HallClock, case: CaseDetail) -> str:
    life = case.life
    if life is None:
        return ""
    rows = [(QCoreApplication.translate("CaseLife", "Stage"), labels.stage(life.stage))]
    if life.department_code:
        rows.append(
            (
                QCoreApplication.translate("CaseLife", "Department"),
                f"{life.department_name}（{life.department_code}）",
            )
        )
    if life.batch_no:
        rows.append((QCoreApplication.translate("CaseLife", "Hand-over list"), life.batch_no))
    if life.handler_login:
        rows.append((QCoreApplication.translate("CaseLife", "Handler"), life.handler_login))
    if life.responsible_login:
        rows.append((QCoreApplication.translate("CaseLife", "Responsible now"), life.responsible_login))
    ext = life.extension
    if life.extension_workdays:
        rows.append(
            (
                QCoreApplication.translate("CaseLife", "Extension"),
                QCoreApplication.translate("CaseLife", "%1 working days: %2")
                .replace("%1", str(life.extension_workdays))
                .replace("%2", ext.get("reason", "")),
            )
        )
    elif ext.get("state") == "requested":
        rows.append(
            (
                QCoreApplication.translate("CaseLife", "Extension"),
                QCoreApplication.translate(
                    "CaseLife", "%1 working days asked for, waiting for a supervisor"
                ).replace("%1", str(ext.get("workdays"))),
            )
        )
    elif ext.get("state") == "refused":
        rows.append(
            (
                QCoreApplication.translate("CaseLife", "Extension"),
                QCoreApplication.translate("CaseLife", "refused: %1").replace("%1", ext.get("note", "")),
            )
        )
    for pause in life.pauses:
        end = pause.end.isoformat() if pause.end else QCoreApplication.translate("CaseLife", "running")
        rows.append(
            (
                QCoreApplication.translate("CaseLife", "Pause"),
                f"{labels.pause_kind(pause.kind)} {pause.start.isoformat()} → {end}（{pause.reason}）",
            )
        )
    if life.decision:
        text = f"{labels.decision(life.decision)} {life.decided_on.isoformat() if life.decided_on else ''}"
        if life.licence_no:
            text += f" {life.licence_no}"
        if life.decision_reason:
            text += f"：{life.decision_reason}（{life.decision_basis}）"
        rows.append((QCoreApplication.translate("CaseLife", "Decision"), text))
    if life.delivery:
        d = life.delivery
        how = (
            QCoreApplication.translate("CaseLife", "picked up by %1 (%2)")
            .replace("%1", d.get("name", ""))
            .replace("%2", d.get("id_masked", ""))
        )
        if d.get("how") == "express":
            how = (
                QCoreApplication.translate("CaseLife", "sent by %1, tracking %2")
                .replace("%1", d.get("carrier", ""))
                .replace("%2", d.get("tracking", ""))
            )
        rows.append((QCoreApplication.translate("CaseLife", "Delivery"), f"{how} {d.get('on', '')}"))
    if life.closing_note:
        rows.append((QCoreApplication.translate("CaseLife", "Note"), life.closing_note))
    html = (
        "<hr/><table cellpadding='3'>"
        + "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
        + "</table>"
    )
    history = QCoreApplication.translate("CaseLife", "History")
    events = "".join(
        f"<tr><td>{clock.local(e.at):%Y-%m-%d %H:%M}</td><td>{escape(labels.event(e.kind))}</td>"
        f"<td>{escape(e.user_login)}</td></tr>"
        for e in case.events
    )
    return (
        html
        + f"<p><b>{escape(history)}</b></p><table cellpadding='2'>{events}</table>"
    )
