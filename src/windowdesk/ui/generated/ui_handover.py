# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'handover.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableView, QVBoxLayout,
    QWidget)

class Ui_HandoverPanel(object):
    def setupUi(self, HandoverPanel):
        if not HandoverPanel.objectName():
            HandoverPanel.setObjectName(u"HandoverPanel")
        self.mainLayout = QVBoxLayout(HandoverPanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.departmentLayout = QHBoxLayout()
        self.departmentLayout.setObjectName(u"departmentLayout")
        self.handoverDepartmentLabel = QLabel(HandoverPanel)
        self.handoverDepartmentLabel.setObjectName(u"handoverDepartmentLabel")

        self.departmentLayout.addWidget(self.handoverDepartmentLabel)

        self.handoverDepartmentCombo = QComboBox(HandoverPanel)
        self.handoverDepartmentCombo.setObjectName(u"handoverDepartmentCombo")
        self.handoverDepartmentCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.handoverDepartmentCombo.setMinimumSize(QSize(260, 0))

        self.departmentLayout.addWidget(self.handoverDepartmentCombo)

        self.refreshHandoverButton = QPushButton(HandoverPanel)
        self.refreshHandoverButton.setObjectName(u"refreshHandoverButton")

        self.departmentLayout.addWidget(self.refreshHandoverButton)

        self.departmentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.departmentLayout.addItem(self.departmentSpacer)

        self.handoverCountLabel = QLabel(HandoverPanel)
        self.handoverCountLabel.setObjectName(u"handoverCountLabel")
        self.handoverCountLabel.setText(u"")

        self.departmentLayout.addWidget(self.handoverCountLabel)

        self.prevHandoverPageButton = QPushButton(HandoverPanel)
        self.prevHandoverPageButton.setObjectName(u"prevHandoverPageButton")
        self.prevHandoverPageButton.setText(u"\u25c0")
        self.prevHandoverPageButton.setMaximumSize(QSize(36, 16777215))

        self.departmentLayout.addWidget(self.prevHandoverPageButton)

        self.nextHandoverPageButton = QPushButton(HandoverPanel)
        self.nextHandoverPageButton.setObjectName(u"nextHandoverPageButton")
        self.nextHandoverPageButton.setText(u"\u25b6")
        self.nextHandoverPageButton.setMaximumSize(QSize(36, 16777215))

        self.departmentLayout.addWidget(self.nextHandoverPageButton)

        self.departmentLayout.setStretch(3, 1)

        self.mainLayout.addLayout(self.departmentLayout)

        self.handoverHintLabel = QLabel(HandoverPanel)
        self.handoverHintLabel.setObjectName(u"handoverHintLabel")
        self.handoverHintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.handoverHintLabel)

        self.handoverStack = QStackedWidget(HandoverPanel)
        self.handoverStack.setObjectName(u"handoverStack")
        self.handoverTable = QTableView()
        self.handoverTable.setObjectName(u"handoverTable")
        self.handoverTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.handoverTable.setAlternatingRowColors(True)
        self.handoverTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.handoverTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.handoverTable.setWordWrap(False)
        self.handoverStack.addWidget(self.handoverTable)
        self.handoverTable.verticalHeader().setVisible(False)
        self.handoverEmptyLabel = QLabel()
        self.handoverEmptyLabel.setObjectName(u"handoverEmptyLabel")
        self.handoverEmptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.handoverEmptyLabel.setWordWrap(True)
        self.handoverStack.addWidget(self.handoverEmptyLabel)

        self.mainLayout.addWidget(self.handoverStack)

        self.actionLayout = QHBoxLayout()
        self.actionLayout.setObjectName(u"actionLayout")
        self.handoverButton = QPushButton(HandoverPanel)
        self.handoverButton.setObjectName(u"handoverButton")

        self.actionLayout.addWidget(self.handoverButton)

        self.handoverMessage = QLabel(HandoverPanel)
        self.handoverMessage.setObjectName(u"handoverMessage")
        self.handoverMessage.setText(u"")
        self.handoverMessage.setWordWrap(True)
        self.handoverMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.actionLayout.addWidget(self.handoverMessage)

        self.actionLayout.setStretch(1, 1)

        self.mainLayout.addLayout(self.actionLayout)

        self.mainLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.handoverDepartmentLabel.setBuddy(self.handoverDepartmentCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(HandoverPanel)
    # setupUi

    def retranslateUi(self, HandoverPanel):
        self.handoverDepartmentLabel.setText(QCoreApplication.translate("HandoverPanel", u"&Department:", None))
        self.refreshHandoverButton.setText(QCoreApplication.translate("HandoverPanel", u"&Refresh", None))
#if QT_CONFIG(tooltip)
        self.refreshHandoverButton.setToolTip(QCoreApplication.translate("HandoverPanel", u"Read the waiting cases again (F5)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.prevHandoverPageButton.setToolTip(QCoreApplication.translate("HandoverPanel", u"Previous page", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.nextHandoverPageButton.setToolTip(QCoreApplication.translate("HandoverPanel", u"Next page", None))
#endif // QT_CONFIG(tooltip)
        self.handoverHintLabel.setText(QCoreApplication.translate("HandoverPanel", u"Accepted cases waiting to be handed over, the longest waiting first. Select the ones to hand over (Ctrl or Shift with a click or the arrow keys; Ctrl+A selects all): they go to the department on one printed list.", None))
        self.handoverEmptyLabel.setText(QCoreApplication.translate("HandoverPanel", u"No accepted cases are waiting to be handed over to this department.", None))
        self.handoverButton.setText(QCoreApplication.translate("HandoverPanel", u"&Hand over the selected cases and print the list", None))
        pass
    # retranslateUi

