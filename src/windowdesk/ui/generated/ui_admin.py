# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QTabWidget, QTableView,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AdminFace(object):
    def setupUi(self, AdminFace):
        if not AdminFace.objectName():
            AdminFace.setObjectName(u"AdminFace")
        AdminFace.resize(1200, 720)
        self.adminLayout = QVBoxLayout(AdminFace)
        self.adminLayout.setObjectName(u"adminLayout")
        self.siteLabel = QLabel(AdminFace)
        self.siteLabel.setObjectName(u"siteLabel")

        self.adminLayout.addWidget(self.siteLabel)

        self.adminTabs = QTabWidget(AdminFace)
        self.adminTabs.setObjectName(u"adminTabs")
        self.windowsPage = QWidget()
        self.windowsPage.setObjectName(u"windowsPage")
        self.windowsPageLayout = QVBoxLayout(self.windowsPage)
        self.windowsPageLayout.setObjectName(u"windowsPageLayout")
        self.windowsFilterRow = QHBoxLayout()
        self.windowsFilterRow.setObjectName(u"windowsFilterRow")
        self.windowsFilterLabel = QLabel(self.windowsPage)
        self.windowsFilterLabel.setObjectName(u"windowsFilterLabel")

        self.windowsFilterRow.addWidget(self.windowsFilterLabel)

        self.windowsFilterEdit = QLineEdit(self.windowsPage)
        self.windowsFilterEdit.setObjectName(u"windowsFilterEdit")

        self.windowsFilterRow.addWidget(self.windowsFilterEdit)

        self.windowsCountLabel = QLabel(self.windowsPage)
        self.windowsCountLabel.setObjectName(u"windowsCountLabel")

        self.windowsFilterRow.addWidget(self.windowsCountLabel)


        self.windowsPageLayout.addLayout(self.windowsFilterRow)

        self.windowsBody = QHBoxLayout()
        self.windowsBody.setObjectName(u"windowsBody")
        self.windowsTable = QTableView(self.windowsPage)
        self.windowsTable.setObjectName(u"windowsTable")
        self.windowsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.windowsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.windowsTable.setAlternatingRowColors(True)
        self.windowsTable.setSortingEnabled(True)
        self.windowsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.windowsTable.horizontalHeader().setStretchLastSection(True)
        self.windowsTable.verticalHeader().setVisible(False)

        self.windowsBody.addWidget(self.windowsTable)

        self.windowsEditorBox = QGroupBox(self.windowsPage)
        self.windowsEditorBox.setObjectName(u"windowsEditorBox")
        self.windowsEditorLayout = QVBoxLayout(self.windowsEditorBox)
        self.windowsEditorLayout.setObjectName(u"windowsEditorLayout")
        self.windowsForm = QFormLayout()
        self.windowsForm.setObjectName(u"windowsForm")
        self.windowNumberLabel = QLabel(self.windowsEditorBox)
        self.windowNumberLabel.setObjectName(u"windowNumberLabel")

        self.windowsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.windowNumberLabel)

        self.windowNumberSpin = QSpinBox(self.windowsEditorBox)
        self.windowNumberSpin.setObjectName(u"windowNumberSpin")
        self.windowNumberSpin.setMinimum(1)
        self.windowNumberSpin.setMaximum(999)

        self.windowsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.windowNumberSpin)

        self.windowNameLabel = QLabel(self.windowsEditorBox)
        self.windowNameLabel.setObjectName(u"windowNameLabel")

        self.windowsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.windowNameLabel)

        self.windowNameEdit = QLineEdit(self.windowsEditorBox)
        self.windowNameEdit.setObjectName(u"windowNameEdit")
        self.windowNameEdit.setMaxLength(120)

        self.windowsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.windowNameEdit)

        self.windowDepartmentLabel = QLabel(self.windowsEditorBox)
        self.windowDepartmentLabel.setObjectName(u"windowDepartmentLabel")

        self.windowsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.windowDepartmentLabel)

        self.windowDepartmentCombo = QComboBox(self.windowsEditorBox)
        self.windowDepartmentCombo.setObjectName(u"windowDepartmentCombo")
        self.windowDepartmentCombo.setEditable(True)

        self.windowsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.windowDepartmentCombo)

        self.windowCategoriesLabel = QLabel(self.windowsEditorBox)
        self.windowCategoriesLabel.setObjectName(u"windowCategoriesLabel")

        self.windowsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.windowCategoriesLabel)

        self.windowCategoriesEdit = QLineEdit(self.windowsEditorBox)
        self.windowCategoriesEdit.setObjectName(u"windowCategoriesEdit")
        self.windowCategoriesEdit.setMaxLength(40)

        self.windowsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.windowCategoriesEdit)

        self.windowActiveLabel = QLabel(self.windowsEditorBox)
        self.windowActiveLabel.setObjectName(u"windowActiveLabel")

        self.windowsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.windowActiveLabel)

        self.windowActiveCheck = QCheckBox(self.windowsEditorBox)
        self.windowActiveCheck.setObjectName(u"windowActiveCheck")

        self.windowsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.windowActiveCheck)


        self.windowsEditorLayout.addLayout(self.windowsForm)

        self.windowsButtons = QHBoxLayout()
        self.windowsButtons.setObjectName(u"windowsButtons")
        self.newWindowButton = QPushButton(self.windowsEditorBox)
        self.newWindowButton.setObjectName(u"newWindowButton")

        self.windowsButtons.addWidget(self.newWindowButton)

        self.saveWindowButton = QPushButton(self.windowsEditorBox)
        self.saveWindowButton.setObjectName(u"saveWindowButton")

        self.windowsButtons.addWidget(self.saveWindowButton)


        self.windowsEditorLayout.addLayout(self.windowsButtons)

        self.windowsEditorSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.windowsEditorLayout.addItem(self.windowsEditorSpacer)


        self.windowsBody.addWidget(self.windowsEditorBox)


        self.windowsPageLayout.addLayout(self.windowsBody)

        self.windowsMessageLabel = QLabel(self.windowsPage)
        self.windowsMessageLabel.setObjectName(u"windowsMessageLabel")
        self.windowsMessageLabel.setWordWrap(True)

        self.windowsPageLayout.addWidget(self.windowsMessageLabel)

        self.adminTabs.addTab(self.windowsPage, "")
        self.categoriesPage = QWidget()
        self.categoriesPage.setObjectName(u"categoriesPage")
        self.categoriesPageLayout = QVBoxLayout(self.categoriesPage)
        self.categoriesPageLayout.setObjectName(u"categoriesPageLayout")
        self.categoriesFilterRow = QHBoxLayout()
        self.categoriesFilterRow.setObjectName(u"categoriesFilterRow")
        self.categoriesFilterLabel = QLabel(self.categoriesPage)
        self.categoriesFilterLabel.setObjectName(u"categoriesFilterLabel")

        self.categoriesFilterRow.addWidget(self.categoriesFilterLabel)

        self.categoriesFilterEdit = QLineEdit(self.categoriesPage)
        self.categoriesFilterEdit.setObjectName(u"categoriesFilterEdit")

        self.categoriesFilterRow.addWidget(self.categoriesFilterEdit)

        self.categoriesCountLabel = QLabel(self.categoriesPage)
        self.categoriesCountLabel.setObjectName(u"categoriesCountLabel")

        self.categoriesFilterRow.addWidget(self.categoriesCountLabel)


        self.categoriesPageLayout.addLayout(self.categoriesFilterRow)

        self.categoriesBody = QHBoxLayout()
        self.categoriesBody.setObjectName(u"categoriesBody")
        self.categoriesTable = QTableView(self.categoriesPage)
        self.categoriesTable.setObjectName(u"categoriesTable")
        self.categoriesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.categoriesTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.categoriesTable.setAlternatingRowColors(True)
        self.categoriesTable.setSortingEnabled(True)
        self.categoriesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.categoriesTable.horizontalHeader().setStretchLastSection(True)
        self.categoriesTable.verticalHeader().setVisible(False)

        self.categoriesBody.addWidget(self.categoriesTable)

        self.categoriesEditorBox = QGroupBox(self.categoriesPage)
        self.categoriesEditorBox.setObjectName(u"categoriesEditorBox")
        self.categoriesEditorLayout = QVBoxLayout(self.categoriesEditorBox)
        self.categoriesEditorLayout.setObjectName(u"categoriesEditorLayout")
        self.categoriesForm = QFormLayout()
        self.categoriesForm.setObjectName(u"categoriesForm")
        self.categoryPrefixLabel = QLabel(self.categoriesEditorBox)
        self.categoryPrefixLabel.setObjectName(u"categoryPrefixLabel")

        self.categoriesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryPrefixLabel)

        self.categoryPrefixEdit = QLineEdit(self.categoriesEditorBox)
        self.categoryPrefixEdit.setObjectName(u"categoryPrefixEdit")
        self.categoryPrefixEdit.setMaxLength(1)

        self.categoriesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.categoryPrefixEdit)

        self.categoryNameLabel = QLabel(self.categoriesEditorBox)
        self.categoryNameLabel.setObjectName(u"categoryNameLabel")

        self.categoriesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryNameLabel)

        self.categoryNameEdit = QLineEdit(self.categoriesEditorBox)
        self.categoryNameEdit.setObjectName(u"categoryNameEdit")
        self.categoryNameEdit.setMaxLength(60)

        self.categoriesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryNameEdit)

        self.categoryStartLabel = QLabel(self.categoriesEditorBox)
        self.categoryStartLabel.setObjectName(u"categoryStartLabel")

        self.categoriesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryStartLabel)

        self.categoryStartSpin = QSpinBox(self.categoriesEditorBox)
        self.categoryStartSpin.setObjectName(u"categoryStartSpin")
        self.categoryStartSpin.setMinimum(1)
        self.categoryStartSpin.setMaximum(999)

        self.categoriesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryStartSpin)

        self.categoryCapLabel = QLabel(self.categoriesEditorBox)
        self.categoryCapLabel.setObjectName(u"categoryCapLabel")

        self.categoriesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.categoryCapLabel)

        self.categoryCapSpin = QSpinBox(self.categoriesEditorBox)
        self.categoryCapSpin.setObjectName(u"categoryCapSpin")
        self.categoryCapSpin.setMinimum(1)
        self.categoryCapSpin.setMaximum(999)

        self.categoriesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.categoryCapSpin)

        self.categoryPolicyLabel = QLabel(self.categoriesEditorBox)
        self.categoryPolicyLabel.setObjectName(u"categoryPolicyLabel")

        self.categoriesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.categoryPolicyLabel)

        self.categoryPolicyCombo = QComboBox(self.categoriesEditorBox)
        self.categoryPolicyCombo.setObjectName(u"categoryPolicyCombo")

        self.categoriesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.categoryPolicyCombo)

        self.categoryHoursLabel = QLabel(self.categoriesEditorBox)
        self.categoryHoursLabel.setObjectName(u"categoryHoursLabel")

        self.categoriesForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.categoryHoursLabel)

        self.categoryHoursEdit = QLineEdit(self.categoriesEditorBox)
        self.categoryHoursEdit.setObjectName(u"categoryHoursEdit")
        self.categoryHoursEdit.setMaxLength(120)

        self.categoriesForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.categoryHoursEdit)

        self.categoryActiveLabel = QLabel(self.categoriesEditorBox)
        self.categoryActiveLabel.setObjectName(u"categoryActiveLabel")

        self.categoriesForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.categoryActiveLabel)

        self.categoryActiveCheck = QCheckBox(self.categoriesEditorBox)
        self.categoryActiveCheck.setObjectName(u"categoryActiveCheck")

        self.categoriesForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.categoryActiveCheck)


        self.categoriesEditorLayout.addLayout(self.categoriesForm)

        self.categoriesButtons = QHBoxLayout()
        self.categoriesButtons.setObjectName(u"categoriesButtons")
        self.newCategoryButton = QPushButton(self.categoriesEditorBox)
        self.newCategoryButton.setObjectName(u"newCategoryButton")

        self.categoriesButtons.addWidget(self.newCategoryButton)

        self.saveCategoryButton = QPushButton(self.categoriesEditorBox)
        self.saveCategoryButton.setObjectName(u"saveCategoryButton")

        self.categoriesButtons.addWidget(self.saveCategoryButton)


        self.categoriesEditorLayout.addLayout(self.categoriesButtons)

        self.categoriesEditorSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.categoriesEditorLayout.addItem(self.categoriesEditorSpacer)


        self.categoriesBody.addWidget(self.categoriesEditorBox)


        self.categoriesPageLayout.addLayout(self.categoriesBody)

        self.categoriesMessageLabel = QLabel(self.categoriesPage)
        self.categoriesMessageLabel.setObjectName(u"categoriesMessageLabel")
        self.categoriesMessageLabel.setWordWrap(True)

        self.categoriesPageLayout.addWidget(self.categoriesMessageLabel)

        self.adminTabs.addTab(self.categoriesPage, "")
        self.usersPage = QWidget()
        self.usersPage.setObjectName(u"usersPage")
        self.usersPageLayout = QVBoxLayout(self.usersPage)
        self.usersPageLayout.setObjectName(u"usersPageLayout")
        self.usersFilterRow = QHBoxLayout()
        self.usersFilterRow.setObjectName(u"usersFilterRow")
        self.usersFilterLabel = QLabel(self.usersPage)
        self.usersFilterLabel.setObjectName(u"usersFilterLabel")

        self.usersFilterRow.addWidget(self.usersFilterLabel)

        self.usersFilterEdit = QLineEdit(self.usersPage)
        self.usersFilterEdit.setObjectName(u"usersFilterEdit")

        self.usersFilterRow.addWidget(self.usersFilterEdit)

        self.usersCountLabel = QLabel(self.usersPage)
        self.usersCountLabel.setObjectName(u"usersCountLabel")

        self.usersFilterRow.addWidget(self.usersCountLabel)


        self.usersPageLayout.addLayout(self.usersFilterRow)

        self.usersBody = QHBoxLayout()
        self.usersBody.setObjectName(u"usersBody")
        self.usersTable = QTableView(self.usersPage)
        self.usersTable.setObjectName(u"usersTable")
        self.usersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.usersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.usersTable.setAlternatingRowColors(True)
        self.usersTable.setSortingEnabled(True)
        self.usersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.usersTable.horizontalHeader().setStretchLastSection(True)
        self.usersTable.verticalHeader().setVisible(False)

        self.usersBody.addWidget(self.usersTable)

        self.usersEditorBox = QGroupBox(self.usersPage)
        self.usersEditorBox.setObjectName(u"usersEditorBox")
        self.usersEditorLayout = QVBoxLayout(self.usersEditorBox)
        self.usersEditorLayout.setObjectName(u"usersEditorLayout")
        self.usersForm = QFormLayout()
        self.usersForm.setObjectName(u"usersForm")
        self.userLoginLabel = QLabel(self.usersEditorBox)
        self.userLoginLabel.setObjectName(u"userLoginLabel")

        self.usersForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.userLoginLabel)

        self.userLoginEdit = QLineEdit(self.usersEditorBox)
        self.userLoginEdit.setObjectName(u"userLoginEdit")
        self.userLoginEdit.setMaxLength(32)

        self.usersForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.userLoginEdit)

        self.userNameLabel = QLabel(self.usersEditorBox)
        self.userNameLabel.setObjectName(u"userNameLabel")

        self.usersForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.userNameLabel)

        self.userNameEdit = QLineEdit(self.usersEditorBox)
        self.userNameEdit.setObjectName(u"userNameEdit")
        self.userNameEdit.setMaxLength(120)

        self.usersForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.userNameEdit)

        self.userRoleLabel = QLabel(self.usersEditorBox)
        self.userRoleLabel.setObjectName(u"userRoleLabel")

        self.usersForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.userRoleLabel)

        self.userRoleCombo = QComboBox(self.usersEditorBox)
        self.userRoleCombo.setObjectName(u"userRoleCombo")

        self.usersForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.userRoleCombo)

        self.userWindowLabel = QLabel(self.usersEditorBox)
        self.userWindowLabel.setObjectName(u"userWindowLabel")

        self.usersForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userWindowLabel)

        self.userWindowSpin = QSpinBox(self.usersEditorBox)
        self.userWindowSpin.setObjectName(u"userWindowSpin")
        self.userWindowSpin.setMinimum(0)
        self.userWindowSpin.setMaximum(999)

        self.usersForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.userWindowSpin)

        self.userStaffLabel = QLabel(self.usersEditorBox)
        self.userStaffLabel.setObjectName(u"userStaffLabel")

        self.usersForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.userStaffLabel)

        self.userStaffEdit = QLineEdit(self.usersEditorBox)
        self.userStaffEdit.setObjectName(u"userStaffEdit")
        self.userStaffEdit.setMaxLength(32)

        self.usersForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.userStaffEdit)

        self.userPasswordLabel = QLabel(self.usersEditorBox)
        self.userPasswordLabel.setObjectName(u"userPasswordLabel")

        self.usersForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.userPasswordLabel)

        self.userPasswordEdit = QLineEdit(self.usersEditorBox)
        self.userPasswordEdit.setObjectName(u"userPasswordEdit")
        self.userPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.usersForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.userPasswordEdit)

        self.userPasswordAgainLabel = QLabel(self.usersEditorBox)
        self.userPasswordAgainLabel.setObjectName(u"userPasswordAgainLabel")

        self.usersForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.userPasswordAgainLabel)

        self.userPasswordAgainEdit = QLineEdit(self.usersEditorBox)
        self.userPasswordAgainEdit.setObjectName(u"userPasswordAgainEdit")
        self.userPasswordAgainEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.usersForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.userPasswordAgainEdit)


        self.usersEditorLayout.addLayout(self.usersForm)

        self.usersButtons = QHBoxLayout()
        self.usersButtons.setObjectName(u"usersButtons")
        self.newUserButton = QPushButton(self.usersEditorBox)
        self.newUserButton.setObjectName(u"newUserButton")

        self.usersButtons.addWidget(self.newUserButton)

        self.saveUserButton = QPushButton(self.usersEditorBox)
        self.saveUserButton.setObjectName(u"saveUserButton")

        self.usersButtons.addWidget(self.saveUserButton)

        self.toggleActiveButton = QPushButton(self.usersEditorBox)
        self.toggleActiveButton.setObjectName(u"toggleActiveButton")

        self.usersButtons.addWidget(self.toggleActiveButton)

        self.resetPasswordButton = QPushButton(self.usersEditorBox)
        self.resetPasswordButton.setObjectName(u"resetPasswordButton")

        self.usersButtons.addWidget(self.resetPasswordButton)

        self.unlockUserButton = QPushButton(self.usersEditorBox)
        self.unlockUserButton.setObjectName(u"unlockUserButton")

        self.usersButtons.addWidget(self.unlockUserButton)

        self.userPhotoButton = QPushButton(self.usersEditorBox)
        self.userPhotoButton.setObjectName(u"userPhotoButton")

        self.usersButtons.addWidget(self.userPhotoButton)


        self.usersEditorLayout.addLayout(self.usersButtons)

        self.usersEditorSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.usersEditorLayout.addItem(self.usersEditorSpacer)


        self.usersBody.addWidget(self.usersEditorBox)


        self.usersPageLayout.addLayout(self.usersBody)

        self.usersMessageLabel = QLabel(self.usersPage)
        self.usersMessageLabel.setObjectName(u"usersMessageLabel")
        self.usersMessageLabel.setWordWrap(True)

        self.usersPageLayout.addWidget(self.usersMessageLabel)

        self.adminTabs.addTab(self.usersPage, "")
        self.departmentsPage = QWidget()
        self.departmentsPage.setObjectName(u"departmentsPage")
        self.departmentsPageLayout = QVBoxLayout(self.departmentsPage)
        self.departmentsPageLayout.setObjectName(u"departmentsPageLayout")
        self.departmentsNoteLabel = QLabel(self.departmentsPage)
        self.departmentsNoteLabel.setObjectName(u"departmentsNoteLabel")
        self.departmentsNoteLabel.setWordWrap(True)

        self.departmentsPageLayout.addWidget(self.departmentsNoteLabel)

        self.departmentsTable = QTableView(self.departmentsPage)
        self.departmentsTable.setObjectName(u"departmentsTable")
        self.departmentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.departmentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.departmentsTable.setAlternatingRowColors(True)
        self.departmentsTable.setSortingEnabled(True)
        self.departmentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.departmentsTable.horizontalHeader().setStretchLastSection(True)
        self.departmentsTable.verticalHeader().setVisible(False)

        self.departmentsPageLayout.addWidget(self.departmentsTable)

        self.departmentsButtons = QHBoxLayout()
        self.departmentsButtons.setObjectName(u"departmentsButtons")
        self.editDepartmentsButton = QPushButton(self.departmentsPage)
        self.editDepartmentsButton.setObjectName(u"editDepartmentsButton")

        self.departmentsButtons.addWidget(self.editDepartmentsButton)

        self.departmentsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.departmentsButtons.addItem(self.departmentsSpacer)


        self.departmentsPageLayout.addLayout(self.departmentsButtons)

        self.adminTabs.addTab(self.departmentsPage, "")
        self.settingsPage = QWidget()
        self.settingsPage.setObjectName(u"settingsPage")
        self.settingsPageLayout = QVBoxLayout(self.settingsPage)
        self.settingsPageLayout.setObjectName(u"settingsPageLayout")
        self.settingsFilterRow = QHBoxLayout()
        self.settingsFilterRow.setObjectName(u"settingsFilterRow")
        self.settingsFilterLabel = QLabel(self.settingsPage)
        self.settingsFilterLabel.setObjectName(u"settingsFilterLabel")

        self.settingsFilterRow.addWidget(self.settingsFilterLabel)

        self.settingsFilterEdit = QLineEdit(self.settingsPage)
        self.settingsFilterEdit.setObjectName(u"settingsFilterEdit")

        self.settingsFilterRow.addWidget(self.settingsFilterEdit)


        self.settingsPageLayout.addLayout(self.settingsFilterRow)

        self.settingsTable = QTableWidget(self.settingsPage)
        self.settingsTable.setObjectName(u"settingsTable")
        self.settingsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.settingsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.settingsTable.setAlternatingRowColors(True)
        self.settingsTable.horizontalHeader().setStretchLastSection(True)
        self.settingsTable.verticalHeader().setVisible(False)

        self.settingsPageLayout.addWidget(self.settingsTable)

        self.settingsButtons = QHBoxLayout()
        self.settingsButtons.setObjectName(u"settingsButtons")
        self.settingsHintLabel = QLabel(self.settingsPage)
        self.settingsHintLabel.setObjectName(u"settingsHintLabel")
        self.settingsHintLabel.setWordWrap(True)

        self.settingsButtons.addWidget(self.settingsHintLabel)

        self.settingsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.settingsButtons.addItem(self.settingsSpacer)

        self.saveSettingsButton = QPushButton(self.settingsPage)
        self.saveSettingsButton.setObjectName(u"saveSettingsButton")

        self.settingsButtons.addWidget(self.saveSettingsButton)


        self.settingsPageLayout.addLayout(self.settingsButtons)

        self.settingsMessageLabel = QLabel(self.settingsPage)
        self.settingsMessageLabel.setObjectName(u"settingsMessageLabel")
        self.settingsMessageLabel.setWordWrap(True)

        self.settingsPageLayout.addWidget(self.settingsMessageLabel)

        self.adminTabs.addTab(self.settingsPage, "")
        self.calendarPage = QWidget()
        self.calendarPage.setObjectName(u"calendarPage")
        self.calendarPageLayout = QVBoxLayout(self.calendarPage)
        self.calendarPageLayout.setObjectName(u"calendarPageLayout")
        self.calendarNoteLabel = QLabel(self.calendarPage)
        self.calendarNoteLabel.setObjectName(u"calendarNoteLabel")
        self.calendarNoteLabel.setWordWrap(True)

        self.calendarPageLayout.addWidget(self.calendarNoteLabel)

        self.calendarNav = QHBoxLayout()
        self.calendarNav.setObjectName(u"calendarNav")
        self.previousMonthButton = QPushButton(self.calendarPage)
        self.previousMonthButton.setObjectName(u"previousMonthButton")

        self.calendarNav.addWidget(self.previousMonthButton)

        self.monthLabel = QLabel(self.calendarPage)
        self.monthLabel.setObjectName(u"monthLabel")

        self.calendarNav.addWidget(self.monthLabel)

        self.nextMonthButton = QPushButton(self.calendarPage)
        self.nextMonthButton.setObjectName(u"nextMonthButton")

        self.calendarNav.addWidget(self.nextMonthButton)

        self.provisionalLabel = QLabel(self.calendarPage)
        self.provisionalLabel.setObjectName(u"provisionalLabel")

        self.calendarNav.addWidget(self.provisionalLabel)

        self.calendarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.calendarNav.addItem(self.calendarSpacer)

        self.makeHolidayButton = QPushButton(self.calendarPage)
        self.makeHolidayButton.setObjectName(u"makeHolidayButton")

        self.calendarNav.addWidget(self.makeHolidayButton)

        self.makeWorkdayButton = QPushButton(self.calendarPage)
        self.makeWorkdayButton.setObjectName(u"makeWorkdayButton")

        self.calendarNav.addWidget(self.makeWorkdayButton)

        self.importCalendarButton = QPushButton(self.calendarPage)
        self.importCalendarButton.setObjectName(u"importCalendarButton")

        self.calendarNav.addWidget(self.importCalendarButton)


        self.calendarPageLayout.addLayout(self.calendarNav)

        self.calendarTable = QTableWidget(self.calendarPage)
        self.calendarTable.setObjectName(u"calendarTable")
        self.calendarTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.calendarTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.calendarTable.setAlternatingRowColors(True)
        self.calendarTable.horizontalHeader().setStretchLastSection(True)
        self.calendarTable.verticalHeader().setVisible(False)

        self.calendarPageLayout.addWidget(self.calendarTable)

        self.calendarLegendLabel = QLabel(self.calendarPage)
        self.calendarLegendLabel.setObjectName(u"calendarLegendLabel")
        self.calendarLegendLabel.setWordWrap(True)

        self.calendarPageLayout.addWidget(self.calendarLegendLabel)

        self.calendarMessageLabel = QLabel(self.calendarPage)
        self.calendarMessageLabel.setObjectName(u"calendarMessageLabel")
        self.calendarMessageLabel.setWordWrap(True)

        self.calendarPageLayout.addWidget(self.calendarMessageLabel)

        self.adminTabs.addTab(self.calendarPage, "")

        self.adminLayout.addWidget(self.adminTabs)

#if QT_CONFIG(shortcut)
        self.windowsFilterLabel.setBuddy(self.windowsFilterEdit)
        self.windowNumberLabel.setBuddy(self.windowNumberSpin)
        self.windowNameLabel.setBuddy(self.windowNameEdit)
        self.windowDepartmentLabel.setBuddy(self.windowDepartmentCombo)
        self.windowCategoriesLabel.setBuddy(self.windowCategoriesEdit)
        self.windowActiveLabel.setBuddy(self.windowActiveCheck)
        self.categoriesFilterLabel.setBuddy(self.categoriesFilterEdit)
        self.categoryPrefixLabel.setBuddy(self.categoryPrefixEdit)
        self.categoryNameLabel.setBuddy(self.categoryNameEdit)
        self.categoryStartLabel.setBuddy(self.categoryStartSpin)
        self.categoryCapLabel.setBuddy(self.categoryCapSpin)
        self.categoryPolicyLabel.setBuddy(self.categoryPolicyCombo)
        self.categoryHoursLabel.setBuddy(self.categoryHoursEdit)
        self.categoryActiveLabel.setBuddy(self.categoryActiveCheck)
        self.usersFilterLabel.setBuddy(self.usersFilterEdit)
        self.userLoginLabel.setBuddy(self.userLoginEdit)
        self.userNameLabel.setBuddy(self.userNameEdit)
        self.userRoleLabel.setBuddy(self.userRoleCombo)
        self.userWindowLabel.setBuddy(self.userWindowSpin)
        self.userStaffLabel.setBuddy(self.userStaffEdit)
        self.userPasswordLabel.setBuddy(self.userPasswordEdit)
        self.userPasswordAgainLabel.setBuddy(self.userPasswordAgainEdit)
        self.settingsFilterLabel.setBuddy(self.settingsFilterEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminFace)
    # setupUi

    def retranslateUi(self, AdminFace):
        AdminFace.setWindowTitle(QCoreApplication.translate("AdminFace", u"Administration", None))
        self.siteLabel.setText("")
        self.windowsFilterLabel.setText(QCoreApplication.translate("AdminFace", u"&Filter:", None))
        self.windowsFilterEdit.setPlaceholderText(QCoreApplication.translate("AdminFace", u"number, name or department", None))
        self.windowsCountLabel.setText("")
        self.windowsEditorBox.setTitle(QCoreApplication.translate("AdminFace", u"Details", None))
        self.windowNumberLabel.setText(QCoreApplication.translate("AdminFace", u"&Number:", None))
        self.windowNameLabel.setText(QCoreApplication.translate("AdminFace", u"N&ame:", None))
        self.windowNameEdit.setPlaceholderText(QCoreApplication.translate("AdminFace", u"e.g. \u7efc\u5408\u7a97\u53e3", None))
        self.windowDepartmentLabel.setText(QCoreApplication.translate("AdminFace", u"&Department:", None))
        self.windowCategoriesLabel.setText(QCoreApplication.translate("AdminFace", u"&Serves (in order):", None))
        self.windowCategoriesEdit.setPlaceholderText(QCoreApplication.translate("AdminFace", u"category prefixes, first served first, e.g. A C", None))
        self.windowActiveLabel.setText(QCoreApplication.translate("AdminFace", u"In ser&vice:", None))
        self.windowActiveCheck.setText(QCoreApplication.translate("AdminFace", u"in use", None))
        self.newWindowButton.setText(QCoreApplication.translate("AdminFace", u"&New window", None))
        self.saveWindowButton.setText(QCoreApplication.translate("AdminFace", u"&Save window", None))
        self.windowsMessageLabel.setText("")
        self.adminTabs.setTabText(self.adminTabs.indexOf(self.windowsPage), QCoreApplication.translate("AdminFace", u"&Windows", None))
        self.categoriesFilterLabel.setText(QCoreApplication.translate("AdminFace", u"&Filter:", None))
        self.categoriesFilterEdit.setPlaceholderText(QCoreApplication.translate("AdminFace", u"prefix or name", None))
        self.categoriesCountLabel.setText("")
        self.categoriesEditorBox.setTitle(QCoreApplication.translate("AdminFace", u"Details", None))
        self.categoryPrefixLabel.setText(QCoreApplication.translate("AdminFace", u"&Prefix:", None))
        self.categoryPrefixEdit.setPlaceholderText(QCoreApplication.translate("AdminFace", u"one capital letter", None))
        self.categoryNameLabel.setText(QCoreApplication.translate("AdminFace", u"N&ame:", None))
        self.categoryNameEdit.setPlaceholderText(QCoreApplication.translate("AdminFace", u"e.g. \u7efc\u5408\u53d7\u7406", None))
        self.categoryStartLabel.setText(QCoreApplication.translate("AdminFace", u"Daily s&tart number:", None))
        self.categoryCapLabel.setText(QCoreApplication.translate("AdminFace", u"Daily &cap:", None))
        self.categoryPolicyLabel.setText(QCoreApplication.translate("AdminFace", u"Priority polic&y:", None))
        self.categoryHoursLabel.setText(QCoreApplication.translate("AdminFace", u"Opening &hours:", None))
        self.categoryHoursEdit.setPlaceholderText(QCoreApplication.translate("AdminFace", u"08:30-12:00,14:00-17:30 (empty: all day)", None))
        self.categoryActiveLabel.setText(QCoreApplication.translate("AdminFace", u"Issuing ti&ckets:", None))
        self.categoryActiveCheck.setText(QCoreApplication.translate("AdminFace", u"in use", None))
        self.newCategoryButton.setText(QCoreApplication.translate("AdminFace", u"&New category", None))
        self.saveCategoryButton.setText(QCoreApplication.translate("AdminFace", u"&Save category", None))
        self.categoriesMessageLabel.setText("")
        self.adminTabs.setTabText(self.adminTabs.indexOf(self.categoriesPage), QCoreApplication.translate("AdminFace", u"&Queue categories", None))
        self.usersFilterLabel.setText(QCoreApplication.translate("AdminFace", u"&Filter:", None))
        self.usersFilterEdit.setPlaceholderText(QCoreApplication.translate("AdminFace", u"login, name, role or staff number", None))
        self.usersCountLabel.setText("")
        self.usersEditorBox.setTitle(QCoreApplication.translate("AdminFace", u"Details", None))
        self.userLoginLabel.setText(QCoreApplication.translate("AdminFace", u"&Login:", None))
        self.userLoginEdit.setPlaceholderText(QCoreApplication.translate("AdminFace", u"lower-case letters and digits", None))
        self.userNameLabel.setText(QCoreApplication.translate("AdminFace", u"N&ame:", None))
        self.userRoleLabel.setText(QCoreApplication.translate("AdminFace", u"&Role:", None))
        self.userWindowLabel.setText(QCoreApplication.translate("AdminFace", u"Default &window:", None))
        self.userWindowSpin.setSpecialValueText(QCoreApplication.translate("AdminFace", u"none", None))
        self.userStaffLabel.setText(QCoreApplication.translate("AdminFace", u"S&taff number:", None))
        self.userPasswordLabel.setText(QCoreApplication.translate("AdminFace", u"&Password:", None))
        self.userPasswordEdit.setPlaceholderText(QCoreApplication.translate("AdminFace", u"at least 8 characters, not the login", None))
        self.userPasswordAgainLabel.setText(QCoreApplication.translate("AdminFace", u"Password a&gain:", None))
        self.newUserButton.setText(QCoreApplication.translate("AdminFace", u"&New user", None))
        self.saveUserButton.setText(QCoreApplication.translate("AdminFace", u"&Save user", None))
        self.toggleActiveButton.setText(QCoreApplication.translate("AdminFace", u"&Disable", None))
        self.resetPasswordButton.setText(QCoreApplication.translate("AdminFace", u"&Reset password", None))
        self.unlockUserButton.setText(QCoreApplication.translate("AdminFace", u"Unl&ock", None))
        self.userPhotoButton.setText(QCoreApplication.translate("AdminFace", u"P&hoto\u2026", None))
#if QT_CONFIG(tooltip)
        self.userPhotoButton.setToolTip(QCoreApplication.translate("AdminFace", u"The photo the rating pad shows next to the staff number", None))
#endif // QT_CONFIG(tooltip)
        self.usersMessageLabel.setText("")
        self.adminTabs.setTabText(self.adminTabs.indexOf(self.usersPage), QCoreApplication.translate("AdminFace", u"&Users", None))
        self.departmentsNoteLabel.setText("")
        self.editDepartmentsButton.setText(QCoreApplication.translate("AdminFace", u"&Edit departments\u2026", None))
        self.adminTabs.setTabText(self.adminTabs.indexOf(self.departmentsPage), QCoreApplication.translate("AdminFace", u"&Departments", None))
        self.settingsFilterLabel.setText(QCoreApplication.translate("AdminFace", u"&Filter:", None))
        self.settingsFilterEdit.setPlaceholderText(QCoreApplication.translate("AdminFace", u"setting or description", None))
        self.settingsHintLabel.setText(QCoreApplication.translate("AdminFace", u"Double-click a value to change it; each value is checked as the command line checks it.", None))
        self.saveSettingsButton.setText(QCoreApplication.translate("AdminFace", u"&Save settings", None))
        self.settingsMessageLabel.setText("")
        self.adminTabs.setTabText(self.adminTabs.indexOf(self.settingsPage), QCoreApplication.translate("AdminFace", u"Site &settings", None))
        self.calendarNoteLabel.setText("")
        self.previousMonthButton.setText(QCoreApplication.translate("AdminFace", u"&<", None))
#if QT_CONFIG(tooltip)
        self.previousMonthButton.setToolTip(QCoreApplication.translate("AdminFace", u"Previous month", None))
#endif // QT_CONFIG(tooltip)
        self.monthLabel.setText("")
        self.nextMonthButton.setText(QCoreApplication.translate("AdminFace", u"&>", None))
#if QT_CONFIG(tooltip)
        self.nextMonthButton.setToolTip(QCoreApplication.translate("AdminFace", u"Next month", None))
#endif // QT_CONFIG(tooltip)
        self.provisionalLabel.setText("")
        self.makeHolidayButton.setText(QCoreApplication.translate("AdminFace", u"Make &holiday\u2026", None))
        self.makeWorkdayButton.setText(QCoreApplication.translate("AdminFace", u"Make &workday\u2026", None))
        self.importCalendarButton.setText(QCoreApplication.translate("AdminFace", u"&Import a year\u2026", None))
        self.calendarLegendLabel.setText(QCoreApplication.translate("AdminFace", u"Red: no work (weekend or holiday). Bold with a note: set by an administrator. A file has one date a line: 2027-10-01 holiday \u56fd\u5e86\u8282 (or workday); # source: names the notice.", None))
        self.calendarMessageLabel.setText("")
        self.adminTabs.setTabText(self.adminTabs.indexOf(self.calendarPage), QCoreApplication.translate("AdminFace", u"&Calendar", None))
    # retranslateUi

