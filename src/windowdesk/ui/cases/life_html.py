"""The life after the counter as rich text for a case page: stage, department, clocks, extension,
pauses, decision, delivery and the whole history."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from windowdesk.services.cases import CaseDetail
from windowdesk.ui.cases import labels


def _t(text: str) -> str:
    return QCoreApplication.translate("CaseLife", text)


def life_html(_widget: object, case: CaseDetail) -> str:
    life = case.life
    if life is None:
        return ""
    rows = [(_t("Stage"), labels.stage(life.stage))]
    if life.department_code:
        rows.append((_t("Department"), f"{life.department_name}（{life.department_code}）"))
    if life.batch_no:
        rows.append((_t("Hand-over list"), life.batch_no))
    if life.handler_login:
        rows.append((_t("Handler"), life.handler_login))
    if life.responsible_login:
        rows.append((_t("Responsible now"), life.responsible_login))
    ext = life.extension
    if life.extension_workdays:
        rows.append(
            (
                _t("Extension"),
                _t("%1 working days: %2")
                .replace("%1", str(life.extension_workdays))
                .replace("%2", ext.get("reason", "")),
            )
        )
    elif ext.get("state") == "requested":
        rows.append(
            (
                _t("Extension"),
                _t("%1 working days asked for, waiting for a supervisor").replace(
                    "%1", str(ext.get("workdays"))
                ),
            )
        )
    elif ext.get("state") == "refused":
        rows.append((_t("Extension"), _t("refused: %1").replace("%1", ext.get("note", ""))))
    for pause in life.pauses:
        end = pause.end.isoformat() if pause.end else _t("running")
        rows.append(
            (
                _t("Pause"),
                f"{labels.pause_kind(pause.kind)} {pause.start.isoformat()} → {end}（{pause.reason}）",
            )
        )
    if life.decision:
        text = f"{labels.decision(life.decision)} {life.decided_on.isoformat() if life.decided_on else ''}"
        if life.licence_no:
            text += f" {life.licence_no}"
        if life.decision_reason:
            text += f"：{life.decision_reason}（{life.decision_basis}）"
        rows.append((_t("Decision"), text))
    if life.delivery:
        d = life.delivery
        how = (
            _t("picked up by %1 (%2)").replace("%1", d.get("name", "")).replace("%2", d.get("id_masked", ""))
        )
        if d.get("how") == "express":
            how = (
                _t("sent by %1, tracking %2")
                .replace("%1", d.get("carrier", ""))
                .replace("%2", d.get("tracking", ""))
            )
        rows.append((_t("Delivery"), f"{how} {d.get('on', '')}"))
    if life.closing_note:
        rows.append((_t("Note"), life.closing_note))
    html = (
        "<hr/><table cellpadding='3'>"
        + "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
        + "</table>"
    )
    events = "".join(
        f"<tr><td>{e.at.astimezone():%Y-%m-%d %H:%M}</td><td>{escape(labels.event(e.kind))}</td>"
        f"<td>{escape(e.user_login)}</td></tr>"
        for e in case.events
    )
    return html + f"<p><b>{escape(_t('History'))}</b></p><table cellpadding='2'>{events}</table>"
