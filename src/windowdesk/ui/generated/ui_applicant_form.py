# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'applicant_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_ApplicantForm(object):
    def setupUi(self, ApplicantForm):
        if not ApplicantForm.objectName():
            ApplicantForm.setObjectName(u"ApplicantForm")
        self.mainLayout = QVBoxLayout(ApplicantForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(0, 0, 0, 0)
        self.applicantLayout = QFormLayout()
        self.applicantLayout.setObjectName(u"applicantLayout")
        self.applicantKindLabel = QLabel(ApplicantForm)
        self.applicantKindLabel.setObjectName(u"applicantKindLabel")

        self.applicantLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.applicantKindLabel)

        self.applicantKindCombo = QComboBox(ApplicantForm)
        self.applicantKindCombo.setObjectName(u"applicantKindCombo")

        self.applicantLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.applicantKindCombo)

        self.idTypeLabel = QLabel(ApplicantForm)
        self.idTypeLabel.setObjectName(u"idTypeLabel")

        self.applicantLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idTypeLabel)

        self.idTypeCombo = QComboBox(ApplicantForm)
        self.idTypeCombo.setObjectName(u"idTypeCombo")

        self.applicantLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.idTypeCombo)

        self.idNumberLabel = QLabel(ApplicantForm)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.applicantLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumberEditBox = QVBoxLayout()
        self.idNumberEditBox.setSpacing(2)
        self.idNumberEditBox.setObjectName(u"idNumberEditBox")
        self.idNumberEdit = QLineEdit(ApplicantForm)
        self.idNumberEdit.setObjectName(u"idNumberEdit")

        self.idNumberEditBox.addWidget(self.idNumberEdit)

        self.idNumberProblem = QLabel(ApplicantForm)
        self.idNumberProblem.setObjectName(u"idNumberProblem")
        self.idNumberProblem.setVisible(False)
        self.idNumberProblem.setWordWrap(True)
        self.idNumberProblem.setProperty(u"problem", True)

        self.idNumberEditBox.addWidget(self.idNumberProblem)


        self.applicantLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.idNumberEditBox)

        self.applicantNameLabel = QLabel(ApplicantForm)
        self.applicantNameLabel.setObjectName(u"applicantNameLabel")

        self.applicantLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.applicantNameLabel)

        self.applicantNameEdit = QLineEdit(ApplicantForm)
        self.applicantNameEdit.setObjectName(u"applicantNameEdit")

        self.applicantLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.applicantNameEdit)

        self.phoneLabel = QLabel(ApplicantForm)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.applicantLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEditBox = QVBoxLayout()
        self.phoneEditBox.setSpacing(2)
        self.phoneEditBox.setObjectName(u"phoneEditBox")
        self.phoneEdit = QLineEdit(ApplicantForm)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.phoneEditBox.addWidget(self.phoneEdit)

        self.phoneProblem = QLabel(ApplicantForm)
        self.phoneProblem.setObjectName(u"phoneProblem")
        self.phoneProblem.setVisible(False)
        self.phoneProblem.setWordWrap(True)
        self.phoneProblem.setProperty(u"problem", True)

        self.phoneEditBox.addWidget(self.phoneProblem)


        self.applicantLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.phoneEditBox)

        self.legalRepLabel = QLabel(ApplicantForm)
        self.legalRepLabel.setObjectName(u"legalRepLabel")

        self.applicantLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.legalRepLabel)

        self.legalRepEdit = QLineEdit(ApplicantForm)
        self.legalRepEdit.setObjectName(u"legalRepEdit")

        self.applicantLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.legalRepEdit)


        self.mainLayout.addLayout(self.applicantLayout)

        self.agentGroup = QGroupBox(ApplicantForm)
        self.agentGroup.setObjectName(u"agentGroup")
        self.agentGroup.setCheckable(True)
        self.agentGroup.setChecked(False)
        self.agentLayout = QFormLayout(self.agentGroup)
        self.agentLayout.setObjectName(u"agentLayout")
        self.agentNameLabel = QLabel(self.agentGroup)
        self.agentNameLabel.setObjectName(u"agentNameLabel")

        self.agentLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.agentNameLabel)

        self.agentNameEdit = QLineEdit(self.agentGroup)
        self.agentNameEdit.setObjectName(u"agentNameEdit")

        self.agentLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.agentNameEdit)

        self.agentIdTypeLabel = QLabel(self.agentGroup)
        self.agentIdTypeLabel.setObjectName(u"agentIdTypeLabel")

        self.agentLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.agentIdTypeLabel)

        self.agentIdTypeCombo = QComboBox(self.agentGroup)
        self.agentIdTypeCombo.setObjectName(u"agentIdTypeCombo")

        self.agentLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.agentIdTypeCombo)

        self.agentIdLabel = QLabel(self.agentGroup)
        self.agentIdLabel.setObjectName(u"agentIdLabel")

        self.agentLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.agentIdLabel)

        self.agentIdEditBox = QVBoxLayout()
        self.agentIdEditBox.setSpacing(2)
        self.agentIdEditBox.setObjectName(u"agentIdEditBox")
        self.agentIdEdit = QLineEdit(self.agentGroup)
        self.agentIdEdit.setObjectName(u"agentIdEdit")

        self.agentIdEditBox.addWidget(self.agentIdEdit)

        self.agentIdProblem = QLabel(self.agentGroup)
        self.agentIdProblem.setObjectName(u"agentIdProblem")
        self.agentIdProblem.setVisible(False)
        self.agentIdProblem.setWordWrap(True)
        self.agentIdProblem.setProperty(u"problem", True)

        self.agentIdEditBox.addWidget(self.agentIdProblem)


        self.agentLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.agentIdEditBox)

        self.agentPhoneLabel = QLabel(self.agentGroup)
        self.agentPhoneLabel.setObjectName(u"agentPhoneLabel")

        self.agentLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.agentPhoneLabel)

        self.agentPhoneEditBox = QVBoxLayout()
        self.agentPhoneEditBox.setSpacing(2)
        self.agentPhoneEditBox.setObjectName(u"agentPhoneEditBox")
        self.agentPhoneEdit = QLineEdit(self.agentGroup)
        self.agentPhoneEdit.setObjectName(u"agentPhoneEdit")

        self.agentPhoneEditBox.addWidget(self.agentPhoneEdit)

        self.agentPhoneProblem = QLabel(self.agentGroup)
        self.agentPhoneProblem.setObjectName(u"agentPhoneProblem")
        self.agentPhoneProblem.setVisible(False)
        self.agentPhoneProblem.setWordWrap(True)
        self.agentPhoneProblem.setProperty(u"problem", True)

        self.agentPhoneEditBox.addWidget(self.agentPhoneProblem)


        self.agentLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.agentPhoneEditBox)

        self.authorisationLabel = QLabel(self.agentGroup)
        self.authorisationLabel.setObjectName(u"authorisationLabel")

        self.agentLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.authorisationLabel)

        self.authorisationEdit = QLineEdit(self.agentGroup)
        self.authorisationEdit.setObjectName(u"authorisationEdit")

        self.agentLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.authorisationEdit)


        self.mainLayout.addWidget(self.agentGroup)

#if QT_CONFIG(shortcut)
        self.applicantKindLabel.setBuddy(self.applicantKindCombo)
        self.idTypeLabel.setBuddy(self.idTypeCombo)
        self.idNumberLabel.setBuddy(self.idNumberEdit)
        self.applicantNameLabel.setBuddy(self.applicantNameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.legalRepLabel.setBuddy(self.legalRepEdit)
        self.agentNameLabel.setBuddy(self.agentNameEdit)
        self.agentIdTypeLabel.setBuddy(self.agentIdTypeCombo)
        self.agentIdLabel.setBuddy(self.agentIdEdit)
        self.agentPhoneLabel.setBuddy(self.agentPhoneEdit)
        self.authorisationLabel.setBuddy(self.authorisationEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ApplicantForm)
    # setupUi

    def retranslateUi(self, ApplicantForm):
        self.applicantKindLabel.setText(QCoreApplication.translate("ApplicantForm", u"Applicant type", None))
        self.idTypeLabel.setText(QCoreApplication.translate("ApplicantForm", u"ID type", None))
        self.idNumberLabel.setText(QCoreApplication.translate("ApplicantForm", u"ID number", None))
        self.idNumberEdit.setPlaceholderText(QCoreApplication.translate("ApplicantForm", u"type or scan the ID number", None))
        self.applicantNameLabel.setText(QCoreApplication.translate("ApplicantForm", u"Name", None))
        self.phoneLabel.setText(QCoreApplication.translate("ApplicantForm", u"Phone", None))
        self.legalRepLabel.setText(QCoreApplication.translate("ApplicantForm", u"Legal representative", None))
        self.agentGroup.setTitle(QCoreApplication.translate("ApplicantForm", u"Agent (\u4ee3\u7406\u4eba)", None))
        self.agentNameLabel.setText(QCoreApplication.translate("ApplicantForm", u"Name", None))
        self.agentIdTypeLabel.setText(QCoreApplication.translate("ApplicantForm", u"ID type", None))
        self.agentIdLabel.setText(QCoreApplication.translate("ApplicantForm", u"ID number", None))
        self.agentPhoneLabel.setText(QCoreApplication.translate("ApplicantForm", u"Phone", None))
        self.authorisationLabel.setText(QCoreApplication.translate("ApplicantForm", u"Authorisation", None))
        self.authorisationEdit.setText(QCoreApplication.translate("ApplicantForm", u"Letter of authorisation", None))
        pass
    # retranslateUi

