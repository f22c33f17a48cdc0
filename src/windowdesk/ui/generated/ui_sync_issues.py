# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sync_issues.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTabWidget, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SyncIssuesDialog(object):
    def setupUi(self, SyncIssuesDialog):
        if not SyncIssuesDialog.objectName():
            SyncIssuesDialog.setObjectName(u"SyncIssuesDialog")
        SyncIssuesDialog.resize(960, 620)
        self.mainLayout = QVBoxLayout(SyncIssuesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.issuesTabs = QTabWidget(SyncIssuesDialog)
        self.issuesTabs.setObjectName(u"issuesTabs")
        self.rejectsTab = QWidget()
        self.rejectsTab.setObjectName(u"rejectsTab")
        self.rejectsLayout = QVBoxLayout(self.rejectsTab)
        self.rejectsLayout.setObjectName(u"rejectsLayout")
        self.rejectsHint = QLabel(self.rejectsTab)
        self.rejectsHint.setObjectName(u"rejectsHint")
        self.rejectsHint.setWordWrap(True)

        self.rejectsLayout.addWidget(self.rejectsHint)

        self.rejectsTable = QTableWidget(self.rejectsTab)
        self.rejectsTable.setObjectName(u"rejectsTable")
        self.rejectsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rejectsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.rejectsLayout.addWidget(self.rejectsTable)

        self.issuesTabs.addTab(self.rejectsTab, "")
        self.conflictsTab = QWidget()
        self.conflictsTab.setObjectName(u"conflictsTab")
        self.conflictsLayout = QVBoxLayout(self.conflictsTab)
        self.conflictsLayout.setObjectName(u"conflictsLayout")
        self.conflictsTable = QTableWidget(self.conflictsTab)
        self.conflictsTable.setObjectName(u"conflictsTable")
        self.conflictsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.conflictsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflictsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.conflictsLayout.addWidget(self.conflictsTable)

        self.sidesLayout = QHBoxLayout()
        self.sidesLayout.setObjectName(u"sidesLayout")
        self.siteSideLayout = QVBoxLayout()
        self.siteSideLayout.setObjectName(u"siteSideLayout")
        self.siteSideLabel = QLabel(self.conflictsTab)
        self.siteSideLabel.setObjectName(u"siteSideLabel")

        self.siteSideLayout.addWidget(self.siteSideLabel)

        self.conflictSitePayload = QPlainTextEdit(self.conflictsTab)
        self.conflictSitePayload.setObjectName(u"conflictSitePayload")
        self.conflictSitePayload.setReadOnly(True)

        self.siteSideLayout.addWidget(self.conflictSitePayload)


        self.sidesLayout.addLayout(self.siteSideLayout)

        self.centralSideLayout = QVBoxLayout()
        self.centralSideLayout.setObjectName(u"centralSideLayout")
        self.centralSideLabel = QLabel(self.conflictsTab)
        self.centralSideLabel.setObjectName(u"centralSideLabel")

        self.centralSideLayout.addWidget(self.centralSideLabel)

        self.conflictCentralPayload = QPlainTextEdit(self.conflictsTab)
        self.conflictCentralPayload.setObjectName(u"conflictCentralPayload")
        self.conflictCentralPayload.setReadOnly(True)

        self.centralSideLayout.addWidget(self.conflictCentralPayload)


        self.sidesLayout.addLayout(self.centralSideLayout)


        self.conflictsLayout.addLayout(self.sidesLayout)

        self.resolveLayout = QHBoxLayout()
        self.resolveLayout.setObjectName(u"resolveLayout")
        self.resolveSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resolveLayout.addItem(self.resolveSpacer)

        self.keepCentralButton = QPushButton(self.conflictsTab)
        self.keepCentralButton.setObjectName(u"keepCentralButton")

        self.resolveLayout.addWidget(self.keepCentralButton)

        self.keepSiteButton = QPushButton(self.conflictsTab)
        self.keepSiteButton.setObjectName(u"keepSiteButton")

        self.resolveLayout.addWidget(self.keepSiteButton)


        self.conflictsLayout.addLayout(self.resolveLayout)

        self.issuesTabs.addTab(self.conflictsTab, "")

        self.mainLayout.addWidget(self.issuesTabs)

        self.buttonBox = QDialogButtonBox(SyncIssuesDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(SyncIssuesDialog)
    # setupUi

    def retranslateUi(self, SyncIssuesDialog):
        SyncIssuesDialog.setWindowTitle(QCoreApplication.translate("SyncIssuesDialog", u"Sync: rejected changes and conflicts", None))
        self.rejectsHint.setText(QCoreApplication.translate("SyncIssuesDialog", u"These changes were made here but the central store refused them. They are kept here; nothing was dropped.", None))
        self.issuesTabs.setTabText(self.issuesTabs.indexOf(self.rejectsTab), QCoreApplication.translate("SyncIssuesDialog", u"&Rejected by central", None))
        self.siteSideLabel.setText(QCoreApplication.translate("SyncIssuesDialog", u"This site's version:", None))
        self.centralSideLabel.setText(QCoreApplication.translate("SyncIssuesDialog", u"Central's version:", None))
        self.keepCentralButton.setText(QCoreApplication.translate("SyncIssuesDialog", u"Keep &central's version", None))
        self.keepSiteButton.setText(QCoreApplication.translate("SyncIssuesDialog", u"Send &this site's version again", None))
        self.issuesTabs.setTabText(self.issuesTabs.indexOf(self.conflictsTab), QCoreApplication.translate("SyncIssuesDialog", u"&Conflicts", None))
    # retranslateUi

