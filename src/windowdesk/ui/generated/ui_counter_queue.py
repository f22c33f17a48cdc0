# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'counter_queue.ui'
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
from PySide6.QtWidgets import (QApplication, QGridLayout, QGroupBox, QHeaderView,
    QLabel, QPushButton, QSizePolicy, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget)

class Ui_CounterQueuePanel(object):
    def setupUi(self, CounterQueuePanel):
        if not CounterQueuePanel.objectName():
            CounterQueuePanel.setObjectName(u"CounterQueuePanel")
        self.mainLayout = QVBoxLayout(CounterQueuePanel)
        self.mainLayout.setObjectName(u"mainLayout")
        self.counterWindowTitle = QLabel(CounterQueuePanel)
        self.counterWindowTitle.setObjectName(u"counterWindowTitle")
        self.counterWindowTitle.setText(u"")

        self.mainLayout.addWidget(self.counterWindowTitle)

        self.pauseBanner = QLabel(CounterQueuePanel)
        self.pauseBanner.setObjectName(u"pauseBanner")
        self.pauseBanner.setVisible(False)
        self.pauseBanner.setText(u"")

        self.mainLayout.addWidget(self.pauseBanner)

        self.currentGroup = QGroupBox(CounterQueuePanel)
        self.currentGroup.setObjectName(u"currentGroup")
        self.currentLayout = QVBoxLayout(self.currentGroup)
        self.currentLayout.setObjectName(u"currentLayout")
        self.currentNumber = QLabel(self.currentGroup)
        self.currentNumber.setObjectName(u"currentNumber")
        self.currentNumber.setText(u"\u2014")

        self.currentLayout.addWidget(self.currentNumber)

        self.currentDetail = QLabel(self.currentGroup)
        self.currentDetail.setObjectName(u"currentDetail")

        self.currentLayout.addWidget(self.currentDetail)

        self.elapsedLabel = QLabel(self.currentGroup)
        self.elapsedLabel.setObjectName(u"elapsedLabel")
        self.elapsedLabel.setText(u"")

        self.currentLayout.addWidget(self.elapsedLabel)


        self.mainLayout.addWidget(self.currentGroup)

        self.actionsGrid = QGridLayout()
        self.actionsGrid.setObjectName(u"actionsGrid")
        self.callNextButton = QPushButton(CounterQueuePanel)
        self.callNextButton.setObjectName(u"callNextButton")
        self.callNextButton.setMinimumSize(QSize(0, 44))

        self.actionsGrid.addWidget(self.callNextButton, 0, 0, 1, 1)

        self.recallButton = QPushButton(CounterQueuePanel)
        self.recallButton.setObjectName(u"recallButton")
        self.recallButton.setMinimumSize(QSize(0, 44))

        self.actionsGrid.addWidget(self.recallButton, 1, 0, 1, 1)

        self.noShowButton = QPushButton(CounterQueuePanel)
        self.noShowButton.setObjectName(u"noShowButton")
        self.noShowButton.setMinimumSize(QSize(0, 44))

        self.actionsGrid.addWidget(self.noShowButton, 1, 1, 1, 1)

        self.finishButton = QPushButton(CounterQueuePanel)
        self.finishButton.setObjectName(u"finishButton")
        self.finishButton.setMinimumSize(QSize(0, 44))

        self.actionsGrid.addWidget(self.finishButton, 2, 0, 1, 1)

        self.transferButton = QPushButton(CounterQueuePanel)
        self.transferButton.setObjectName(u"transferButton")
        self.transferButton.setMinimumSize(QSize(0, 44))

        self.actionsGrid.addWidget(self.transferButton, 2, 1, 1, 1)

        self.pauseButton = QPushButton(CounterQueuePanel)
        self.pauseButton.setObjectName(u"pauseButton")
        self.pauseButton.setMinimumSize(QSize(0, 44))

        self.actionsGrid.addWidget(self.pauseButton, 3, 1, 1, 1)

        self.startButton = QPushButton(CounterQueuePanel)
        self.startButton.setObjectName(u"startButton")
        self.startButton.setMinimumSize(QSize(0, 44))

        self.actionsGrid.addWidget(self.startButton, 0, 1, 1, 1)

        self.callChosenButton = QPushButton(CounterQueuePanel)
        self.callChosenButton.setObjectName(u"callChosenButton")
        self.callChosenButton.setMinimumSize(QSize(0, 44))

        self.actionsGrid.addWidget(self.callChosenButton, 3, 0, 1, 1)


        self.mainLayout.addLayout(self.actionsGrid)

        self.waitingLabel = QLabel(CounterQueuePanel)
        self.waitingLabel.setObjectName(u"waitingLabel")

        self.mainLayout.addWidget(self.waitingLabel)

        self.waitingList = QTreeWidget(CounterQueuePanel)
        self.waitingList.setObjectName(u"waitingList")

        self.mainLayout.addWidget(self.waitingList)

        self.mainLayout.setStretch(5, 1)
#if QT_CONFIG(shortcut)
        self.waitingLabel.setBuddy(self.waitingList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CounterQueuePanel)
    # setupUi

    def retranslateUi(self, CounterQueuePanel):
        self.currentGroup.setTitle(QCoreApplication.translate("CounterQueuePanel", u"Current ticket", None))
        self.currentDetail.setText(QCoreApplication.translate("CounterQueuePanel", u"No ticket called", None))
        self.callNextButton.setText(QCoreApplication.translate("CounterQueuePanel", u"Call next", None))
        self.recallButton.setText(QCoreApplication.translate("CounterQueuePanel", u"Recall", None))
        self.noShowButton.setText(QCoreApplication.translate("CounterQueuePanel", u"No-show", None))
        self.finishButton.setText(QCoreApplication.translate("CounterQueuePanel", u"Finish", None))
        self.transferButton.setText(QCoreApplication.translate("CounterQueuePanel", u"Transfer", None))
        self.pauseButton.setText(QCoreApplication.translate("CounterQueuePanel", u"Pause", None))
        self.startButton.setText(QCoreApplication.translate("CounterQueuePanel", u"Start serving", None))
        self.callChosenButton.setText(QCoreApplication.translate("CounterQueuePanel", u"Call selected", None))
        self.waitingLabel.setText(QCoreApplication.translate("CounterQueuePanel", u"Waiting", None))
        ___qtreewidgetitem = self.waitingList.headerItem()
        ___qtreewidgetitem.setText(3, QCoreApplication.translate("CounterQueuePanel", u"Waiting", None))
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("CounterQueuePanel", u"Taken at", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("CounterQueuePanel", u"Priority", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("CounterQueuePanel", u"Number", None))
#if QT_CONFIG(tooltip)
        self.waitingList.setToolTip(QCoreApplication.translate("CounterQueuePanel", u"Double-click a ticket to call it; a no-show goes back to the queue", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

