"""What every face gets: the services as the signed-in user, the task runner, settings, dialogs."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from windowdesk.services.clock import HallClock
from windowdesk.services.context import ServiceContext
from windowdesk.ui.dialogs import DialogService
from windowdesk.ui.local_settings import LocalSettings
from windowdesk.ui.scan_detector import ScanDetector
from windowdesk.ui.tasks import SynchronousTaskRunner, TaskRunner


class ChangeHub(QObject):
    """Faces announce what they changed so other open faces refresh without F5."""

    changed = Signal(str)  # a capability name: "queue", "cases", "catalogue", "settings", "sync"


@dataclass
class AppContext:
    services: ServiceContext
    tasks: TaskRunner | SynchronousTaskRunner
    settings: LocalSettings
    dialogs: DialogService
    hub: ChangeHub = field(default_factory=ChangeHub)
    scanner: ScanDetector | None = None  # the application's barcode scanner (installed by ui.app)

    def __post_init__(self) -> None:
        if not self.dialogs.store_place:
            from windowdesk.services import faults

            self.dialogs.store_place = faults.store_label(self.services.store.url)

    @property
    def clock(self) -> HallClock:
        """The hall's clock (the services'): every "now" and "today" a face shows comes from it."""
        return self.services.clock

    @property
    def actor(self):  # type: ignore[no-untyped-def]
        return self.services.actor
