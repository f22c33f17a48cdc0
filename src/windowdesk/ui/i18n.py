"""Installing the UI language: windowdesk's own translation and Qt's, so standard dialogs match."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from windowdesk.messages import catalogue_path, set_language

log = logging.getLogger(__name__)
_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> None:
    """Switch the UI (and service messages) to ``language``; English is the source language."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    set_language(language)
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        _load(app, qm_path("en"))  # English is the source text; this file has its plural forms
        return
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_zh_CN",):
        translator = QTranslator(app)
        if translator.load(name, qt_dir):
            app.installTranslator(translator)
            _installed.append(translator)
    if not _load(app, qm_path(language)):
        log.warning("no %s translation found; the UI stays in English", language)


def qm_path(language: str) -> Path:
    return catalogue_path(language).with_suffix(".qm")


def _load(app: QCoreApplication, qm: Path) -> bool:
    """Install the shipped, compiled ``qm`` (python -m windowdesk.ui.i18n_build; committed): nothing
    is compiled at start-up."""
    translator = QTranslator(app)
    if not translator.load(str(qm)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True
