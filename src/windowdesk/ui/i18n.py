"""Installing the UI language: windowdesk's own translation and Qt's, so standard dialogs match."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from windowdesk.messages import set_language
from windowdesk.ui.i18n_build import qm_path

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
        return
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_zh_CN",):
        translator = QTranslator(app)
        if translator.load(name, qt_dir):
            app.installTranslator(translator)
            _installed.append(translator)
    # The .qm is shipped, compiled and committed (python -m windowdesk.ui.i18n_build); never built here.
    qm = qm_path(language)
    translator = QTranslator(app)
    if translator.load(str(qm)):
        app.installTranslator(translator)
        _installed.append(translator)
    else:
        log.warning("no %s translation found; the UI stays in English", language)
