"""Windows sized for the screen they open on: a counter PC is often 1366×768 with a task bar."""

from __future__ import annotations

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QTableView, QWidget

SCREEN_SHARE = 0.94  # of the available area: the window's frame and title bar need the rest


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width``×``height`` or less, so that all of it (its buttons at the
    bottom too) lies on the available area of its screen, and centre it there."""
    area = available_area(window)
    size_w = min(width, int(area.width() * SCREEN_SHARE))
    size_h = min(height, int(area.height() * SCREEN_SHARE))
    window.resize(size_w, size_h)
    frame_extra = max(0, window.frameGeometry().height() - window.height())
    window.move(
        area.x() + (area.width() - size_w) // 2,
        area.y() + max(0, (area.height() - size_h - frame_extra) // 2),
    )


def available_area(window: QWidget) -> QRect:
    screen = window.screen() if window.screen() is not None else QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def rows_follow_columns(table: QTableView) -> None:
    """Keep each row of ``table`` as tall as its wrapped text whenever a column changes width (a
    narrower screen, a stretched column) or rows come in: once the header has laid out all its
    sections. Call it after the table has its model."""
    timer = QTimer(table)
    timer.setObjectName("rowsFollowColumns")
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(table.resizeRowsToContents)
    table.setWordWrap(True)
    table.horizontalHeader().sectionResized.connect(lambda *_: timer.start())
    # new rows (or new text) in columns that keep their width resize no section: follow them too
    model = table.model()
    model.rowsInserted.connect(lambda *_: timer.start())
    model.modelReset.connect(timer.start)
    model.dataChanged.connect(lambda *_: timer.start())
