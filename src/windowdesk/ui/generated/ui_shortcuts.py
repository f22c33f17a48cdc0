# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'shortcuts.ui'
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
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_ShortcutsDialog(object):
    def setupUi(self, ShortcutsDialog):
        if not ShortcutsDialog.objectName():
            ShortcutsDialog.setObjectName(u"ShortcutsDialog")
        ShortcutsDialog.resize(560, 560)
        self.mainLayout = QVBoxLayout(ShortcutsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ShortcutsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.shortcutsTable = QTableWidget(ShortcutsDialog)
        if (self.shortcutsTable.columnCount() < 2):
            self.shortcutsTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.shortcutsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.shortcutsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.shortcutsTable.setObjectName(u"shortcutsTable")
        self.shortcutsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shortcutsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.shortcutsTable.setWordWrap(True)
        self.shortcutsTable.setColumnCount(2)
        self.shortcutsTable.horizontalHeader().setStretchLastSection(True)
        self.shortcutsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.shortcutsTable)

        self.buttonBox = QDialogButtonBox(ShortcutsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ShortcutsDialog)
    # setupUi

    def retranslateUi(self, ShortcutsDialog):
        ShortcutsDialog.setWindowTitle(QCoreApplication.translate("ShortcutsDialog", u"Keyboard shortcuts", None))
        self.introLabel.setText(QCoreApplication.translate("ShortcutsDialog", u"The whole visit works from the keyboard. A barcode scanner works wherever the focus is.", None))
        ___qtablewidgetitem = self.shortcutsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ShortcutsDialog", u"Keys", None))
        ___qtablewidgetitem1 = self.shortcutsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ShortcutsDialog", u"What they do", None))
    # retranslateUi

