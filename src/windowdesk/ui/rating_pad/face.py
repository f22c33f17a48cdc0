"""The rating pad: idle it shows its window and the staff member on duty; when a visit at that
window finishes (on any client of the store) it asks the applicant within a second, and when a
case's result is picked up there within the safety look (a few seconds): five large buttons, reasons
and an optional comment for a bad rating, then thanks. No answer in ``rating.timeout_seconds``
records 未评价.

The pad acts as itself (``ratings.pad_context``), never as the clerk who opened it.
"""

from __future__ import annotations

import atexit
import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPixmap, QResizeEvent, QShortcut
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from windowdesk.domain.pinyin_input import pinyin_index
from windowdesk.domain.ratings import LEVELS, REASONS, is_bad
from windowdesk.errors import UserError, current_language
from windowdesk.messages import translate
from windowdesk.services import ratings
from windowdesk.services.context import ServiceContext
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.generated.ui_rating_pad import Ui_RatingPad
from windowdesk.ui.rating_pad.keyboard import PinyinKeyboard
from windowdesk.ui.rating_pad.style import apply_scaled_style
from windowdesk.ui.tasks import IO

log = logging.getLogger(__name__)

IDLE, ASK, REASONS_PAGE, KEYBOARD, THANKS = range(5)
THANKS_MS = 4000
SAFETY_CHECK_MS = 5000  # also look now and then, in case a wake-up was lost with a connection
IDLE_REFRESH_MS = 60_000  # who is on duty may change


def paired_window(app: AppContext) -> int:
    """The window this pad belongs to (this PC's settings): its own, else this PC's counter window."""
    return app.settings.rating_window or app.settings.window_number


class _WatchThread(QThread):
    """Blocks on the store's change signal off the UI thread; ``changed`` when the queue moved."""

    changed = Signal()

    def __init__(self, ctx: ServiceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx

    def run(self) -> None:
        try:
            watch = ratings.VisitWatch(self._ctx)
        except Exception:
            log.exception("cannot watch the queue; the pad looks every few seconds instead")
            return
        try:
            while not self.isInterruptionRequested():
                if watch.wait(0.25):
                    self.changed.emit()
        except Exception:
            log.exception("the pad's watch stopped")
        finally:
            watch.close()


class RatingPad(QWidget):
    #: Emitted after a rating or 未评价 was stored (tests wait on it): the RatingInfo.
    recorded = Signal(object)

    def __init__(self, app: AppContext, parent: QWidget | None = None, *, watch: bool = True) -> None:
        super().__init__(parent)
        self.app = app
        self.window_no = paired_window(app)
        self.services = ratings.pad_context(app.services, self.window_no)
        self._style_height = 0
        self._photo: bytes | None = None
        self.ui = Ui_RatingPad()
        self.ui.setupUi(self)
        self.setObjectName("ratingFace")
        self.visit: ratings.VisitToRate | None = None
        self.level: int | None = None
        self.remaining = 0
        self.timeout_seconds = 60
        self._checking = False
        self._check_again = False
        self._saving = False
        self._shown_once = False

        self.level_buttons: dict[int, QPushButton] = {}
        english = current_language() == "en"
        for level, name in LEVELS.items():
            # Two-word English labels take two lines, so they fit five across a 1024-pixel screen.
            label = (name.replace(" ", "\n", 1) if len(name) > 12 else name) if english else translate(name)
            button = QPushButton(label, self.ui.levelBox)
            button.setObjectName(f"levelButton{level}")
            button.setProperty("kind", "level")
            button.setProperty("level", str(level))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.clicked.connect(lambda _=False, n=level: self.choose_level(n))
            self.ui.levelLayout.addWidget(button)
            self.level_buttons[level] = button
        self.reason_buttons: dict[str, QPushButton] = {}
        for i, (code, name) in enumerate(REASONS.items()):
            button = QPushButton(translate(name), self.ui.reasonBox)
            button.setObjectName(f"reason_{code}")
            button.setProperty("kind", "reason")
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.toggled.connect(self._reasons_changed)
            self.ui.reasonLayout.addWidget(button, i // 3, i % 3)
            self.reason_buttons[code] = button
        self.keyboard = PinyinKeyboard(self.ui.commentEdit, self.ui.keyboardBox)
        self.ui.keyboardBoxLayout.addWidget(self.keyboard)
        self.keyboard.touched.connect(self._touched)
        self.keyboard.done.connect(self._comment_done)
        self.ui.commentButton.clicked.connect(self._open_keyboard)
        self.ui.backButton.clicked.connect(self._back_to_levels)
        self.ui.submitButton.clicked.connect(self._submit_bad)
        self.ui.photoLabel.setText(self.tr("No photo"))

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        self._thanks = QTimer(self)
        self._thanks.setSingleShot(True)
        self._thanks.setInterval(THANKS_MS)
        self._thanks.timeout.connect(self.go_idle)
        self._safety = QTimer(self)
        self._safety.setInterval(SAFETY_CHECK_MS)
        self._safety.timeout.connect(self.check)
        self._safety.start()
        self._idle_refresh = QTimer(self)
        self._idle_refresh.setInterval(IDLE_REFRESH_MS)
        self._idle_refresh.timeout.connect(self.refresh_idle)
        self._idle_refresh.start()
        QShortcut(QKeySequence("F11"), self, self.toggle_full_screen)
        QShortcut(QKeySequence("Esc"), self, self.showNormal)

        self._thread: _WatchThread | None = None
        if watch:
            self._thread = _start_watch(self.services)
            self._thread.changed.connect(self.check)
            # A face may be deleted with its window (children get no closeEvent): stop then too.
            self.destroyed.connect(self._thread.requestInterruption)
        app.tasks.run(pinyin_index, on_done=self.keyboard.set_index, kind=IO)
        self._apply_style()
        self.go_idle()

    # -- pages -------------------------------------------------------------------------------
    @property
    def page(self) -> int:
        return self.ui.pages.currentIndex()

    def go_idle(self) -> None:
        self._countdown.stop()
        self.visit, self.level = None, None
        self.ui.countdownLabel.clear()
        self.ui.pages.setCurrentIndex(IDLE)
        self.refresh_idle()
        self.check()

    def refresh_idle(self) -> None:
        self.app.tasks.run(
            ratings.pad_idle, self.services, self.window_no, on_done=self.show_idle, on_error=self._failed
        )

    def show_idle(self, idle: ratings.PadIdle) -> None:
        self.timeout_seconds = idle.timeout_seconds
        self.ui.hallLabel.setText(idle.hall_name)
        self.ui.windowLabel.setText(self.tr("Window %1").replace("%1", str(idle.window_no)))
        staff = idle.staff
        if not idle.window_exists:  # staff must pair it: say so instead of a "window 0" nobody has
            self.ui.windowLabel.setText(self.tr("Not paired"))
            self.ui.onDutyLabel.setText(self.tr("This pad is paired to no window of this site"))
            self.ui.staffNameLabel.setText(self.tr("Set its window in File ▸ Settings of this PC…"))
            self.ui.staffNoLabel.clear()
        elif staff is None:
            self.ui.onDutyLabel.setText(self.tr("On duty"))
            self.ui.staffNameLabel.setText(self.tr("No one signed in yet"))
            self.ui.staffNoLabel.clear()
        else:
            self.ui.onDutyLabel.setText(self.tr("On duty"))
            self.ui.staffNameLabel.setText(staff.name)
            self.ui.staffNoLabel.setText(
                self.tr("Staff no. %1").replace("%1", staff.staff_no) if staff.staff_no else ""
            )
        self._show_photo(None if staff is None else staff.photo_jpeg)

    def _show_photo(self, data: bytes | None) -> None:
        self._photo = data
        side = max(120, self.height() // 3)
        self.ui.photoLabel.setFixedSize(round(side * 0.75), side)
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.ui.photoLabel.setPixmap(
                pixmap.scaled(self.ui.photoLabel.size(), aspectMode=_KEEP, mode=_SMOOTH)
            )
        else:
            self.ui.photoLabel.setPixmap(QPixmap())
            self.ui.photoLabel.setText(self.tr("No photo"))

    # -- asking --------------------------------------------------------------------------------
    def check(self) -> None:
        """Look for a visit to rate (after any change to the queue, and now and then)."""
        if self.page not in (IDLE, THANKS) or self._saving:
            return
        if self._checking:
            self._check_again = True
            return
        self._checking = True
        self.app.tasks.run(
            ratings.awaiting_rating,
            self.services,
            self.window_no,
            on_done=self._checked,
            on_error=self._check_failed,
        )

    def _checked(self, visit: ratings.VisitToRate | None) -> None:
        self._checking = False
        if visit is not None and self.page == IDLE and not self._saving:
            self.ask(visit)
        elif self._check_again:
            self._check_again = False
            self.check()

    def _check_failed(self, exc: BaseException) -> None:
        self._checking = False
        log.warning("the pad could not read the queue: %s", exc)

    def ask(self, visit: ratings.VisitToRate) -> None:
        self.visit, self.level = visit, None
        self.timeout_seconds = visit.timeout_seconds
        if visit.subject.kind == "delivery":
            what = self.tr("Result of case %1 · window %2 · %3")
        else:
            what = self.tr("Ticket %1 · window %2 · %3")
        self.ui.visitLabel.setText(
            what.replace("%1", visit.label)
            .replace("%2", str(visit.window_no))
            .replace("%3", visit.staff_name)
        )
        for button in self.reason_buttons.values():
            button.setChecked(False)
        self.ui.commentEdit.clear()
        self.keyboard.clear()
        self._update_comment_button()
        self.ui.pages.setCurrentIndex(ASK)
        self._touched()
        self._countdown.start()

    def _touched(self) -> None:
        """The applicant is still there: the countdown starts again."""
        self.remaining = self.timeout_seconds
        self._show_remaining()

    def _show_remaining(self) -> None:
        self.ui.countdownLabel.setText(self.tr("%1 s").replace("%1", str(self.remaining)))

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining > 0:
            self._show_remaining()
            return
        self._countdown.stop()
        if self.visit is not None:
            self._save(ratings.record_unrated, self.visit.subject, thank=False)

    def choose_level(self, level: int) -> None:
        if self.visit is None:
            return
        self._touched()
        self.level = level
        if is_bad(level):
            self._reasons_changed()
            self.ui.pages.setCurrentIndex(REASONS_PAGE)
        else:
            self._save(ratings.add_rating, self.visit.subject, level)

    def _reasons_changed(self, _checked: bool = False) -> None:
        self._touched()
        self.ui.submitButton.setEnabled(any(b.isChecked() for b in self.reason_buttons.values()))

    def _back_to_levels(self) -> None:
        self._touched()
        self.ui.pages.setCurrentIndex(ASK)

    def _open_keyboard(self) -> None:
        self._touched()
        self.ui.pages.setCurrentIndex(KEYBOARD)

    def _comment_done(self) -> None:
        self._update_comment_button()
        self.ui.pages.setCurrentIndex(REASONS_PAGE)

    def _update_comment_button(self) -> None:
        text = self.ui.commentEdit.text().strip()
        if text:
            shown = text if len(text) <= 24 else text[:24] + "…"
            self.ui.commentButton.setText(self.tr("Comment: %1").replace("%1", shown))
        else:
            self.ui.commentButton.setText(self.tr("Add a comment (optional)"))

    def _submit_bad(self) -> None:
        if self.visit is None or self.level is None:
            return
        chosen = [code for code, b in self.reason_buttons.items() if b.isChecked()]
        self._save(ratings.add_rating, self.visit.subject, self.level, chosen, self.ui.commentEdit.text())

    def _save(self, fn, *args, thank: bool = True) -> None:  # type: ignore[no-untyped-def]
        if self._saving:
            return
        self._saving = True
        self._countdown.stop()
        self.ui.countdownLabel.clear()
        self.app.tasks.run(
            fn,
            self.services,
            *args,
            source="pad",
            on_done=lambda info: self._saved(info, thank),
            on_error=self._save_failed,
        )

    def _saved(self, info: ratings.RatingInfo, thank: bool) -> None:
        self._saving = False
        self.recorded.emit(info)
        if thank:
            self.ui.thanksLabel.setText(self.tr("Thank you for your rating!"))
            self.ui.thanksDetailLabel.setText(
                self.tr("We will look into it and get back to you.") if info.is_bad else ""
            )
            self.ui.pages.setCurrentIndex(THANKS)
            self._thanks.start()
        else:
            self.go_idle()

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        message = exc.message if isinstance(exc, UserError) else self.tr("The rating could not be saved.")
        if not isinstance(exc, UserError):
            log.error("saving a rating failed", exc_info=exc)
        self.ui.thanksLabel.setText(self.tr("Sorry"))
        self.ui.thanksDetailLabel.setText(message)
        self.ui.pages.setCurrentIndex(THANKS)
        self._thanks.start()

    def _failed(self, exc: BaseException) -> None:
        log.warning("the pad could not read its window: %s", exc)
        if isinstance(exc, UserError):
            self.ui.staffNameLabel.setText(exc.message)

    # -- window --------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._apply_style()
        self._show_photo(self._photo)  # the photo grows and shrinks with the screen

    def _apply_style(self) -> None:
        height = max(self.height(), 480)
        if abs(height - self._style_height) < 8:
            return
        self._style_height = height
        apply_scaled_style(self, height)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        # The pad shows nothing else: full screen when it opens as its own window (F11/Esc leave
        # it; "rating/full_screen=false" in this PC's settings turns it off).
        if not self._shown_once and self.isWindow():
            self._shown_once = True
            if str(self.app.settings.value("rating/full_screen", "true")).lower() != "false":
                QTimer.singleShot(0, self.showFullScreen)

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def stop(self) -> None:
        for timer in (self._countdown, self._thanks, self._safety, self._idle_refresh):
            timer.stop()
        if self._thread is not None:
            self._thread.changed.disconnect(self.check)
            self._thread.requestInterruption()
            self._thread = None

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.stop()
        super().closeEvent(event)


_KEEP = Qt.AspectRatioMode.KeepAspectRatio
_SMOOTH = Qt.TransformationMode.SmoothTransformation


#: Watch threads have no parent, so a deleted pad never deletes a running thread; ended ones are
#: forgotten when the next starts, and whatever still runs is stopped when the application quits.
_RUNNING: set[_WatchThread] = set()


def _start_watch(ctx: ServiceContext) -> _WatchThread:
    for old in [t for t in _RUNNING if t.isFinished()]:
        _RUNNING.discard(old)
    thread = _WatchThread(ctx)
    _RUNNING.add(thread)
    app = QCoreApplication.instance()
    if app is not None and not getattr(app, "_windowdesk_pad_watch_stop", False):
        app.aboutToQuit.connect(stop_all_watches)
        app._windowdesk_pad_watch_stop = True  # type: ignore[attr-defined]
    thread.start()
    return thread


def stop_all_watches() -> None:
    for thread in list(_RUNNING):
        thread.requestInterruption()
    for thread in list(_RUNNING):
        thread.wait(3000)
    _RUNNING.clear()


atexit.register(stop_all_watches)
