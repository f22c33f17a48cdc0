"""This PC's settings: window number, the window of its rating pad, ticket paper, language."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from windowdesk.messages import N_
from windowdesk.ui.generated.ui_settings import Ui_SettingsDialog
from windowdesk.ui.local_settings import LANGUAGES, PAPER_SIZES, LocalSettings


class SettingsDialog(QDialog):
    def __init__(self, settings: LocalSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self._settings = settings
        self.ui.paperCombo.addItem(self.tr("80 mm receipt paper"), "80")
        self.ui.paperCombo.addItem(self.tr("58 mm receipt paper"), "58")
        self.ui.languageCombo.addItem(N_("zh_CN"))
        self.ui.languageCombo.addItem("English", "en")
        self.ui.windowSpin.setValue(settings.window_number)
        self.ui.ratingWindowSpin.setValue(settings.rating_window)
        self.ui.paperCombo.setCurrentIndex(PAPER_SIZES.index(settings.paper))
        self.ui.languageCombo.setCurrentIndex(LANGUAGES.index(settings.language))
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        self._settings.window_number = self.ui.windowSpin.value()
        self._settings.rating_window = self.ui.ratingWindowSpin.value()
        self._settings.paper = self.ui.paperCombo.currentData()
        self._settings.language = self.ui.languageCombo.currentData()
        self._settings.sync()
        super().accept()
