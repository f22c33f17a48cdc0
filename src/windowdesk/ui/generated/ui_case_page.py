# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_page.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidgetItem, QTextBrowser,
    QVBoxLayout, QWidget)

from windowdesk.ui.cases.timeline import ClockTimeline
from windowdesk.ui.intake.checklist import ChecklistTable

class Ui_CasePage(object):
    def setupUi(self, CasePage):
        if not CasePage.objectName():
            CasePage.setObjectName(u"CasePage")
        self.mainLayout = QVBoxLayout(CasePage)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headingRow = QHBoxLayout()
        self.headingRow.setObjectName(u"headingRow")
        self.caseHeading = QLabel(CasePage)
        self.caseHeading.setObjectName(u"caseHeading")
        self.caseHeading.setText(u"")

        self.headingRow.addWidget(self.caseHeading)

        self.revealIdButton = QPushButton(CasePage)
        self.revealIdButton.setObjectName(u"revealIdButton")

        self.headingRow.addWidget(self.revealIdButton)

        self.headingRow.setStretch(0, 1)

        self.mainLayout.addLayout(self.headingRow)

        self.caseMovesRow = QHBoxLayout()
        self.caseMovesRow.setObjectName(u"caseMovesRow")
        self.withdrawButton = QPushButton(CasePage)
        self.withdrawButton.setObjectName(u"withdrawButton")
        self.withdrawButton.setEnabled(False)

        self.caseMovesRow.addWidget(self.withdrawButton)

        self.expressButton = QPushButton(CasePage)
        self.expressButton.setObjectName(u"expressButton")
        self.expressButton.setEnabled(False)

        self.caseMovesRow.addWidget(self.expressButton)

        self.closeCaseButton = QPushButton(CasePage)
        self.closeCaseButton.setObjectName(u"closeCaseButton")
        self.closeCaseButton.setEnabled(False)

        self.caseMovesRow.addWidget(self.closeCaseButton)

        self.caseMovesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.caseMovesRow.addItem(self.caseMovesSpacer)

        self.caseMovesRow.setStretch(3, 1)

        self.mainLayout.addLayout(self.caseMovesRow)

        self.clockTimeline = ClockTimeline(CasePage)
        self.clockTimeline.setObjectName(u"clockTimeline")

        self.mainLayout.addWidget(self.clockTimeline)

        self.caseDetails = QTextBrowser(CasePage)
        self.caseDetails.setObjectName(u"caseDetails")

        self.mainLayout.addWidget(self.caseDetails)

        self.pickupGroup = QGroupBox(CasePage)
        self.pickupGroup.setObjectName(u"pickupGroup")
        self.pickupGroup.setVisible(False)
        self.pickupLayout = QHBoxLayout(self.pickupGroup)
        self.pickupLayout.setObjectName(u"pickupLayout")
        self.pickupIdEdit = QLineEdit(self.pickupGroup)
        self.pickupIdEdit.setObjectName(u"pickupIdEdit")

        self.pickupLayout.addWidget(self.pickupIdEdit)

        self.pickupButton = QPushButton(self.pickupGroup)
        self.pickupButton.setObjectName(u"pickupButton")

        self.pickupLayout.addWidget(self.pickupButton)

        self.pickupLayout.setStretch(0, 1)

        self.mainLayout.addWidget(self.pickupGroup)

        self.correctionGroup = QGroupBox(CasePage)
        self.correctionGroup.setObjectName(u"correctionGroup")
        self.correctionLayout = QVBoxLayout(self.correctionGroup)
        self.correctionLayout.setObjectName(u"correctionLayout")
        self.correctionTable = ChecklistTable(self.correctionGroup)
        self.correctionTable.setObjectName(u"correctionTable")

        self.correctionLayout.addWidget(self.correctionTable)

        self.correctionButtons = QHBoxLayout()
        self.correctionButtons.setObjectName(u"correctionButtons")
        self.issueNoticeButton = QPushButton(self.correctionGroup)
        self.issueNoticeButton.setObjectName(u"issueNoticeButton")

        self.correctionButtons.addWidget(self.issueNoticeButton)

        self.correctionButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.correctionButtons.addItem(self.correctionButtonsSpacer)

        self.correctionAllReceivedButton = QPushButton(self.correctionGroup)
        self.correctionAllReceivedButton.setObjectName(u"correctionAllReceivedButton")

        self.correctionButtons.addWidget(self.correctionAllReceivedButton)

        self.recordCorrectionButton = QPushButton(self.correctionGroup)
        self.recordCorrectionButton.setObjectName(u"recordCorrectionButton")

        self.correctionButtons.addWidget(self.recordCorrectionButton)

        self.correctionButtons.setStretch(1, 1)

        self.correctionLayout.addLayout(self.correctionButtons)


        self.mainLayout.addWidget(self.correctionGroup)

        self.documentsGroup = QGroupBox(CasePage)
        self.documentsGroup.setObjectName(u"documentsGroup")
        self.documentsLayout = QHBoxLayout(self.documentsGroup)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentCombo = QComboBox(self.documentsGroup)
        self.documentCombo.setObjectName(u"documentCombo")

        self.documentsLayout.addWidget(self.documentCombo)

        self.previewButton = QPushButton(self.documentsGroup)
        self.previewButton.setObjectName(u"previewButton")

        self.documentsLayout.addWidget(self.previewButton)

        self.documentsLayout.setStretch(0, 1)

        self.mainLayout.addWidget(self.documentsGroup)

        self.mainLayout.setStretch(3, 2)
        self.mainLayout.setStretch(5, 2)

        self.retranslateUi(CasePage)
    # setupUi

    def retranslateUi(self, CasePage):
        self.revealIdButton.setText(QCoreApplication.translate("CasePage", u"Show full ID number\u2026", None))
#if QT_CONFIG(tooltip)
        self.revealIdButton.setToolTip(QCoreApplication.translate("CasePage", u"The full number is shown only on this deliberate click, and the click is audited (who, whose, when).", None))
#endif // QT_CONFIG(tooltip)
        self.withdrawButton.setText(QCoreApplication.translate("CasePage", u"&Applicant withdraws\u2026", None))
#if QT_CONFIG(tooltip)
        self.withdrawButton.setToolTip(QCoreApplication.translate("CasePage", u"Record the applicant's written request to withdraw (open cases only)", None))
#endif // QT_CONFIG(tooltip)
        self.expressButton.setText(QCoreApplication.translate("CasePage", u"Send by e&xpress\u2026", None))
#if QT_CONFIG(tooltip)
        self.expressButton.setToolTip(QCoreApplication.translate("CasePage", u"Mail the ready result: carrier and tracking number; the delivery receipt is offered next", None))
#endif // QT_CONFIG(tooltip)
        self.closeCaseButton.setText(QCoreApplication.translate("CasePage", u"C&lose the case\u2026", None))
#if QT_CONFIG(tooltip)
        self.closeCaseButton.setToolTip(QCoreApplication.translate("CasePage", u"Close a case sent by express once its signed delivery receipt has come back", None))
#endif // QT_CONFIG(tooltip)
        self.pickupGroup.setTitle(QCoreApplication.translate("CasePage", u"Result pickup: check the collector's ID", None))
        self.pickupIdEdit.setPlaceholderText(QCoreApplication.translate("CasePage", u"ID number of the applicant or their agent", None))
        self.pickupButton.setText(QCoreApplication.translate("CasePage", u"Hand over and print the delivery receipt", None))
        self.correctionGroup.setTitle(QCoreApplication.translate("CasePage", u"Correction visit: only the items on the one-time notice", None))
        self.issueNoticeButton.setText(QCoreApplication.translate("CasePage", u"Issue the one-time notice", None))
        self.correctionAllReceivedButton.setText(QCoreApplication.translate("CasePage", u"Mark unchecked as received", None))
        self.recordCorrectionButton.setText(QCoreApplication.translate("CasePage", u"Record correction", None))
        self.documentsGroup.setTitle(QCoreApplication.translate("CasePage", u"Documents", None))
        self.previewButton.setText(QCoreApplication.translate("CasePage", u"Preview and print\u2026", None))
        pass
    # retranslateUi

