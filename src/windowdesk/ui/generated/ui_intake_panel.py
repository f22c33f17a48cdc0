# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'intake_panel.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QSplitter, QStackedWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

from windowdesk.ui.intake.applicant_form import ApplicantForm
from windowdesk.ui.intake.checklist import ChecklistTable

class Ui_IntakePanel(object):
    def setupUi(self, IntakePanel):
        if not IntakePanel.objectName():
            IntakePanel.setObjectName(u"IntakePanel")
        self.mainLayout = QVBoxLayout(IntakePanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.lookupLayout = QHBoxLayout()
        self.lookupLayout.setObjectName(u"lookupLayout")
        self.caseLookupLabel = QLabel(IntakePanel)
        self.caseLookupLabel.setObjectName(u"caseLookupLabel")

        self.lookupLayout.addWidget(self.caseLookupLabel)

        self.caseLookupEdit = QLineEdit(IntakePanel)
        self.caseLookupEdit.setObjectName(u"caseLookupEdit")

        self.lookupLayout.addWidget(self.caseLookupEdit)

        self.openCaseButton = QPushButton(IntakePanel)
        self.openCaseButton.setObjectName(u"openCaseButton")

        self.lookupLayout.addWidget(self.openCaseButton)

        self.lookupSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lookupLayout.addItem(self.lookupSpacer)

        self.ticketLabel = QLabel(IntakePanel)
        self.ticketLabel.setObjectName(u"ticketLabel")
        self.ticketLabel.setText(u"")

        self.lookupLayout.addWidget(self.ticketLabel)

        self.newIntakeButton = QPushButton(IntakePanel)
        self.newIntakeButton.setObjectName(u"newIntakeButton")

        self.lookupLayout.addWidget(self.newIntakeButton)

        self.lookupLayout.setStretch(1, 1)
        self.lookupLayout.setStretch(3, 1)

        self.mainLayout.addLayout(self.lookupLayout)

        self.intakeStack = QStackedWidget(IntakePanel)
        self.intakeStack.setObjectName(u"intakeStack")
        self.intakePage = QWidget()
        self.intakePage.setObjectName(u"intakePage")
        self.intakePageLayout = QHBoxLayout(self.intakePage)
        self.intakePageLayout.setObjectName(u"intakePageLayout")
        self.intakePageLayout.setContentsMargins(0, 0, 0, 0)
        self.intakeSplitter = QSplitter(self.intakePage)
        self.intakeSplitter.setObjectName(u"intakeSplitter")
        self.intakeSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.matterApplicantScroll = QScrollArea(self.intakeSplitter)
        self.matterApplicantScroll.setObjectName(u"matterApplicantScroll")
        self.matterApplicantScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(2)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.matterApplicantScroll.sizePolicy().hasHeightForWidth())
        self.matterApplicantScroll.setSizePolicy(sizePolicy)
        self.matterApplicantScroll.setWidgetResizable(True)
        self.matterApplicantPane = QWidget()
        self.matterApplicantPane.setObjectName(u"matterApplicantPane")
        self.matterApplicantLayout = QVBoxLayout(self.matterApplicantPane)
        self.matterApplicantLayout.setObjectName(u"matterApplicantLayout")
        self.matterGroup = QGroupBox(self.matterApplicantPane)
        self.matterGroup.setObjectName(u"matterGroup")
        self.matterLayout = QVBoxLayout(self.matterGroup)
        self.matterLayout.setObjectName(u"matterLayout")
        self.matterSearchEdit = QLineEdit(self.matterGroup)
        self.matterSearchEdit.setObjectName(u"matterSearchEdit")

        self.matterLayout.addWidget(self.matterSearchEdit)

        self.matterList = QListWidget(self.matterGroup)
        self.matterList.setObjectName(u"matterList")
        self.matterList.setMaximumSize(QSize(16777215, 140))
        self.matterList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.matterList.setWordWrap(True)

        self.matterLayout.addWidget(self.matterList)

        self.matterLabel = QLabel(self.matterGroup)
        self.matterLabel.setObjectName(u"matterLabel")
        self.matterLabel.setWordWrap(True)

        self.matterLayout.addWidget(self.matterLabel)


        self.matterApplicantLayout.addWidget(self.matterGroup)

        self.applicantGroup = QGroupBox(self.matterApplicantPane)
        self.applicantGroup.setObjectName(u"applicantGroup")
        self.applicantLayout = QVBoxLayout(self.applicantGroup)
        self.applicantLayout.setObjectName(u"applicantLayout")
        self.applicantForm = ApplicantForm(self.applicantGroup)
        self.applicantForm.setObjectName(u"applicantForm")

        self.applicantLayout.addWidget(self.applicantForm)


        self.matterApplicantLayout.addWidget(self.applicantGroup)

        self.matterApplicantSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.matterApplicantLayout.addItem(self.matterApplicantSpacer)

        self.matterApplicantScroll.setWidget(self.matterApplicantPane)
        self.intakeSplitter.addWidget(self.matterApplicantScroll)
        self.materialsDecisionPane = QWidget(self.intakeSplitter)
        self.materialsDecisionPane.setObjectName(u"materialsDecisionPane")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(5)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.materialsDecisionPane.sizePolicy().hasHeightForWidth())
        self.materialsDecisionPane.setSizePolicy(sizePolicy1)
        self.materialsDecisionLayout = QVBoxLayout(self.materialsDecisionPane)
        self.materialsDecisionLayout.setObjectName(u"materialsDecisionLayout")
        self.materialsDecisionLayout.setContentsMargins(9, 9, 9, 9)
        self.materialsGroup = QGroupBox(self.materialsDecisionPane)
        self.materialsGroup.setObjectName(u"materialsGroup")
        self.materialsLayout = QVBoxLayout(self.materialsGroup)
        self.materialsLayout.setObjectName(u"materialsLayout")
        self.materialsTable = ChecklistTable(self.materialsGroup)
        self.materialsTable.setObjectName(u"materialsTable")

        self.materialsLayout.addWidget(self.materialsTable)

        self.allReceivedButton = QPushButton(self.materialsGroup)
        self.allReceivedButton.setObjectName(u"allReceivedButton")

        self.materialsLayout.addWidget(self.allReceivedButton, 0, Qt.AlignmentFlag.AlignRight)


        self.materialsDecisionLayout.addWidget(self.materialsGroup)

        self.decisionGroup = QGroupBox(self.materialsDecisionPane)
        self.decisionGroup.setObjectName(u"decisionGroup")
        self.decisionLayout = QFormLayout(self.decisionGroup)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.outcomeLabel = QLabel(self.decisionGroup)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.decisionLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeCombo = QComboBox(self.decisionGroup)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.decisionLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.outcomeCombo)

        self.rejectReasonLabel = QLabel(self.decisionGroup)
        self.rejectReasonLabel.setObjectName(u"rejectReasonLabel")

        self.decisionLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.rejectReasonLabel)

        self.rejectReasonEdit = QLineEdit(self.decisionGroup)
        self.rejectReasonEdit.setObjectName(u"rejectReasonEdit")

        self.decisionLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.rejectReasonEdit)

        self.rejectBasisLabel = QLabel(self.decisionGroup)
        self.rejectBasisLabel.setObjectName(u"rejectBasisLabel")

        self.decisionLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.rejectBasisLabel)

        self.rejectBasisEdit = QLineEdit(self.decisionGroup)
        self.rejectBasisEdit.setObjectName(u"rejectBasisEdit")

        self.decisionLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rejectBasisEdit)

        self.competentOfficeLabel = QLabel(self.decisionGroup)
        self.competentOfficeLabel.setObjectName(u"competentOfficeLabel")

        self.decisionLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.competentOfficeLabel)

        self.competentOfficeEdit = QLineEdit(self.decisionGroup)
        self.competentOfficeEdit.setObjectName(u"competentOfficeEdit")

        self.decisionLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.competentOfficeEdit)

        self.resultLabel = QLabel(self.decisionGroup)
        self.resultLabel.setObjectName(u"resultLabel")

        self.decisionLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.resultLabel)

        self.resultEdit = QLineEdit(self.decisionGroup)
        self.resultEdit.setObjectName(u"resultEdit")

        self.decisionLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.resultEdit)

        self.decisionHint = QLabel(self.decisionGroup)
        self.decisionHint.setObjectName(u"decisionHint")
        self.decisionHint.setText(u"")
        self.decisionHint.setWordWrap(True)

        self.decisionLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.decisionHint)

        self.decideButton = QPushButton(self.decisionGroup)
        self.decideButton.setObjectName(u"decideButton")

        self.decisionLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.decideButton)


        self.materialsDecisionLayout.addWidget(self.decisionGroup)

        self.materialsDecisionLayout.setStretch(0, 3)
        self.materialsDecisionLayout.setStretch(1, 2)
        self.intakeSplitter.addWidget(self.materialsDecisionPane)

        self.intakePageLayout.addWidget(self.intakeSplitter)

        self.intakeStack.addWidget(self.intakePage)

        self.mainLayout.addWidget(self.intakeStack)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.caseLookupLabel.setBuddy(self.caseLookupEdit)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.rejectReasonLabel.setBuddy(self.rejectReasonEdit)
        self.rejectBasisLabel.setBuddy(self.rejectBasisEdit)
        self.competentOfficeLabel.setBuddy(self.competentOfficeEdit)
        self.resultLabel.setBuddy(self.resultEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(IntakePanel)
    # setupUi

    def retranslateUi(self, IntakePanel):
        self.caseLookupLabel.setText(QCoreApplication.translate("IntakePanel", u"Case:", None))
        self.caseLookupEdit.setPlaceholderText(QCoreApplication.translate("IntakePanel", u"Scan or type a case number, then Enter", None))
        self.openCaseButton.setText(QCoreApplication.translate("IntakePanel", u"Open case", None))
        self.newIntakeButton.setText(QCoreApplication.translate("IntakePanel", u"New application", None))
        self.matterGroup.setTitle(QCoreApplication.translate("IntakePanel", u"Matter", None))
        self.matterSearchEdit.setPlaceholderText(QCoreApplication.translate("IntakePanel", u"Search the catalogue: name, code or pinyin initials", None))
        self.matterLabel.setText(QCoreApplication.translate("IntakePanel", u"No matter chosen", None))
        self.applicantGroup.setTitle(QCoreApplication.translate("IntakePanel", u"Applicant", None))
        self.materialsGroup.setTitle(QCoreApplication.translate("IntakePanel", u"Materials", None))
        self.allReceivedButton.setText(QCoreApplication.translate("IntakePanel", u"Mark unchecked as received", None))
        self.decisionGroup.setTitle(QCoreApplication.translate("IntakePanel", u"Decision", None))
        self.outcomeLabel.setText(QCoreApplication.translate("IntakePanel", u"Outcome", None))
        self.rejectReasonLabel.setText(QCoreApplication.translate("IntakePanel", u"Reason for not accepting", None))
        self.rejectBasisLabel.setText(QCoreApplication.translate("IntakePanel", u"Legal basis", None))
        self.competentOfficeLabel.setText(QCoreApplication.translate("IntakePanel", u"Competent office", None))
        self.competentOfficeEdit.setPlaceholderText(QCoreApplication.translate("IntakePanel", u"where known", None))
        self.resultLabel.setText(QCoreApplication.translate("IntakePanel", u"On-the-spot result", None))
        self.decideButton.setText(QCoreApplication.translate("IntakePanel", u"Record decision", None))
        pass
    # retranslateUi

