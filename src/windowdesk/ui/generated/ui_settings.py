# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(420, 280)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setVerticalSpacing(10)
        self.windowLabel = QLabel(SettingsDialog)
        self.windowLabel.setObjectName(u"windowLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.windowLabel)

        self.windowSpin = QSpinBox(SettingsDialog)
        self.windowSpin.setObjectName(u"windowSpin")
        self.windowSpin.setMinimum(1)
        self.windowSpin.setMaximum(999)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.windowSpin)

        self.paperLabel = QLabel(SettingsDialog)
        self.paperLabel.setObjectName(u"paperLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paperLabel)

        self.paperCombo = QComboBox(SettingsDialog)
        self.paperCombo.setObjectName(u"paperCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paperCombo)

        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.ratingWindowLabel = QLabel(SettingsDialog)
        self.ratingWindowLabel.setObjectName(u"ratingWindowLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.ratingWindowLabel)

        self.ratingWindowSpin = QSpinBox(SettingsDialog)
        self.ratingWindowSpin.setObjectName(u"ratingWindowSpin")
        self.ratingWindowSpin.setMinimum(0)
        self.ratingWindowSpin.setMaximum(999)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.ratingWindowSpin)


        self.mainLayout.addLayout(self.formLayout)

        self.noteLabel = QLabel(SettingsDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.noteLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.windowLabel.setBuddy(self.windowSpin)
        self.paperLabel.setBuddy(self.paperCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.ratingWindowLabel.setBuddy(self.ratingWindowSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings of this PC", None))
        self.windowLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Window number of this PC:", None))
        self.paperLabel.setText(QCoreApplication.translate("SettingsDialog", u"Ticket &paper:", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
        self.ratingWindowLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Rating pad of window:", None))
        self.ratingWindowSpin.setSpecialValueText(QCoreApplication.translate("SettingsDialog", u"this PC's window", None))
        self.noteLabel.setText(QCoreApplication.translate("SettingsDialog", u"A new language takes effect after signing in again.", None))
    # retranslateUi

