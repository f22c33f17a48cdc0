# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'kiosk_release.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_KioskReleaseDialog(object):
    def setupUi(self, KioskReleaseDialog):
        if not KioskReleaseDialog.objectName():
            KioskReleaseDialog.setObjectName(u"KioskReleaseDialog")
        KioskReleaseDialog.resize(520, 190)
        self.mainLayout = QVBoxLayout(KioskReleaseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.reasonLabel = QLabel(KioskReleaseDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.reasonLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.loginLabel = QLabel(KioskReleaseDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(KioskReleaseDialog)
        self.loginEdit.setObjectName(u"loginEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.passwordLabel = QLabel(KioskReleaseDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(KioskReleaseDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(KioskReleaseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.windowButton = QPushButton(KioskReleaseDialog)
        self.windowButton.setObjectName(u"windowButton")
        self.windowButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.windowButton)

        self.closeButton = QPushButton(KioskReleaseDialog)
        self.closeButton.setObjectName(u"closeButton")
        self.closeButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.closeButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.cancelButton = QPushButton(KioskReleaseDialog)
        self.cancelButton.setObjectName(u"cancelButton")
        self.cancelButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.cancelButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.loginEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.loginEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.windowButton)
        QWidget.setTabOrder(self.windowButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.cancelButton)

        self.retranslateUi(KioskReleaseDialog)
    # setupUi

    def retranslateUi(self, KioskReleaseDialog):
        KioskReleaseDialog.setWindowTitle(QCoreApplication.translate("KioskReleaseDialog", u"Leave the ticket kiosk", None))
        self.reasonLabel.setText(QCoreApplication.translate("KioskReleaseDialog", u"Staff only: an administrator's user name and password are needed to leave the kiosk.", None))
        self.loginLabel.setText(QCoreApplication.translate("KioskReleaseDialog", u"Administrator's &user name:", None))
        self.passwordLabel.setText(QCoreApplication.translate("KioskReleaseDialog", u"&Password:", None))
        self.errorLabel.setText("")
        self.windowButton.setText(QCoreApplication.translate("KioskReleaseDialog", u"Leave &full screen", None))
        self.closeButton.setText(QCoreApplication.translate("KioskReleaseDialog", u"&Close the kiosk", None))
        self.cancelButton.setText(QCoreApplication.translate("KioskReleaseDialog", u"Cancel", None))
    # retranslateUi

