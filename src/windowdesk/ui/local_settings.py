"""Settings of this PC (not of the site): its window number, paper, language, window geometry.

Kept in an INI file through QSettings; ``WINDOWDESK_HOME`` (tests) moves it with the data directory.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QSettings

from windowdesk.paths import data_dir

PAPER_SIZES = ("80", "58")
LANGUAGES = ("zh_CN", "en")


class LocalSettings:
    def __init__(self, path: str | None = None) -> None:
        if path is None:
            path = str(data_dir() / "windowdesk.ini")
        self._qs = QSettings(path, QSettings.Format.IniFormat)

    @property
    def path(self) -> str:
        return self._qs.fileName()

    # -- typed options -------------------------------------------------------------------
    @property
    def window_number(self) -> int:
        return _int(self._qs.value("counter/window_number", 1), 1)

    @window_number.setter
    def window_number(self, value: int) -> None:
        self._qs.setValue("counter/window_number", int(value))

    @property
    def rating_window(self) -> int:
        """The window whose rating pad this PC shows; 0: the PC's own window (a second monitor)."""
        return max(0, _int(self._qs.value("rating/window_number", 0), 0))

    @rating_window.setter
    def rating_window(self, value: int) -> None:
        self._qs.setValue("rating/window_number", max(0, int(value)))

    @property
    def paper(self) -> str:
        value = str(self._qs.value("printing/slip_paper_mm", "80"))
        return value if value in PAPER_SIZES else "80"

    @paper.setter
    def paper(self, value: str) -> None:
        if value not in PAPER_SIZES:
            raise ValueError(value)
        self._qs.setValue("printing/slip_paper_mm", value)

    @property
    def language(self) -> str:
        value = str(self._qs.value("ui/language", os.environ.get("WINDOWDESK_LANG", "zh_CN")))
        return value if value in LANGUAGES else "zh_CN"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(value)
        self._qs.setValue("ui/language", value)

    @property
    def last_login(self) -> str:
        return str(self._qs.value("ui/last_login", ""))

    @last_login.setter
    def last_login(self, value: str) -> None:
        self._qs.setValue("ui/last_login", value)

    # -- window geometry -----------------------------------------------------------------
    def geometry(self, name: str) -> QByteArray | None:
        value = self._qs.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._qs.setValue(f"geometry/{name}", value)

    def value(self, key: str, default: object = None) -> object:
        return self._qs.value(key, default)

    def set_value(self, key: str, value: object) -> None:
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()


def _int(value: object, default: int) -> int:
    try:
        return int(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
