"""The one style sheet: ``resources/style/windowdesk.qss``, applied once to the application.

Its rules are keyed by objectName and by dynamic properties; no widget or form sets its own style
sheet. A state that changes while the widget is shown (a field with a problem, the sync state, the
hall display's newest call) is a dynamic property set through :func:`set_state`, which makes Qt
apply the matching rules again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from windowdesk.resources import resource_path


def style_sheet() -> str:
    return resource_path("style", "windowdesk.qss").read_text(encoding="utf-8")


def install_style_sheet(app: QApplication) -> None:
    app.setStyleSheet(style_sheet())


def set_state(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic property the style sheet keys on, and re-apply the style (Qt does not by itself)."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_screen_class(face: QWidget, name: str) -> None:
    """A face whose whole look follows its size (the hall display read from across the hall): its
    ``screen`` property keys the rules for every widget in it, so they are all styled again."""
    if face.property("screen") == name:
        return
    face.setProperty("screen", name)
    style = face.style()
    for widget in (face, *face.findChildren(QWidget)):
        style.unpolish(widget)
        style.polish(widget)
        widget.update()
