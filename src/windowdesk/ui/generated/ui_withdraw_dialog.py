# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'withdraw_dialog.ui'
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
    QLabel, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_WithdrawDialog(object):
    def setupUi(self, WithdrawDialog):
        if not WithdrawDialog.objectName():
            WithdrawDialog.setObjectName(u"WithdrawDialog")
        WithdrawDialog.resize(460, 260)
        self.mainLayout = QVBoxLayout(WithdrawDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.withdrawExplanationLabel = QLabel(WithdrawDialog)
        self.withdrawExplanationLabel.setObjectName(u"withdrawExplanationLabel")
        self.withdrawExplanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.withdrawExplanationLabel)

        self.withdrawReasonLabel = QLabel(WithdrawDialog)
        self.withdrawReasonLabel.setObjectName(u"withdrawReasonLabel")

        self.mainLayout.addWidget(self.withdrawReasonLabel)

        self.withdrawReasonEdit = QPlainTextEdit(WithdrawDialog)
        self.withdrawReasonEdit.setObjectName(u"withdrawReasonEdit")
        self.withdrawReasonEdit.setTabChangesFocus(True)

        self.mainLayout.addWidget(self.withdrawReasonEdit)

        self.errorLabel = QLabel(WithdrawDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(WithdrawDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.withdrawReasonLabel.setBuddy(self.withdrawReasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WithdrawDialog)
    # setupUi

    def retranslateUi(self, WithdrawDialog):
        WithdrawDialog.setWindowTitle(QCoreApplication.translate("WithdrawDialog", u"Record the applicant's withdrawal", None))
        self.withdrawExplanationLabel.setText(QCoreApplication.translate("WithdrawDialog", u"The applicant asked in writing to withdraw the application. The case ends as withdrawn; the request is kept with the case.", None))
        self.withdrawReasonLabel.setText(QCoreApplication.translate("WithdrawDialog", u"&Reason given in the written request:", None))
    # retranslateUi

