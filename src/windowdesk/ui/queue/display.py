"""The hall display (叫号屏): current call per window, recent calls, the newest highlighted, clock,
scrolling notice, and the spoken call. It reads the queue whenever any client changes it."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, QRectF, Qt, QTimer, QTimeZone
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QVBoxLayout, QWidget

from windowdesk.services.queue import QueueStatus
from windowdesk.services.settings import DISPLAY_NOTICE, VOICE_REPEATS, get_setting
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.queue.live import QueueLive
from windowdesk.ui.queue.voice import Announcer, speakable
from windowdesk.ui.style import set_screen_class, set_state

HIGHLIGHT_MS = 8000
# From this height on (a 1920×1080 screen) the board uses its large type; the style sheet has both.
LARGE_SCREEN_HEIGHT = 960


class Marquee(QWidget):
    """A line of text scrolling right to left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._offset = 0.0
        font = QFont(self.font())
        font.setPointSize(20)
        self.setFont(font)
        self.setMinimumHeight(48)
        self._timer = QTimer(self)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._step)
        self._timer.start()

    def setText(self, text: str) -> None:  # noqa: N802 (Qt naming)
        self._text = text
        self.update()

    def text(self) -> str:
        return self._text

    def _step(self) -> None:
        self._offset += 2
        width = self.fontMetrics().horizontalAdvance(self._text) + self.width()
        if self._offset > width:
            self._offset = 0
        self.update()

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        painter.setPen(Qt.GlobalColor.yellow)
        x = self.width() - self._offset
        painter.drawText(QRectF(x, 0, 10_000, self.height()), Qt.AlignmentFlag.AlignVCenter, self._text)
        painter.end()

    def stop(self) -> None:
        self._timer.stop()


class _Tile(QFrame):
    def __init__(self, window_no: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(f"windowTile{window_no}")
        self.setProperty("tile", True)
        self.setProperty("fresh", False)
        layout = QVBoxLayout(self)
        self.window_label = QLabel(self.tr("Window %1").replace("%1", str(window_no)), self)
        self.window_label.setProperty("role", "window")
        self.number_label = QLabel("—", self)
        self.number_label.setProperty("role", "number")
        self.number_label.setObjectName(f"tileNumber{window_no}")
        for label in (self.window_label, self.number_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)

    def set_fresh(self, fresh: bool) -> None:
        set_state(self, "fresh", fresh)


class HallDisplay(QWidget):
    def __init__(self, app: AppContext, parent: QWidget | None = None, *, announcer: Announcer | None = None,
                 watch: bool = True) -> None:  # fmt: skip
        super().__init__(parent)
        self.app = app
        self.setObjectName("displayFace")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.announcer = announcer or Announcer(repeats=1, parent=self)
        self._seen: set[tuple] | None = None  # calls already announced; None until the first read
        self._tiles: dict[int, _Tile] = {}
        self._fresh_until: dict[int, QDateTime] = {}
        self._zone = QTimeZone(b"Asia/Shanghai")
        self._shown_once = False

        self.hall_label = QLabel(self)
        self.hall_label.setObjectName("hallName")
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("clockLabel")
        self.banner = QLabel(self)
        self.banner.setObjectName("callBanner")
        self.banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.tiles_box = QGridLayout()
        self.tiles_box.setSpacing(12)
        recent_title = QLabel(self.tr("Recent calls"), self)
        recent_title.setObjectName("recentTitle")
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentCalls")
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.notice = Marquee(self)
        self.notice.setObjectName("noticeMarquee")

        top = QHBoxLayout()
        top.addWidget(self.hall_label, 1)
        top.addWidget(self.clock_label)
        side = QVBoxLayout()
        side.addWidget(recent_title)
        side.addWidget(self.recent, 1)
        middle = QHBoxLayout()
        middle.addLayout(self.tiles_box, 3)
        middle.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(middle, 1)
        layout.addWidget(self.notice)

        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._tick()
        QShortcut(QKeySequence("F11"), self, self.toggle_full_screen)
        QShortcut(QKeySequence("Esc"), self, self.showNormal)

        self.live = QueueLive(app, self, watch=watch)
        self.live.status_changed.connect(self.show_status)
        app.tasks.run(self._read_display_settings, on_done=self._apply_display_settings)
        self.live.refresh()

    def _read_display_settings(self) -> tuple[str, int]:
        return get_setting(self.app.services, DISPLAY_NOTICE.key), get_setting(
            self.app.services, VOICE_REPEATS.key
        )

    def _apply_display_settings(self, values: tuple[str, int]) -> None:
        notice, repeats = values
        self.notice.setText(notice)
        self.announcer.repeats = repeats

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        # A hall screen shows nothing else: full screen when it opens as its own window (F11/Esc
        # leave it; "display/full_screen=false" in this PC's settings turns it off).
        if not self._shown_once and self.isWindow():
            self._shown_once = True
            if str(self.app.settings.value("display/full_screen", "true")).lower() != "false":
                QTimer.singleShot(0, self.showFullScreen)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().resizeEvent(event)
        set_screen_class(self, "large" if self.height() >= LARGE_SCREEN_HEIGHT else "normal")

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def _now(self) -> QDateTime:
        at = self.app.clock.now()
        return QDateTime.fromMSecsSinceEpoch(int(at.timestamp() * 1000), QTimeZone.utc())

    def _tick(self) -> None:
        now = self._now()
        self.clock_label.setText(now.toTimeZone(self._zone).toString("yyyy-MM-dd  HH:mm:ss"))
        for window_no, until in list(self._fresh_until.items()):
            if now >= until and window_no in self._tiles:
                self._tiles[window_no].set_fresh(False)
                del self._fresh_until[window_no]

    def call_text(self, number: str, window_no: int) -> str:
        return (
            self.tr("Number %1, please go to window %2").replace("%1", number).replace("%2", str(window_no))
        )

    def show_status(self, status: QueueStatus) -> None:
        self.hall_label.setText(status.hall_name)
        zone = QTimeZone(status.zone.encode())
        if zone.isValid() and zone != self._zone:
            self._zone = zone
            self._tick()
        for window in status.windows:
            tile = self._tiles.get(window.window_no)
            if tile is None:
                tile = self._tiles[window.window_no] = _Tile(window.window_no, self)
                index = len(self._tiles) - 1
                self.tiles_box.addWidget(tile, index // 3, index % 3)
            if window.paused:
                tile.number_label.setText(self.tr("Paused"))
            else:
                tile.number_label.setText(window.current.number if window.current else "—")
        self.recent.clear()
        for call in status.recent_calls[:6]:
            self.recent.addItem(
                f"{call.number}  →  " + self.tr("Window %1").replace("%1", str(call.window_no))
            )
        calls = [(c.id, c.recall_count, c.called_at, c.window_no, c.number) for c in status.recent_calls]
        if self._seen is None:  # what was called before the board started is not announced again
            self._seen = {c[:3] for c in calls}
            return
        new = [c for c in calls if c[:3] not in self._seen and c[3] is not None]
        for key_id, recalls, called_at, window_no, number in reversed(new):  # oldest first
            self._seen.add((key_id, recalls, called_at))
            text = self.call_text(number, window_no)
            self.banner.setText(text)
            if window_no in self._tiles:
                self._tiles[window_no].set_fresh(True)
                self._fresh_until[window_no] = self._now().addMSecs(HIGHLIGHT_MS)
            self.announcer.announce(self.call_text(speakable(number), window_no))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.live.stop()
        self._clock.stop()
        self.notice.stop()
        self.announcer.clear()
        super().closeEvent(event)
