# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'matter_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_MatterForm(object):
    def setupUi(self, MatterForm):
        if not MatterForm.objectName():
            MatterForm.setObjectName(u"MatterForm")
        self.mainLayout = QVBoxLayout(MatterForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fieldsGrid = QGridLayout()
        self.fieldsGrid.setObjectName(u"fieldsGrid")
        self.codeLabel = QLabel(MatterForm)
        self.codeLabel.setObjectName(u"codeLabel")

        self.fieldsGrid.addWidget(self.codeLabel, 0, 0, 1, 1)

        self.codeEdit = QLineEdit(MatterForm)
        self.codeEdit.setObjectName(u"codeEdit")

        self.fieldsGrid.addWidget(self.codeEdit, 0, 1, 1, 1)

        self.shortNameLabel = QLabel(MatterForm)
        self.shortNameLabel.setObjectName(u"shortNameLabel")

        self.fieldsGrid.addWidget(self.shortNameLabel, 0, 2, 1, 1)

        self.shortNameEdit = QLineEdit(MatterForm)
        self.shortNameEdit.setObjectName(u"shortNameEdit")

        self.fieldsGrid.addWidget(self.shortNameEdit, 0, 3, 1, 1)

        self.nameLabel = QLabel(MatterForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsGrid.addWidget(self.nameLabel, 1, 0, 1, 1)

        self.nameEdit = QLineEdit(MatterForm)
        self.nameEdit.setObjectName(u"nameEdit")

        self.fieldsGrid.addWidget(self.nameEdit, 1, 1, 1, 1)

        self.departmentLabel = QLabel(MatterForm)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.fieldsGrid.addWidget(self.departmentLabel, 1, 2, 1, 1)

        self.departmentCombo = QComboBox(MatterForm)
        self.departmentCombo.setObjectName(u"departmentCombo")

        self.fieldsGrid.addWidget(self.departmentCombo, 1, 3, 1, 1)

        self.kindLabel = QLabel(MatterForm)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fieldsGrid.addWidget(self.kindLabel, 2, 0, 1, 1)

        self.kindCombo = QComboBox(MatterForm)
        self.kindCombo.setObjectName(u"kindCombo")

        self.fieldsGrid.addWidget(self.kindCombo, 2, 1, 1, 1)

        self.handlingLabel = QLabel(MatterForm)
        self.handlingLabel.setObjectName(u"handlingLabel")

        self.fieldsGrid.addWidget(self.handlingLabel, 2, 2, 1, 1)

        self.handlingCombo = QComboBox(MatterForm)
        self.handlingCombo.setObjectName(u"handlingCombo")

        self.fieldsGrid.addWidget(self.handlingCombo, 2, 3, 1, 1)

        self.statutoryLabel = QLabel(MatterForm)
        self.statutoryLabel.setObjectName(u"statutoryLabel")

        self.fieldsGrid.addWidget(self.statutoryLabel, 3, 0, 1, 1)

        self.statutorySpin = QSpinBox(MatterForm)
        self.statutorySpin.setObjectName(u"statutorySpin")
        self.statutorySpin.setMaximum(365)

        self.fieldsGrid.addWidget(self.statutorySpin, 3, 1, 1, 1)

        self.promisedLabel = QLabel(MatterForm)
        self.promisedLabel.setObjectName(u"promisedLabel")

        self.fieldsGrid.addWidget(self.promisedLabel, 3, 2, 1, 1)

        self.promisedSpin = QSpinBox(MatterForm)
        self.promisedSpin.setObjectName(u"promisedSpin")
        self.promisedSpin.setMaximum(365)

        self.fieldsGrid.addWidget(self.promisedSpin, 3, 3, 1, 1)

        self.feeLabel = QLabel(MatterForm)
        self.feeLabel.setObjectName(u"feeLabel")

        self.fieldsGrid.addWidget(self.feeLabel, 4, 0, 1, 1)

        self.feeEdit = QLineEdit(MatterForm)
        self.feeEdit.setObjectName(u"feeEdit")
        self.feeEdit.setPlaceholderText(u"0.00")

        self.fieldsGrid.addWidget(self.feeEdit, 4, 1, 1, 1)

        self.feeBasisLabel = QLabel(MatterForm)
        self.feeBasisLabel.setObjectName(u"feeBasisLabel")

        self.fieldsGrid.addWidget(self.feeBasisLabel, 4, 2, 1, 1)

        self.feeBasisEdit = QLineEdit(MatterForm)
        self.feeBasisEdit.setObjectName(u"feeBasisEdit")

        self.fieldsGrid.addWidget(self.feeBasisEdit, 4, 3, 1, 1)

        self.queueCategoryLabel = QLabel(MatterForm)
        self.queueCategoryLabel.setObjectName(u"queueCategoryLabel")

        self.fieldsGrid.addWidget(self.queueCategoryLabel, 5, 0, 1, 1)

        self.queueCategoryEdit = QLineEdit(MatterForm)
        self.queueCategoryEdit.setObjectName(u"queueCategoryEdit")
        self.queueCategoryEdit.setMaxLength(1)
        self.queueCategoryEdit.setPlaceholderText(u"A")

        self.fieldsGrid.addWidget(self.queueCategoryEdit, 5, 1, 1, 1)

        self.windowLabel = QLabel(MatterForm)
        self.windowLabel.setObjectName(u"windowLabel")

        self.fieldsGrid.addWidget(self.windowLabel, 5, 2, 1, 1)

        self.windowEdit = QLineEdit(MatterForm)
        self.windowEdit.setObjectName(u"windowEdit")

        self.fieldsGrid.addWidget(self.windowEdit, 5, 3, 1, 1)

        self.extensionLabel = QLabel(MatterForm)
        self.extensionLabel.setObjectName(u"extensionLabel")

        self.fieldsGrid.addWidget(self.extensionLabel, 6, 0, 1, 1)

        self.extensionSpin = QSpinBox(MatterForm)
        self.extensionSpin.setObjectName(u"extensionSpin")
        self.extensionSpin.setMaximum(365)
        self.extensionSpin.setValue(10)

        self.fieldsGrid.addWidget(self.extensionSpin, 6, 1, 1, 1)

        self.silenceConsentCheck = QCheckBox(MatterForm)
        self.silenceConsentCheck.setObjectName(u"silenceConsentCheck")

        self.fieldsGrid.addWidget(self.silenceConsentCheck, 6, 3, 1, 1)

        self.fieldsGrid.setColumnStretch(1, 1)
        self.fieldsGrid.setColumnStretch(3, 1)

        self.mainLayout.addLayout(self.fieldsGrid)

        self.textFields = QFormLayout()
        self.textFields.setObjectName(u"textFields")
        self.deliveryLabel = QLabel(MatterForm)
        self.deliveryLabel.setObjectName(u"deliveryLabel")

        self.textFields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deliveryLabel)

        self.deliveryBox = QWidget(MatterForm)
        self.deliveryBox.setObjectName(u"deliveryBox")
        self.deliveryLayout = QHBoxLayout(self.deliveryBox)
        self.deliveryLayout.setObjectName(u"deliveryLayout")
        self.deliveryLayout.setContentsMargins(0, 0, 0, 0)
        self.deliveryWindowCheck = QCheckBox(self.deliveryBox)
        self.deliveryWindowCheck.setObjectName(u"deliveryWindowCheck")
        self.deliveryWindowCheck.setText(u"window")

        self.deliveryLayout.addWidget(self.deliveryWindowCheck)

        self.deliveryExpressCheck = QCheckBox(self.deliveryBox)
        self.deliveryExpressCheck.setObjectName(u"deliveryExpressCheck")
        self.deliveryExpressCheck.setText(u"express")

        self.deliveryLayout.addWidget(self.deliveryExpressCheck)

        self.deliveryOnlineCheck = QCheckBox(self.deliveryBox)
        self.deliveryOnlineCheck.setObjectName(u"deliveryOnlineCheck")
        self.deliveryOnlineCheck.setText(u"online")

        self.deliveryLayout.addWidget(self.deliveryOnlineCheck)

        self.deliverySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.deliveryLayout.addItem(self.deliverySpacer)


        self.textFields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deliveryBox)

        self.activeCheck = QCheckBox(MatterForm)
        self.activeCheck.setObjectName(u"activeCheck")

        self.textFields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.activeCheck)

        self.legalBasisLabel = QLabel(MatterForm)
        self.legalBasisLabel.setObjectName(u"legalBasisLabel")

        self.textFields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.legalBasisLabel)

        self.legalBasisEdit = QPlainTextEdit(MatterForm)
        self.legalBasisEdit.setObjectName(u"legalBasisEdit")
        self.legalBasisEdit.setMaximumSize(QSize(16777215, 60))

        self.textFields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.legalBasisEdit)

        self.conditionsLabel = QLabel(MatterForm)
        self.conditionsLabel.setObjectName(u"conditionsLabel")

        self.textFields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.conditionsLabel)

        self.conditionsEdit = QPlainTextEdit(MatterForm)
        self.conditionsEdit.setObjectName(u"conditionsEdit")
        self.conditionsEdit.setMaximumSize(QSize(16777215, 60))

        self.textFields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.conditionsEdit)

        self.notesLabel = QLabel(MatterForm)
        self.notesLabel.setObjectName(u"notesLabel")

        self.textFields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(MatterForm)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 60))

        self.textFields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.mainLayout.addLayout(self.textFields)

        self.materialsLabel = QLabel(MatterForm)
        self.materialsLabel.setObjectName(u"materialsLabel")

        self.mainLayout.addWidget(self.materialsLabel)

        self.materialsEditTable = QTableWidget(MatterForm)
        if (self.materialsEditTable.columnCount() < 10):
            self.materialsEditTable.setColumnCount(10)
        __qtablewidgetitem = QTableWidgetItem()
        self.materialsEditTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.materialsEditTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.materialsEditTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.materialsEditTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.materialsEditTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.materialsEditTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.materialsEditTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.materialsEditTable.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.materialsEditTable.setHorizontalHeaderItem(8, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.materialsEditTable.setHorizontalHeaderItem(9, __qtablewidgetitem9)
        self.materialsEditTable.setObjectName(u"materialsEditTable")
        self.materialsEditTable.setMinimumSize(QSize(0, 220))
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.materialsEditTable.sizePolicy().hasHeightForWidth())
        self.materialsEditTable.setSizePolicy(sizePolicy)
        self.materialsEditTable.horizontalHeader().setStretchLastSection(False)

        self.mainLayout.addWidget(self.materialsEditTable)

        self.materialButtons = QHBoxLayout()
        self.materialButtons.setObjectName(u"materialButtons")
        self.addMaterialButton = QPushButton(MatterForm)
        self.addMaterialButton.setObjectName(u"addMaterialButton")

        self.materialButtons.addWidget(self.addMaterialButton)

        self.removeMaterialButton = QPushButton(MatterForm)
        self.removeMaterialButton.setObjectName(u"removeMaterialButton")

        self.materialButtons.addWidget(self.removeMaterialButton)

        self.moveMaterialUpButton = QPushButton(MatterForm)
        self.moveMaterialUpButton.setObjectName(u"moveMaterialUpButton")

        self.materialButtons.addWidget(self.moveMaterialUpButton)

        self.moveMaterialDownButton = QPushButton(MatterForm)
        self.moveMaterialDownButton.setObjectName(u"moveMaterialDownButton")

        self.materialButtons.addWidget(self.moveMaterialDownButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.materialButtons.addItem(self.buttonSpacer)


        self.mainLayout.addLayout(self.materialButtons)

        self.problemsLabel = QLabel(MatterForm)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemsLabel)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.shortNameLabel.setBuddy(self.shortNameEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.departmentLabel.setBuddy(self.departmentCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.handlingLabel.setBuddy(self.handlingCombo)
        self.statutoryLabel.setBuddy(self.statutorySpin)
        self.promisedLabel.setBuddy(self.promisedSpin)
        self.feeLabel.setBuddy(self.feeEdit)
        self.feeBasisLabel.setBuddy(self.feeBasisEdit)
        self.queueCategoryLabel.setBuddy(self.queueCategoryEdit)
        self.windowLabel.setBuddy(self.windowEdit)
        self.extensionLabel.setBuddy(self.extensionSpin)
        self.deliveryLabel.setBuddy(self.deliveryWindowCheck)
        self.legalBasisLabel.setBuddy(self.legalBasisEdit)
        self.conditionsLabel.setBuddy(self.conditionsEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MatterForm)
    # setupUi

    def retranslateUi(self, MatterForm):
        self.codeLabel.setText(QCoreApplication.translate("MatterForm", u"Code", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("MatterForm", u"e.g. XK-SCJG-001", None))
        self.shortNameLabel.setText(QCoreApplication.translate("MatterForm", u"Short name", None))
        self.nameLabel.setText(QCoreApplication.translate("MatterForm", u"Name", None))
        self.departmentLabel.setText(QCoreApplication.translate("MatterForm", u"Department", None))
        self.kindLabel.setText(QCoreApplication.translate("MatterForm", u"Kind", None))
        self.handlingLabel.setText(QCoreApplication.translate("MatterForm", u"Handling", None))
        self.statutoryLabel.setText(QCoreApplication.translate("MatterForm", u"Statutory limit (working days)", None))
        self.promisedLabel.setText(QCoreApplication.translate("MatterForm", u"Promised limit (working days)", None))
        self.feeLabel.setText(QCoreApplication.translate("MatterForm", u"Fee (yuan)", None))
        self.feeBasisLabel.setText(QCoreApplication.translate("MatterForm", u"Fee basis", None))
        self.queueCategoryLabel.setText(QCoreApplication.translate("MatterForm", u"Queue category", None))
        self.windowLabel.setText(QCoreApplication.translate("MatterForm", u"Window", None))
        self.extensionLabel.setText(QCoreApplication.translate("MatterForm", u"Extension (working days)", None))
#if QT_CONFIG(tooltip)
        self.extensionSpin.setToolTip(QCoreApplication.translate("MatterForm", u"Working days an approved extension adds to the statutory limit", None))
#endif // QT_CONFIG(tooltip)
        self.silenceConsentCheck.setText(QCoreApplication.translate("MatterForm", u"Approved when undecided past the statutory limit (silence is consent)", None))
        self.deliveryLabel.setText(QCoreApplication.translate("MatterForm", u"Delivery", None))
        self.activeCheck.setText(QCoreApplication.translate("MatterForm", u"Offered at the counter", None))
        self.legalBasisLabel.setText(QCoreApplication.translate("MatterForm", u"Legal basis", None))
        self.conditionsLabel.setText(QCoreApplication.translate("MatterForm", u"Conditions", None))
        self.notesLabel.setText(QCoreApplication.translate("MatterForm", u"Notes", None))
        self.materialsLabel.setText(QCoreApplication.translate("MatterForm", u"Materials (in checklist order)", None))
        ___qtablewidgetitem = self.materialsEditTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MatterForm", u"Material", None))
        ___qtablewidgetitem1 = self.materialsEditTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MatterForm", u"Required", None))
        ___qtablewidgetitem2 = self.materialsEditTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("MatterForm", u"Condition", None))
        ___qtablewidgetitem3 = self.materialsEditTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("MatterForm", u"Original / copy", None))
        ___qtablewidgetitem4 = self.materialsEditTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("MatterForm", u"Count", None))
        ___qtablewidgetitem5 = self.materialsEditTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("MatterForm", u"Source", None))
        ___qtablewidgetitem6 = self.materialsEditTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("MatterForm", u"Format notes", None))
        ___qtablewidgetitem7 = self.materialsEditTable.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("MatterForm", u"Blank form / sample", None))
        ___qtablewidgetitem8 = self.materialsEditTable.horizontalHeaderItem(8)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("MatterForm", u"Reusable", None))
        ___qtablewidgetitem9 = self.materialsEditTable.horizontalHeaderItem(9)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("MatterForm", u"Valid (days)", None))
        self.addMaterialButton.setText(QCoreApplication.translate("MatterForm", u"Add material", None))
        self.removeMaterialButton.setText(QCoreApplication.translate("MatterForm", u"Remove material", None))
        self.moveMaterialUpButton.setText(QCoreApplication.translate("MatterForm", u"Move up", None))
        self.moveMaterialDownButton.setText(QCoreApplication.translate("MatterForm", u"Move down", None))
        pass
    # retranslateUi

