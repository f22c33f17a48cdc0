"""The faces of windowdesk and which roles may open them.

Each face has one entry in ``FACES`` at the end of this module, with a factory that imports its
package lazily so start-up stays quick, and that package's name (``module``) so the GUI can import it
off the UI thread after sign-in (``Face.load``). A face without a factory shows its title and says it
is not available yet.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from windowdesk.domain import roles
from windowdesk.ui.app_context import AppContext

Factory = Callable[[AppContext, QWidget | None], QWidget]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Faces", text)


@dataclass(frozen=True)
class Face:
    key: str
    title_source: str  # English source; shown through tr()
    min_role: str
    factory: Factory | None = None
    #: Opened as its own top-level window (kiosk, hall display, rating pad) rather than in the main window.
    standalone: bool = False
    # The module ``factory`` imports, so that start-up can import it off the UI thread (``load``).
    module: str = ""

    def load(self) -> None:
        """Import the face's module (call it off the UI thread; creating the face is then quick)."""
        if self.module:
            importlib.import_module(self.module)

    @property
    def title(self) -> str:
        return _tr(self.title_source)

    def create(self, app: AppContext, parent: QWidget | None = None) -> QWidget:
        widget = self.factory(app, parent) if self.factory else EmptyFace(self.title, parent)
        widget.setObjectName(f"{self.key}Face")
        widget.setWindowTitle(self.title)
        return widget


class EmptyFace(QWidget):
    """A face whose capability is not installed yet: its title, and nothing pretending to work."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(title, self)
        heading.setObjectName("faceTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        note = QLabel(
            QCoreApplication.translate("Faces", "This part of windowdesk is not available yet."), self
        )
        note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addStretch(2)


def _catalogue_browser(app: AppContext, parent: QWidget | None) -> QWidget:
    from windowdesk.ui.catalogue.browser import CatalogueBrowser

    return CatalogueBrowser(app, parent)


def _catalogue_editor(app: AppContext, parent: QWidget | None) -> QWidget:
    from windowdesk.ui.catalogue.editor import CatalogueEditor

    return CatalogueEditor(app, parent)


def _counter(app: AppContext, parent: QWidget | None) -> QWidget:
    from windowdesk.ui.counter.face import CounterFace

    return CounterFace(app, parent)


def _supervisor(app: AppContext, parent: QWidget | None) -> QWidget:
    from windowdesk.ui.supervision.face import SupervisorFace

    return SupervisorFace(app, parent)


def _kiosk(app: AppContext, parent: QWidget | None) -> QWidget:
    from windowdesk.ui.queue.kiosk import KioskFace

    return KioskFace(app, parent)


def _display(app: AppContext, parent: QWidget | None) -> QWidget:
    from windowdesk.ui.queue.display import HallDisplay

    return HallDisplay(app, parent)


def _rating_pad(app: AppContext, parent: QWidget | None) -> QWidget:
    from windowdesk.ui.rating_pad.face import RatingPad

    return RatingPad(app, parent)


def _department(app: AppContext, parent: QWidget | None) -> QWidget:
    from windowdesk.ui.department.desk import DepartmentDesk

    return DepartmentDesk(app, parent)


def _admin(app: AppContext, parent: QWidget | None) -> QWidget:
    from windowdesk.ui.admin.face import AdminFace

    return AdminFace(app, parent)


def home_face(role: str) -> Face:
    """Clerks work at the counter, handlers at their department's desk, supervisors on supervision,
    administrators in administration."""
    return {
        roles.CLERK: FACES["counter"],
        roles.HANDLER: FACES["department"],
        roles.ADMIN: FACES["admin"],
    }.get(role, FACES["supervisor"])


def _titles_for_lupdate() -> None:  # never called: shows pyside6-lupdate the face titles
    QCoreApplication.translate("Faces", "Counter")
    QCoreApplication.translate("Faces", "Supervision")
    QCoreApplication.translate("Faces", "Ticket kiosk")
    QCoreApplication.translate("Faces", "Hall display")
    QCoreApplication.translate("Faces", "Rating pad")
    QCoreApplication.translate("Faces", "Service catalogue")
    QCoreApplication.translate("Faces", "Catalogue editor")
    QCoreApplication.translate("Faces", "Department desk")
    QCoreApplication.translate("Faces", "Administration")


FACES: dict[str, Face] = {
    "counter": Face("counter", "Counter", roles.CLERK, _counter, module="windowdesk.ui.counter.face"),
    "supervisor": Face(
        "supervisor", "Supervision", roles.SUPERVISOR, _supervisor, module="windowdesk.ui.supervision.face"
    ),
    "kiosk": Face(
        "kiosk", "Ticket kiosk", roles.CLERK, _kiosk, standalone=True, module="windowdesk.ui.queue.kiosk"
    ),
    "display": Face(
        "display",
        "Hall display",
        roles.CLERK,
        _display,
        standalone=True,
        module="windowdesk.ui.queue.display",
    ),
    "rating": Face(
        "rating",
        "Rating pad",
        roles.CLERK,
        _rating_pad,
        standalone=True,
        module="windowdesk.ui.rating_pad.face",
    ),
    "catalogue": Face(
        "catalogue",
        "Service catalogue",
        roles.CLERK,
        _catalogue_browser,
        module="windowdesk.ui.catalogue.browser",
    ),
    "catalogue_editor": Face(
        "catalogue_editor",
        "Catalogue editor",
        roles.SUPERVISOR,
        _catalogue_editor,
        module="windowdesk.ui.catalogue.editor",
    ),
    "department": Face(
        "department", "Department desk", roles.HANDLER, _department, module="windowdesk.ui.department.desk"
    ),
    "admin": Face("admin", "Administration", roles.ADMIN, _admin, module="windowdesk.ui.admin.face"),
}
