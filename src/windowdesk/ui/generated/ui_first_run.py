# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
    QWizard, QWizardPage)

class Ui_FirstRunWizard(object):
    def setupUi(self, FirstRunWizard):
        if not FirstRunWizard.objectName():
            FirstRunWizard.setObjectName(u"FirstRunWizard")
        FirstRunWizard.resize(760, 560)
        FirstRunWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.sitePage = QWizardPage()
        self.sitePage.setObjectName(u"sitePage")
        self.siteLayout = QVBoxLayout(self.sitePage)
        self.siteLayout.setObjectName(u"siteLayout")
        self.siteForm = QFormLayout()
        self.siteForm.setObjectName(u"siteForm")
        self.siteCodeLabel = QLabel(self.sitePage)
        self.siteCodeLabel.setObjectName(u"siteCodeLabel")

        self.siteForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.siteCodeLabel)

        self.siteCodeEdit = QLineEdit(self.sitePage)
        self.siteCodeEdit.setObjectName(u"siteCodeEdit")
        self.siteCodeEdit.setMaxLength(6)

        self.siteForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.siteCodeEdit)

        self.siteNameLabel = QLabel(self.sitePage)
        self.siteNameLabel.setObjectName(u"siteNameLabel")

        self.siteForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.siteNameLabel)

        self.siteNameEdit = QLineEdit(self.sitePage)
        self.siteNameEdit.setObjectName(u"siteNameEdit")
        self.siteNameEdit.setMaxLength(120)

        self.siteForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.siteNameEdit)

        self.siteKindLabel = QLabel(self.sitePage)
        self.siteKindLabel.setObjectName(u"siteKindLabel")

        self.siteForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.siteKindLabel)

        self.siteKindCombo = QComboBox(self.sitePage)
        self.siteKindCombo.setObjectName(u"siteKindCombo")

        self.siteForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.siteKindCombo)


        self.siteLayout.addLayout(self.siteForm)

        self.siteErrorLabel = QLabel(self.sitePage)
        self.siteErrorLabel.setObjectName(u"siteErrorLabel")
        self.siteErrorLabel.setWordWrap(True)

        self.siteLayout.addWidget(self.siteErrorLabel)

        FirstRunWizard.addPage(self.sitePage)
        self.adminPage = QWizardPage()
        self.adminPage.setObjectName(u"adminPage")
        self.adminLayout = QVBoxLayout(self.adminPage)
        self.adminLayout.setObjectName(u"adminLayout")
        self.adminForm = QFormLayout()
        self.adminForm.setObjectName(u"adminForm")
        self.adminLoginLabel = QLabel(self.adminPage)
        self.adminLoginLabel.setObjectName(u"adminLoginLabel")

        self.adminForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.adminLoginLabel)

        self.adminLoginEdit = QLineEdit(self.adminPage)
        self.adminLoginEdit.setObjectName(u"adminLoginEdit")
        self.adminLoginEdit.setMaxLength(32)

        self.adminForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.adminLoginEdit)

        self.adminNameLabel = QLabel(self.adminPage)
        self.adminNameLabel.setObjectName(u"adminNameLabel")

        self.adminForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.adminNameLabel)

        self.adminNameEdit = QLineEdit(self.adminPage)
        self.adminNameEdit.setObjectName(u"adminNameEdit")
        self.adminNameEdit.setMaxLength(120)

        self.adminForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.adminNameEdit)

        self.adminPasswordLabel = QLabel(self.adminPage)
        self.adminPasswordLabel.setObjectName(u"adminPasswordLabel")

        self.adminForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.adminPasswordLabel)

        self.adminPasswordEdit = QLineEdit(self.adminPage)
        self.adminPasswordEdit.setObjectName(u"adminPasswordEdit")
        self.adminPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.adminPasswordEdit)

        self.adminPasswordAgainLabel = QLabel(self.adminPage)
        self.adminPasswordAgainLabel.setObjectName(u"adminPasswordAgainLabel")

        self.adminForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.adminPasswordAgainLabel)

        self.adminPasswordAgainEdit = QLineEdit(self.adminPage)
        self.adminPasswordAgainEdit.setObjectName(u"adminPasswordAgainEdit")
        self.adminPasswordAgainEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.adminForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.adminPasswordAgainEdit)


        self.adminLayout.addLayout(self.adminForm)

        self.adminErrorLabel = QLabel(self.adminPage)
        self.adminErrorLabel.setObjectName(u"adminErrorLabel")
        self.adminErrorLabel.setWordWrap(True)

        self.adminLayout.addWidget(self.adminErrorLabel)

        FirstRunWizard.addPage(self.adminPage)
        self.windowsPage = QWizardPage()
        self.windowsPage.setObjectName(u"windowsPage")
        self.windowsLayout = QVBoxLayout(self.windowsPage)
        self.windowsLayout.setObjectName(u"windowsLayout")
        self.windowsForm = QFormLayout()
        self.windowsForm.setObjectName(u"windowsForm")
        self.windowCountLabel = QLabel(self.windowsPage)
        self.windowCountLabel.setObjectName(u"windowCountLabel")

        self.windowsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.windowCountLabel)

        self.windowCountSpin = QSpinBox(self.windowsPage)
        self.windowCountSpin.setObjectName(u"windowCountSpin")
        self.windowCountSpin.setMinimum(1)
        self.windowCountSpin.setMaximum(30)

        self.windowsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.windowCountSpin)


        self.windowsLayout.addLayout(self.windowsForm)

        self.windowsTable = QTableWidget(self.windowsPage)
        self.windowsTable.setObjectName(u"windowsTable")
        self.windowsTable.horizontalHeader().setStretchLastSection(True)
        self.windowsTable.verticalHeader().setVisible(False)

        self.windowsLayout.addWidget(self.windowsTable)

        self.windowsErrorLabel = QLabel(self.windowsPage)
        self.windowsErrorLabel.setObjectName(u"windowsErrorLabel")
        self.windowsErrorLabel.setWordWrap(True)

        self.windowsLayout.addWidget(self.windowsErrorLabel)

        FirstRunWizard.addPage(self.windowsPage)
        self.categoriesPage = QWizardPage()
        self.categoriesPage.setObjectName(u"categoriesPage")
        self.categoriesLayout = QVBoxLayout(self.categoriesPage)
        self.categoriesLayout.setObjectName(u"categoriesLayout")
        self.categoriesTable = QTableWidget(self.categoriesPage)
        self.categoriesTable.setObjectName(u"categoriesTable")
        self.categoriesTable.horizontalHeader().setStretchLastSection(True)
        self.categoriesTable.verticalHeader().setVisible(False)

        self.categoriesLayout.addWidget(self.categoriesTable)

        self.categoriesButtons = QHBoxLayout()
        self.categoriesButtons.setObjectName(u"categoriesButtons")
        self.addCategoryButton = QPushButton(self.categoriesPage)
        self.addCategoryButton.setObjectName(u"addCategoryButton")

        self.categoriesButtons.addWidget(self.addCategoryButton)

        self.categoriesSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.categoriesButtons.addItem(self.categoriesSpacer)


        self.categoriesLayout.addLayout(self.categoriesButtons)

        self.categoriesErrorLabel = QLabel(self.categoriesPage)
        self.categoriesErrorLabel.setObjectName(u"categoriesErrorLabel")
        self.categoriesErrorLabel.setWordWrap(True)

        self.categoriesLayout.addWidget(self.categoriesErrorLabel)

        FirstRunWizard.addPage(self.categoriesPage)
        self.cataloguePage = QWizardPage()
        self.cataloguePage.setObjectName(u"cataloguePage")
        self.catalogueLayout = QVBoxLayout(self.cataloguePage)
        self.catalogueLayout.setObjectName(u"catalogueLayout")
        self.catalogueEmptyRadio = QRadioButton(self.cataloguePage)
        self.catalogueEmptyRadio.setObjectName(u"catalogueEmptyRadio")

        self.catalogueLayout.addWidget(self.catalogueEmptyRadio)

        self.catalogueDemoRadio = QRadioButton(self.cataloguePage)
        self.catalogueDemoRadio.setObjectName(u"catalogueDemoRadio")

        self.catalogueLayout.addWidget(self.catalogueDemoRadio)

        self.catalogueFileRadio = QRadioButton(self.cataloguePage)
        self.catalogueFileRadio.setObjectName(u"catalogueFileRadio")

        self.catalogueLayout.addWidget(self.catalogueFileRadio)

        self.catalogueFileRow = QHBoxLayout()
        self.catalogueFileRow.setObjectName(u"catalogueFileRow")
        self.catalogueFileEdit = QLineEdit(self.cataloguePage)
        self.catalogueFileEdit.setObjectName(u"catalogueFileEdit")

        self.catalogueFileRow.addWidget(self.catalogueFileEdit)

        self.browseCatalogueButton = QPushButton(self.cataloguePage)
        self.browseCatalogueButton.setObjectName(u"browseCatalogueButton")

        self.catalogueFileRow.addWidget(self.browseCatalogueButton)


        self.catalogueLayout.addLayout(self.catalogueFileRow)

        self.catalogueErrorLabel = QLabel(self.cataloguePage)
        self.catalogueErrorLabel.setObjectName(u"catalogueErrorLabel")
        self.catalogueErrorLabel.setWordWrap(True)

        self.catalogueLayout.addWidget(self.catalogueErrorLabel)

        self.catalogueSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.catalogueLayout.addItem(self.catalogueSpacer)

        FirstRunWizard.addPage(self.cataloguePage)
        self.centralPage = QWizardPage()
        self.centralPage.setObjectName(u"centralPage")
        self.centralLayout = QVBoxLayout(self.centralPage)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralForm = QFormLayout()
        self.centralForm.setObjectName(u"centralForm")
        self.centralUrlLabel = QLabel(self.centralPage)
        self.centralUrlLabel.setObjectName(u"centralUrlLabel")

        self.centralForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.centralUrlLabel)

        self.centralUrlEdit = QLineEdit(self.centralPage)
        self.centralUrlEdit.setObjectName(u"centralUrlEdit")

        self.centralForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.centralUrlEdit)

        self.centralPasswordLabel = QLabel(self.centralPage)
        self.centralPasswordLabel.setObjectName(u"centralPasswordLabel")

        self.centralForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.centralPasswordLabel)

        self.centralPasswordEdit = QLineEdit(self.centralPage)
        self.centralPasswordEdit.setObjectName(u"centralPasswordEdit")
        self.centralPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.centralForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.centralPasswordEdit)

        self.centralCaLabel = QLabel(self.centralPage)
        self.centralCaLabel.setObjectName(u"centralCaLabel")

        self.centralForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.centralCaLabel)

        self.centralCaRow = QHBoxLayout()
        self.centralCaRow.setObjectName(u"centralCaRow")
        self.centralCaEdit = QLineEdit(self.centralPage)
        self.centralCaEdit.setObjectName(u"centralCaEdit")

        self.centralCaRow.addWidget(self.centralCaEdit)

        self.browseCaButton = QPushButton(self.centralPage)
        self.browseCaButton.setObjectName(u"browseCaButton")

        self.centralCaRow.addWidget(self.browseCaButton)


        self.centralForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.centralCaRow)


        self.centralLayout.addLayout(self.centralForm)

        self.centralErrorLabel = QLabel(self.centralPage)
        self.centralErrorLabel.setObjectName(u"centralErrorLabel")
        self.centralErrorLabel.setWordWrap(True)

        self.centralLayout.addWidget(self.centralErrorLabel)

        FirstRunWizard.addPage(self.centralPage)
        self.finishPage = QWizardPage()
        self.finishPage.setObjectName(u"finishPage")
        self.finishLayout = QVBoxLayout(self.finishPage)
        self.finishLayout.setObjectName(u"finishLayout")
        self.summaryLabel = QLabel(self.finishPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.finishLayout.addWidget(self.summaryLabel)

        self.finishErrorLabel = QLabel(self.finishPage)
        self.finishErrorLabel.setObjectName(u"finishErrorLabel")
        self.finishErrorLabel.setWordWrap(True)

        self.finishLayout.addWidget(self.finishErrorLabel)

        self.finishSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.finishLayout.addItem(self.finishSpacer)

        FirstRunWizard.addPage(self.finishPage)
#if QT_CONFIG(shortcut)
        self.siteCodeLabel.setBuddy(self.siteCodeEdit)
        self.siteNameLabel.setBuddy(self.siteNameEdit)
        self.siteKindLabel.setBuddy(self.siteKindCombo)
        self.adminLoginLabel.setBuddy(self.adminLoginEdit)
        self.adminNameLabel.setBuddy(self.adminNameEdit)
        self.adminPasswordLabel.setBuddy(self.adminPasswordEdit)
        self.adminPasswordAgainLabel.setBuddy(self.adminPasswordAgainEdit)
        self.windowCountLabel.setBuddy(self.windowCountSpin)
        self.centralUrlLabel.setBuddy(self.centralUrlEdit)
        self.centralPasswordLabel.setBuddy(self.centralPasswordEdit)
        self.centralCaLabel.setBuddy(self.centralCaEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunWizard)
    # setupUi

    def retranslateUi(self, FirstRunWizard):
        FirstRunWizard.setWindowTitle(QCoreApplication.translate("FirstRunWizard", u"Set up windowdesk", None))
        self.sitePage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Your site", None))
        self.sitePage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"The code goes into every case number and cannot change later.", None))
        self.siteCodeLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Site &code:", None))
        self.siteCodeEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"2\u20136 capital letters or digits, e.g. QS01", None))
        self.siteNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Site &name:", None))
        self.siteNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"e.g. \u9752\u5c71\u9547\u4fbf\u6c11\u670d\u52a1\u4e2d\u5fc3", None))
        self.siteKindLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Kind:", None))
        self.siteErrorLabel.setText("")
        self.adminPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"The first administrator", None))
        self.adminPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"This account sets up windows, categories, users and settings. Keep the password safe.", None))
        self.adminLoginLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Login:", None))
        self.adminLoginEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"lower-case letters and digits, e.g. zhang", None))
        self.adminNameLabel.setText(QCoreApplication.translate("FirstRunWizard", u"N&ame:", None))
        self.adminPasswordLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&Password:", None))
        self.adminPasswordEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"at least 8 characters, not the login", None))
        self.adminPasswordAgainLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Password a&gain:", None))
        self.adminErrorLabel.setText("")
        self.windowsPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Windows", None))
        self.windowsPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"How many counters the hall has, and their names and departments (you can change them later).", None))
        self.windowCountLabel.setText(QCoreApplication.translate("FirstRunWizard", u"&How many windows:", None))
        self.windowsErrorLabel.setText("")
        self.categoriesPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Queue categories", None))
        self.categoriesPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"The kiosk's buttons. Untick what this site does not offer; each window serves every ticked category at first.", None))
        self.addCategoryButton.setText(QCoreApplication.translate("FirstRunWizard", u"&Add a category", None))
        self.categoriesErrorLabel.setText("")
        self.cataloguePage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Service catalogue", None))
        self.cataloguePage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"The matters the counters accept. It can also come from central later.", None))
        self.catalogueEmptyRadio.setText(QCoreApplication.translate("FirstRunWizard", u"&Leave it empty for now (pull it from central later)", None))
        self.catalogueDemoRadio.setText(QCoreApplication.translate("FirstRunWizard", u"Load the &demo catalogue (to try things out)", None))
        self.catalogueFileRadio.setText(QCoreApplication.translate("FirstRunWizard", u"&Import a catalogue file (.json or .xlsx):", None))
        self.catalogueFileEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"path of the file", None))
        self.browseCatalogueButton.setText(QCoreApplication.translate("FirstRunWizard", u"&Browse\u2026", None))
        self.catalogueErrorLabel.setText("")
        self.centralPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Central store (optional)", None))
        self.centralPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Leave the address empty to work offline; an administrator can link the site later with the command windowdesk sync setup.", None))
        self.centralUrlLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Central &address:", None))
        self.centralUrlEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"postgresql://central.example:5432/windowdesk", None))
        self.centralPasswordLabel.setText(QCoreApplication.translate("FirstRunWizard", u"This site's &password:", None))
        self.centralCaLabel.setText(QCoreApplication.translate("FirstRunWizard", u"Central's &CA certificate:", None))
        self.centralCaEdit.setPlaceholderText(QCoreApplication.translate("FirstRunWizard", u"ca.crt (PEM), from central's administrator", None))
        self.browseCaButton.setText(QCoreApplication.translate("FirstRunWizard", u"B&rowse\u2026", None))
        self.centralErrorLabel.setText("")
        self.finishPage.setTitle(QCoreApplication.translate("FirstRunWizard", u"Ready", None))
        self.finishPage.setSubTitle(QCoreApplication.translate("FirstRunWizard", u"Finish creates the site and signs you in as its administrator.", None))
        self.summaryLabel.setText("")
        self.finishErrorLabel.setText("")
    # retranslateUi

