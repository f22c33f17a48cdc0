# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock_screen.ui'
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
from PySide6.QtWidgets import (QApplication, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockScreen(object):
    def setupUi(self, LockScreen):
        if not LockScreen.objectName():
            LockScreen.setObjectName(u"LockScreen")
        LockScreen.resize(800, 600)
        self.outerLayout = QHBoxLayout(LockScreen)
        self.outerLayout.setObjectName(u"outerLayout")
        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.leftSpacer)

        self.lockFrame = QFrame(LockScreen)
        self.lockFrame.setObjectName(u"lockFrame")
        self.lockFrame.setMaximumSize(QSize(560, 16777215))
        self.lockLayout = QVBoxLayout(self.lockFrame)
        self.lockLayout.setObjectName(u"lockLayout")
        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lockLayout.addItem(self.topSpacer)

        self.lockTitleLabel = QLabel(self.lockFrame)
        self.lockTitleLabel.setObjectName(u"lockTitleLabel")

        self.lockLayout.addWidget(self.lockTitleLabel)

        self.lockedUserLabel = QLabel(self.lockFrame)
        self.lockedUserLabel.setObjectName(u"lockedUserLabel")

        self.lockLayout.addWidget(self.lockedUserLabel)

        self.lockHintLabel = QLabel(self.lockFrame)
        self.lockHintLabel.setObjectName(u"lockHintLabel")
        self.lockHintLabel.setWordWrap(True)

        self.lockLayout.addWidget(self.lockHintLabel)

        self.unlockForm = QFormLayout()
        self.unlockForm.setObjectName(u"unlockForm")
        self.unlockLoginLabel = QLabel(self.lockFrame)
        self.unlockLoginLabel.setObjectName(u"unlockLoginLabel")

        self.unlockForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unlockLoginLabel)

        self.unlockLoginEdit = QLineEdit(self.lockFrame)
        self.unlockLoginEdit.setObjectName(u"unlockLoginEdit")
        self.unlockLoginEdit.setMaxLength(32)

        self.unlockForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unlockLoginEdit)

        self.unlockPasswordLabel = QLabel(self.lockFrame)
        self.unlockPasswordLabel.setObjectName(u"unlockPasswordLabel")

        self.unlockForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.unlockPasswordLabel)

        self.unlockPasswordEdit = QLineEdit(self.lockFrame)
        self.unlockPasswordEdit.setObjectName(u"unlockPasswordEdit")
        self.unlockPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.unlockForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.unlockPasswordEdit)


        self.lockLayout.addLayout(self.unlockForm)

        self.unlockButtons = QHBoxLayout()
        self.unlockButtons.setObjectName(u"unlockButtons")
        self.unlockSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.unlockButtons.addItem(self.unlockSpacer)

        self.unlockButton = QPushButton(self.lockFrame)
        self.unlockButton.setObjectName(u"unlockButton")

        self.unlockButtons.addWidget(self.unlockButton)


        self.lockLayout.addLayout(self.unlockButtons)

        self.unlockErrorLabel = QLabel(self.lockFrame)
        self.unlockErrorLabel.setObjectName(u"unlockErrorLabel")
        self.unlockErrorLabel.setWordWrap(True)

        self.lockLayout.addWidget(self.unlockErrorLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.lockLayout.addItem(self.bottomSpacer)


        self.outerLayout.addWidget(self.lockFrame)

        self.rightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.rightSpacer)

#if QT_CONFIG(shortcut)
        self.unlockLoginLabel.setBuddy(self.unlockLoginEdit)
        self.unlockPasswordLabel.setBuddy(self.unlockPasswordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(LockScreen)
    # setupUi

    def retranslateUi(self, LockScreen):
        LockScreen.setWindowTitle(QCoreApplication.translate("LockScreen", u"Locked", None))
        self.lockTitleLabel.setText(QCoreApplication.translate("LockScreen", u"This counter is locked", None))
        self.lockedUserLabel.setText("")
        self.lockHintLabel.setText(QCoreApplication.translate("LockScreen", u"The queue, the hall display and the kiosk keep running. Unlock with your own password, or an administrator's.", None))
        self.unlockLoginLabel.setText(QCoreApplication.translate("LockScreen", u"&User:", None))
        self.unlockPasswordLabel.setText(QCoreApplication.translate("LockScreen", u"&Password:", None))
        self.unlockButton.setText(QCoreApplication.translate("LockScreen", u"&Unlock", None))
        self.unlockErrorLabel.setText("")
    # retranslateUi

