# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'change_password.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ChangePasswordDialog(object):
    def setupUi(self, ChangePasswordDialog):
        if not ChangePasswordDialog.objectName():
            ChangePasswordDialog.setObjectName(u"ChangePasswordDialog")
        ChangePasswordDialog.resize(420, 220)
        self.mainLayout = QVBoxLayout(ChangePasswordDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.reasonLabel = QLabel(ChangePasswordDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")
        self.reasonLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.reasonLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.oldPasswordLabel = QLabel(ChangePasswordDialog)
        self.oldPasswordLabel.setObjectName(u"oldPasswordLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.oldPasswordLabel)

        self.oldPasswordEdit = QLineEdit(ChangePasswordDialog)
        self.oldPasswordEdit.setObjectName(u"oldPasswordEdit")
        self.oldPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.oldPasswordEdit)

        self.newPasswordLabel = QLabel(ChangePasswordDialog)
        self.newPasswordLabel.setObjectName(u"newPasswordLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newPasswordLabel)

        self.newPasswordEdit = QLineEdit(ChangePasswordDialog)
        self.newPasswordEdit.setObjectName(u"newPasswordEdit")
        self.newPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newPasswordEdit)

        self.againPasswordLabel = QLabel(ChangePasswordDialog)
        self.againPasswordLabel.setObjectName(u"againPasswordLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.againPasswordLabel)

        self.againPasswordEdit = QLineEdit(ChangePasswordDialog)
        self.againPasswordEdit.setObjectName(u"againPasswordEdit")
        self.againPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.againPasswordEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ChangePasswordDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ChangePasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.oldPasswordLabel.setBuddy(self.oldPasswordEdit)
        self.newPasswordLabel.setBuddy(self.newPasswordEdit)
        self.againPasswordLabel.setBuddy(self.againPasswordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ChangePasswordDialog)
    # setupUi

    def retranslateUi(self, ChangePasswordDialog):
        ChangePasswordDialog.setWindowTitle(QCoreApplication.translate("ChangePasswordDialog", u"Change your password", None))
        self.reasonLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"Choose your own password: at least 8 characters, not your login.", None))
        self.oldPasswordLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Current password:", None))
        self.newPasswordLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"&New password:", None))
        self.againPasswordLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"New password &again:", None))
        self.errorLabel.setText("")
    # retranslateUi

