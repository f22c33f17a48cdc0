# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'express_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExpressDialog(object):
    def setupUi(self, ExpressDialog):
        if not ExpressDialog.objectName():
            ExpressDialog.setObjectName(u"ExpressDialog")
        ExpressDialog.resize(460, 220)
        self.mainLayout = QVBoxLayout(ExpressDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.expressExplanationLabel = QLabel(ExpressDialog)
        self.expressExplanationLabel.setObjectName(u"expressExplanationLabel")
        self.expressExplanationLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.expressExplanationLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.expressCarrierLabel = QLabel(ExpressDialog)
        self.expressCarrierLabel.setObjectName(u"expressCarrierLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.expressCarrierLabel)

        self.expressCarrierCombo = QComboBox(ExpressDialog)
        self.expressCarrierCombo.addItem("")
        self.expressCarrierCombo.addItem("")
        self.expressCarrierCombo.setObjectName(u"expressCarrierCombo")
        self.expressCarrierCombo.setEditable(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.expressCarrierCombo)

        self.expressTrackingLabel = QLabel(ExpressDialog)
        self.expressTrackingLabel.setObjectName(u"expressTrackingLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.expressTrackingLabel)

        self.expressTrackingEdit = QLineEdit(ExpressDialog)
        self.expressTrackingEdit.setObjectName(u"expressTrackingEdit")
        self.expressTrackingEdit.setMaxLength(40)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.expressTrackingEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ExpressDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setText(u"")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.verticalSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ExpressDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.expressCarrierLabel.setBuddy(self.expressCarrierCombo)
        self.expressTrackingLabel.setBuddy(self.expressTrackingEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ExpressDialog)
    # setupUi

    def retranslateUi(self, ExpressDialog):
        ExpressDialog.setWindowTitle(QCoreApplication.translate("ExpressDialog", u"Send the result by express", None))
        self.expressExplanationLabel.setText(QCoreApplication.translate("ExpressDialog", u"The result is mailed to the applicant. The case is delivered now and closed when the signed delivery receipt comes back.", None))
        self.expressCarrierLabel.setText(QCoreApplication.translate("ExpressDialog", u"&Carrier:", None))
        self.expressCarrierCombo.setItemText(0, QCoreApplication.translate("ExpressDialog", u"China Post EMS", None))
        self.expressCarrierCombo.setItemText(1, QCoreApplication.translate("ExpressDialog", u"SF Express", None))

        self.expressTrackingLabel.setText(QCoreApplication.translate("ExpressDialog", u"&Tracking number:", None))
        self.expressTrackingEdit.setPlaceholderText(QCoreApplication.translate("ExpressDialog", u"Scan or type the waybill number", None))
    # retranslateUi

