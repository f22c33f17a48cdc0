# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'departments.ui'
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
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_DepartmentsDialog(object):
    def setupUi(self, DepartmentsDialog):
        if not DepartmentsDialog.objectName():
            DepartmentsDialog.setObjectName(u"DepartmentsDialog")
        DepartmentsDialog.resize(820, 460)
        self.mainLayout = QVBoxLayout(DepartmentsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.hintLabel = QLabel(DepartmentsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.departmentsTable = QTableWidget(DepartmentsDialog)
        if (self.departmentsTable.columnCount() < 4):
            self.departmentsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.departmentsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.departmentsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.departmentsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.departmentsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.departmentsTable.setObjectName(u"departmentsTable")
        self.departmentsTable.horizontalHeader().setStretchLastSection(True)

        self.mainLayout.addWidget(self.departmentsTable)

        self.rowButtons = QHBoxLayout()
        self.rowButtons.setObjectName(u"rowButtons")
        self.addDepartmentButton = QPushButton(DepartmentsDialog)
        self.addDepartmentButton.setObjectName(u"addDepartmentButton")

        self.rowButtons.addWidget(self.addDepartmentButton)

        self.rowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.rowButtons.addItem(self.rowSpacer)


        self.mainLayout.addLayout(self.rowButtons)

        self.problemsLabel = QLabel(DepartmentsDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemsLabel)

        self.buttonBox = QDialogButtonBox(DepartmentsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(DepartmentsDialog)
    # setupUi

    def retranslateUi(self, DepartmentsDialog):
        DepartmentsDialog.setWindowTitle(QCoreApplication.translate("DepartmentsDialog", u"Departments", None))
        self.hintLabel.setText(QCoreApplication.translate("DepartmentsDialog", u"A department's code cannot change once matters use it. Phone and address are printed on service guides.", None))
        ___qtablewidgetitem = self.departmentsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DepartmentsDialog", u"Code", None))
        ___qtablewidgetitem1 = self.departmentsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DepartmentsDialog", u"Name", None))
        ___qtablewidgetitem2 = self.departmentsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DepartmentsDialog", u"Phone", None))
        ___qtablewidgetitem3 = self.departmentsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DepartmentsDialog", u"Address", None))
        self.addDepartmentButton.setText(QCoreApplication.translate("DepartmentsDialog", u"Add department", None))
    # retranslateUi

