# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_list.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTableView,
    QVBoxLayout, QWidget)

class Ui_CaseListPanel(object):
    def setupUi(self, CaseListPanel):
        if not CaseListPanel.objectName():
            CaseListPanel.setObjectName(u"CaseListPanel")
        self.mainLayout = QVBoxLayout(CaseListPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filtersLayout = QHBoxLayout()
        self.filtersLayout.setObjectName(u"filtersLayout")
        self.dateFromLabel = QLabel(CaseListPanel)
        self.dateFromLabel.setObjectName(u"dateFromLabel")

        self.filtersLayout.addWidget(self.dateFromLabel)

        self.dateFromEdit = QDateEdit(CaseListPanel)
        self.dateFromEdit.setObjectName(u"dateFromEdit")
        self.dateFromEdit.setCalendarPopup(True)

        self.filtersLayout.addWidget(self.dateFromEdit)

        self.dateToLabel = QLabel(CaseListPanel)
        self.dateToLabel.setObjectName(u"dateToLabel")

        self.filtersLayout.addWidget(self.dateToLabel)

        self.dateToEdit = QDateEdit(CaseListPanel)
        self.dateToEdit.setObjectName(u"dateToEdit")
        self.dateToEdit.setCalendarPopup(True)

        self.filtersLayout.addWidget(self.dateToEdit)

        self.windowFilterLabel = QLabel(CaseListPanel)
        self.windowFilterLabel.setObjectName(u"windowFilterLabel")

        self.filtersLayout.addWidget(self.windowFilterLabel)

        self.windowFilterSpin = QSpinBox(CaseListPanel)
        self.windowFilterSpin.setObjectName(u"windowFilterSpin")
        self.windowFilterSpin.setMaximum(999)

        self.filtersLayout.addWidget(self.windowFilterSpin)

        self.clerkFilterLabel = QLabel(CaseListPanel)
        self.clerkFilterLabel.setObjectName(u"clerkFilterLabel")

        self.filtersLayout.addWidget(self.clerkFilterLabel)

        self.clerkFilterCombo = QComboBox(CaseListPanel)
        self.clerkFilterCombo.setObjectName(u"clerkFilterCombo")
        self.clerkFilterCombo.setEditable(True)
        self.clerkFilterCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.clerkFilterCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.clerkFilterCombo.setMinimumContentsLength(14)
        self.clerkFilterCombo.setMaxVisibleItems(20)

        self.filtersLayout.addWidget(self.clerkFilterCombo)

        self.outcomeFilterLabel = QLabel(CaseListPanel)
        self.outcomeFilterLabel.setObjectName(u"outcomeFilterLabel")

        self.filtersLayout.addWidget(self.outcomeFilterLabel)

        self.outcomeFilterCombo = QComboBox(CaseListPanel)
        self.outcomeFilterCombo.setObjectName(u"outcomeFilterCombo")

        self.filtersLayout.addWidget(self.outcomeFilterCombo)

        self.refreshCasesButton = QPushButton(CaseListPanel)
        self.refreshCasesButton.setObjectName(u"refreshCasesButton")

        self.filtersLayout.addWidget(self.refreshCasesButton)

        self.filtersSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filtersLayout.addItem(self.filtersSpacer)

        self.filtersLayout.setStretch(11, 1)

        self.mainLayout.addLayout(self.filtersLayout)

        self.caseTable = QTableView(CaseListPanel)
        self.caseTable.setObjectName(u"caseTable")
        self.caseTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.caseTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.caseTable.horizontalHeader().setStretchLastSection(False)

        self.mainLayout.addWidget(self.caseTable)

        self.actionsLayout = QHBoxLayout()
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.caseCountLabel = QLabel(CaseListPanel)
        self.caseCountLabel.setObjectName(u"caseCountLabel")
        self.caseCountLabel.setText(u"")

        self.actionsLayout.addWidget(self.caseCountLabel)

        self.prevPageButton = QPushButton(CaseListPanel)
        self.prevPageButton.setObjectName(u"prevPageButton")
        self.prevPageButton.setMaximumSize(QSize(36, 16777215))
        self.prevPageButton.setText(u"\u25c0")

        self.actionsLayout.addWidget(self.prevPageButton)

        self.nextPageButton = QPushButton(CaseListPanel)
        self.nextPageButton.setObjectName(u"nextPageButton")
        self.nextPageButton.setMaximumSize(QSize(36, 16777215))
        self.nextPageButton.setText(u"\u25b6")

        self.actionsLayout.addWidget(self.nextPageButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsLayout.addItem(self.actionsSpacer)

        self.exportXlsxButton = QPushButton(CaseListPanel)
        self.exportXlsxButton.setObjectName(u"exportXlsxButton")

        self.actionsLayout.addWidget(self.exportXlsxButton)

        self.batchPrintButton = QPushButton(CaseListPanel)
        self.batchPrintButton.setObjectName(u"batchPrintButton")

        self.actionsLayout.addWidget(self.batchPrintButton)

        self.batchPdfButton = QPushButton(CaseListPanel)
        self.batchPdfButton.setObjectName(u"batchPdfButton")

        self.actionsLayout.addWidget(self.batchPdfButton)

        self.reprintKindCombo = QComboBox(CaseListPanel)
        self.reprintKindCombo.setObjectName(u"reprintKindCombo")

        self.actionsLayout.addWidget(self.reprintKindCombo)

        self.reprintOneButton = QPushButton(CaseListPanel)
        self.reprintOneButton.setObjectName(u"reprintOneButton")

        self.actionsLayout.addWidget(self.reprintOneButton)

        self.actionsLayout.setStretch(3, 1)

        self.mainLayout.addLayout(self.actionsLayout)

        self.mainLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.dateFromLabel.setBuddy(self.dateFromEdit)
        self.dateToLabel.setBuddy(self.dateToEdit)
        self.windowFilterLabel.setBuddy(self.windowFilterSpin)
        self.clerkFilterLabel.setBuddy(self.clerkFilterCombo)
        self.outcomeFilterLabel.setBuddy(self.outcomeFilterCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CaseListPanel)
    # setupUi

    def retranslateUi(self, CaseListPanel):
        self.dateFromLabel.setText(QCoreApplication.translate("CaseListPanel", u"From", None))
        self.dateToLabel.setText(QCoreApplication.translate("CaseListPanel", u"to", None))
        self.windowFilterLabel.setText(QCoreApplication.translate("CaseListPanel", u"Window", None))
        self.windowFilterSpin.setSpecialValueText(QCoreApplication.translate("CaseListPanel", u"all", None))
        self.clerkFilterLabel.setText(QCoreApplication.translate("CaseListPanel", u"Clerk", None))
        self.outcomeFilterLabel.setText(QCoreApplication.translate("CaseListPanel", u"Outcome", None))
        self.refreshCasesButton.setText(QCoreApplication.translate("CaseListPanel", u"Search", None))
#if QT_CONFIG(tooltip)
        self.prevPageButton.setToolTip(QCoreApplication.translate("CaseListPanel", u"Previous page", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nextPageButton.setToolTip(QCoreApplication.translate("CaseListPanel", u"Next page", None))
#endif // QT_CONFIG(tooltip)
        self.exportXlsxButton.setText(QCoreApplication.translate("CaseListPanel", u"Export XLSX\u2026", None))
        self.batchPrintButton.setText(QCoreApplication.translate("CaseListPanel", u"Print acceptance notices (one job)\u2026", None))
        self.batchPdfButton.setText(QCoreApplication.translate("CaseListPanel", u"Save acceptance notices as one PDF\u2026", None))
        self.reprintOneButton.setText(QCoreApplication.translate("CaseListPanel", u"Reprint one (\u8865\u6253)\u2026", None))
        pass
    # retranslateUi

