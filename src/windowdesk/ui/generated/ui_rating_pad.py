# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'rating_pad.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QStackedWidget, QVBoxLayout, QWidget)

class Ui_RatingPad(object):
    def setupUi(self, RatingPad):
        if not RatingPad.objectName():
            RatingPad.setObjectName(u"RatingPad")
        RatingPad.resize(1024, 600)
        self.padLayout = QVBoxLayout(RatingPad)
        self.padLayout.setSpacing(6)
        self.padLayout.setObjectName(u"padLayout")
        self.topBar = QHBoxLayout()
        self.topBar.setObjectName(u"topBar")
        self.hallLabel = QLabel(RatingPad)
        self.hallLabel.setObjectName(u"hallLabel")

        self.topBar.addWidget(self.hallLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topBar.addItem(self.topSpacer)

        self.countdownLabel = QLabel(RatingPad)
        self.countdownLabel.setObjectName(u"countdownLabel")
        self.countdownLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.topBar.addWidget(self.countdownLabel)


        self.padLayout.addLayout(self.topBar)

        self.pages = QStackedWidget(RatingPad)
        self.pages.setObjectName(u"pages")
        self.idlePage = QWidget()
        self.idlePage.setObjectName(u"idlePage")
        self.idleLayout = QVBoxLayout(self.idlePage)
        self.idleLayout.setObjectName(u"idleLayout")
        self.windowLabel = QLabel(self.idlePage)
        self.windowLabel.setObjectName(u"windowLabel")
        self.windowLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.idleLayout.addWidget(self.windowLabel)

        self.staffLayout = QHBoxLayout()
        self.staffLayout.setSpacing(24)
        self.staffLayout.setObjectName(u"staffLayout")
        self.staffLeftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.staffLayout.addItem(self.staffLeftSpacer)

        self.photoLabel = QLabel(self.idlePage)
        self.photoLabel.setObjectName(u"photoLabel")
        self.photoLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.staffLayout.addWidget(self.photoLabel)

        self.staffTextLayout = QVBoxLayout()
        self.staffTextLayout.setObjectName(u"staffTextLayout")
        self.onDutyLabel = QLabel(self.idlePage)
        self.onDutyLabel.setObjectName(u"onDutyLabel")

        self.staffTextLayout.addWidget(self.onDutyLabel)

        self.staffNameLabel = QLabel(self.idlePage)
        self.staffNameLabel.setObjectName(u"staffNameLabel")

        self.staffTextLayout.addWidget(self.staffNameLabel)

        self.staffNoLabel = QLabel(self.idlePage)
        self.staffNoLabel.setObjectName(u"staffNoLabel")

        self.staffTextLayout.addWidget(self.staffNoLabel)


        self.staffLayout.addLayout(self.staffTextLayout)

        self.staffRightSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.staffLayout.addItem(self.staffRightSpacer)


        self.idleLayout.addLayout(self.staffLayout)

        self.idleHintLabel = QLabel(self.idlePage)
        self.idleHintLabel.setObjectName(u"idleHintLabel")
        self.idleHintLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.idleHintLabel.setWordWrap(True)

        self.idleLayout.addWidget(self.idleHintLabel)

        self.pages.addWidget(self.idlePage)
        self.askPage = QWidget()
        self.askPage.setObjectName(u"askPage")
        self.askLayout = QVBoxLayout(self.askPage)
        self.askLayout.setObjectName(u"askLayout")
        self.askTitleLabel = QLabel(self.askPage)
        self.askTitleLabel.setObjectName(u"askTitleLabel")
        self.askTitleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.askTitleLabel.setWordWrap(True)

        self.askLayout.addWidget(self.askTitleLabel)

        self.visitLabel = QLabel(self.askPage)
        self.visitLabel.setObjectName(u"visitLabel")
        self.visitLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.askLayout.addWidget(self.visitLabel)

        self.levelBox = QWidget(self.askPage)
        self.levelBox.setObjectName(u"levelBox")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.levelBox.sizePolicy().hasHeightForWidth())
        self.levelBox.setSizePolicy(sizePolicy)
        self.levelLayout = QHBoxLayout(self.levelBox)
        self.levelLayout.setSpacing(12)
        self.levelLayout.setObjectName(u"levelLayout")

        self.askLayout.addWidget(self.levelBox)

        self.pages.addWidget(self.askPage)
        self.reasonsPage = QWidget()
        self.reasonsPage.setObjectName(u"reasonsPage")
        self.reasonsLayout = QVBoxLayout(self.reasonsPage)
        self.reasonsLayout.setObjectName(u"reasonsLayout")
        self.reasonsTitleLabel = QLabel(self.reasonsPage)
        self.reasonsTitleLabel.setObjectName(u"reasonsTitleLabel")
        self.reasonsTitleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reasonsTitleLabel.setWordWrap(True)

        self.reasonsLayout.addWidget(self.reasonsTitleLabel)

        self.reasonBox = QWidget(self.reasonsPage)
        self.reasonBox.setObjectName(u"reasonBox")
        sizePolicy.setHeightForWidth(self.reasonBox.sizePolicy().hasHeightForWidth())
        self.reasonBox.setSizePolicy(sizePolicy)
        self.reasonLayout = QGridLayout(self.reasonBox)
        self.reasonLayout.setSpacing(12)
        self.reasonLayout.setObjectName(u"reasonLayout")

        self.reasonsLayout.addWidget(self.reasonBox)

        self.commentButton = QPushButton(self.reasonsPage)
        self.commentButton.setObjectName(u"commentButton")

        self.reasonsLayout.addWidget(self.commentButton)

        self.reasonsButtons = QHBoxLayout()
        self.reasonsButtons.setSpacing(12)
        self.reasonsButtons.setObjectName(u"reasonsButtons")
        self.backButton = QPushButton(self.reasonsPage)
        self.backButton.setObjectName(u"backButton")

        self.reasonsButtons.addWidget(self.backButton)

        self.submitButton = QPushButton(self.reasonsPage)
        self.submitButton.setObjectName(u"submitButton")

        self.reasonsButtons.addWidget(self.submitButton)


        self.reasonsLayout.addLayout(self.reasonsButtons)

        self.pages.addWidget(self.reasonsPage)
        self.keyboardPage = QWidget()
        self.keyboardPage.setObjectName(u"keyboardPage")
        self.keyboardLayout = QVBoxLayout(self.keyboardPage)
        self.keyboardLayout.setObjectName(u"keyboardLayout")
        self.commentTitleLabel = QLabel(self.keyboardPage)
        self.commentTitleLabel.setObjectName(u"commentTitleLabel")

        self.keyboardLayout.addWidget(self.commentTitleLabel)

        self.commentEdit = QLineEdit(self.keyboardPage)
        self.commentEdit.setObjectName(u"commentEdit")
        self.commentEdit.setReadOnly(True)
        self.commentEdit.setMaxLength(500)

        self.keyboardLayout.addWidget(self.commentEdit)

        self.keyboardBox = QWidget(self.keyboardPage)
        self.keyboardBox.setObjectName(u"keyboardBox")
        sizePolicy.setHeightForWidth(self.keyboardBox.sizePolicy().hasHeightForWidth())
        self.keyboardBox.setSizePolicy(sizePolicy)
        self.keyboardBoxLayout = QVBoxLayout(self.keyboardBox)
        self.keyboardBoxLayout.setObjectName(u"keyboardBoxLayout")
        self.keyboardBoxLayout.setContentsMargins(0, 0, 0, 0)

        self.keyboardLayout.addWidget(self.keyboardBox)

        self.pages.addWidget(self.keyboardPage)
        self.thanksPage = QWidget()
        self.thanksPage.setObjectName(u"thanksPage")
        self.thanksLayout = QVBoxLayout(self.thanksPage)
        self.thanksLayout.setObjectName(u"thanksLayout")
        self.thanksLabel = QLabel(self.thanksPage)
        self.thanksLabel.setObjectName(u"thanksLabel")
        self.thanksLabel.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignBottom)
        self.thanksLabel.setWordWrap(True)

        self.thanksLayout.addWidget(self.thanksLabel)

        self.thanksDetailLabel = QLabel(self.thanksPage)
        self.thanksDetailLabel.setObjectName(u"thanksDetailLabel")
        self.thanksDetailLabel.setAlignment(Qt.AlignmentFlag.AlignHCenter|Qt.AlignmentFlag.AlignTop)
        self.thanksDetailLabel.setWordWrap(True)

        self.thanksLayout.addWidget(self.thanksDetailLabel)

        self.pages.addWidget(self.thanksPage)

        self.padLayout.addWidget(self.pages)


        self.retranslateUi(RatingPad)
    # setupUi

    def retranslateUi(self, RatingPad):
        RatingPad.setWindowTitle(QCoreApplication.translate("RatingPad", u"Rating pad", None))
        self.onDutyLabel.setText(QCoreApplication.translate("RatingPad", u"On duty", None))
        self.idleHintLabel.setText(QCoreApplication.translate("RatingPad", u"After your visit, please rate our service here.", None))
        self.askTitleLabel.setText(QCoreApplication.translate("RatingPad", u"How satisfied are you with this visit?", None))
        self.reasonsTitleLabel.setText(QCoreApplication.translate("RatingPad", u"We are sorry. What went wrong? (choose one or more)", None))
        self.commentButton.setText(QCoreApplication.translate("RatingPad", u"Add a comment (optional)", None))
        self.backButton.setText(QCoreApplication.translate("RatingPad", u"Back", None))
        self.submitButton.setText(QCoreApplication.translate("RatingPad", u"Submit", None))
        self.commentTitleLabel.setText(QCoreApplication.translate("RatingPad", u"Your comment (type pinyin, then touch a word)", None))
        self.thanksLabel.setText(QCoreApplication.translate("RatingPad", u"Thank you for your rating!", None))
    # retranslateUi

