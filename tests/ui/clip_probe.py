"""Take the numbers tests/support/clipping.py judges from real widgets: each visible label's, button's
and table column's text with the widget's own font metrics and style, and each visible widget's box on
the screen. ``clipped(window, screen)`` is the one call a test needs.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTableView,
    QTreeView,
    QWidget,
)

from tests.support.clipping import Box, Clip, Placed, Text, cell_room, find_clipped, judge_scroll

#: Rows of a table measured (the first ones: enough to meet every kind of value).
MAX_ROWS = 300


def clipped(window: QWidget, screen: QRect | None = None) -> list[Clip]:
    """Everything visible in ``window`` (itself included) whose text or place is cut.
    ``screen`` is the screen's area in global coordinates (default: the window's own screen)."""
    if screen is None:
        screen = window.screen().availableGeometry()
    texts: list[Text] = []
    places: list[Placed] = []
    scrolls: list[Clip] = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisible() or _scrolled_or_hidden(widget):
            continue
        places.append(_placement(widget))
        if isinstance(widget, QLabel):
            texts += _label(widget)
        elif isinstance(widget, QAbstractButton):
            texts += _button(widget)
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            texts += _combo(widget)
        elif isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
            texts += _placeholder(widget)
        elif isinstance(widget, QTableView | QTreeView):
            texts += _item_view(widget)
            header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header()
            bar = widget.horizontalScrollBar()
            if bar.isVisible() and bar.maximum() > 0:
                clip = judge_scroll(name_of(widget), header.length(), widget.viewport().width())
                scrolls += [clip] if clip else []
    return find_clipped(texts, places, _box(screen)) + scrolls


def name_of(widget: QWidget) -> str:
    if widget.objectName():
        return widget.objectName()
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    return f"{type(widget).__name__} in {parent.objectName() if parent is not None else '?'}"


# -- where a widget is --------------------------------------------------------------------
def _box(rect: QRect) -> Box:
    return Box(rect.x(), rect.y(), rect.width(), rect.height())


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        owner = parent.parentWidget()
        if isinstance(owner, QAbstractScrollArea) and parent is owner.viewport():
            return True
        parent = parent.parentWidget()
    return False


def _scrolled_or_hidden(widget: QWidget) -> bool:
    """True for a widget scrolled out of its scroll area, or with no size at all (nothing shows)."""
    if widget.width() <= 0 or widget.height() <= 0:
        return True
    if not _inside_scroll_area(widget):
        return False
    seen = _global_rect(widget)
    parent = widget.parentWidget()
    while parent is not None:
        seen = seen.intersected(_global_rect(parent))
        parent = parent.parentWidget()
    return seen.isEmpty()


def _placement(widget: QWidget) -> Placed:
    """The widget's box; inside a scroll area only the part its viewport shows (the rest scrolls)."""
    parent = widget.parentWidget()
    judged_parent = None
    if (
        parent is not None
        and not widget.isWindow()
        and not _inside_scroll_area(widget)
        and not isinstance(parent, QAbstractScrollArea)  # its scroll bars and corners
    ):
        judged_parent = _box(_global_rect(parent))
    box = _global_rect(widget)
    if _inside_scroll_area(widget):
        ancestor = widget.parentWidget()
        while ancestor is not None:
            box = box.intersected(_global_rect(ancestor))
            ancestor = ancestor.parentWidget()
    return Placed(name_of(widget), _text_of(widget), _box(box), judged_parent)


def _text_of(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    value = text() if callable(text) else ""
    return value if isinstance(value, str) else ""


# -- labels and buttons -------------------------------------------------------------------
def _label(label: QLabel) -> list[Text]:
    text = label.text()
    pixmap = label.pixmap()
    if not text or (pixmap is not None and not pixmap.isNull()):
        return []
    name = name_of(label)
    if label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText or _rich(label, text):
        plain = _plain(text)
        need_width = 0 if label.wordWrap() else label.sizeHint().width()
        return [Text(name, "label", plain, need_width, label.width(), label.heightForWidth(label.width()),
                     label.height())]  # fmt: skip
    if label.buddy() is not None:  # "&U" shows as an underlined U
        text = _no_mnemonic(text)
    metrics = label.fontMetrics()
    lines = text.split("\n")
    extra = 2 * label.margin() + max(label.indent(), 0)
    room = label.contentsRect()
    need_width = max(metrics.horizontalAdvance(line) for line in lines) + extra
    return [Text(name, "label", text, need_width, room.width(), metrics.height() * len(lines), room.height())]


def _no_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _rich(label: QLabel, text: str) -> bool:
    return label.textFormat() == Qt.TextFormat.AutoText and text.lstrip().startswith("<")


def _plain(text: str) -> str:
    import re

    return re.sub(r"<[^>]+>", "", text)


def _button(button: QAbstractButton) -> list[Text]:
    text = _no_mnemonic(button.text())
    if not text:
        return []
    metrics = button.fontMetrics()
    need = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if not button.icon().isNull():
        need += button.iconSize().width() + 4
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    style = button.style()
    if isinstance(button, QPushButton):
        room = style.subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()
    elif isinstance(button, QCheckBox):
        room = style.subElementRect(QStyle.SubElement.SE_CheckBoxContents, option, button).width()
    elif isinstance(button, QRadioButton):
        room = style.subElementRect(QStyle.SubElement.SE_RadioButtonContents, option, button).width()
    else:  # tool buttons and others: their frame takes a few pixels
        room = button.width() - 6
    lines = text.count("\n") + 1
    return [Text(name_of(button), "button", text, need, room, metrics.height() * lines, button.height())]


def _combo(combo: QComboBox) -> list[Text]:
    """The chosen entry of a closed combo box: its text in the box's edit field."""
    text = combo.currentText()
    if not text:
        return []
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = combo.fontMetrics().horizontalAdvance(text)
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    return [Text(name_of(combo), "combo", text, need, field.width())]


def _placeholder(edit: QLineEdit) -> list[Text]:
    """An empty field's hint ("扫描或输入…"): what it asks for must be readable."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    room = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    width = room.width() - margins.left() - margins.right() - 4  # Qt keeps 2 pixels each side
    need = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    return [Text(name_of(edit), "placeholder", edit.placeholderText(), need, width)]


# -- tables and trees ---------------------------------------------------------------------
def _item_view(view: QTableView | QTreeView) -> list[Text]:
    model = view.model()
    if model is None:
        return []
    header = view.horizontalHeader() if isinstance(view, QTableView) else view.header()
    found: list[Text] = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column):
            continue
        width = header.sectionSize(column)
        if not header.isHidden():
            found += _header(view, header, column, width)
        found += _cells(view, column, width)
    return found


def _header(view: QAbstractItemView, header: QHeaderView, column: int, width: int) -> list[Text]:
    text = view.model().headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    if not text:
        return []
    font = view.model().headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font if isinstance(font, QFont) else header.font())
    lines = str(text).split("\n")
    need = max(metrics.horizontalAdvance(line) for line in lines)
    if header.isSortIndicatorShown() and header.sortIndicatorSection() == column:
        need += header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
    margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    return [Text(name_of(view), "header", str(text), need, width - 2 * margin, metrics.height() * len(lines),
                 header.height())]  # fmt: skip


def _cells(view: QTableView | QTreeView, column: int, width: int) -> list[Text]:
    model = view.model()
    found: list[Text] = []
    for row, index in enumerate(_indexes(view, model, column)):
        if row >= MAX_ROWS:
            break
        if view.indexWidget(index) is not None:
            continue  # the widget is measured on its own
        value = index.data(Qt.ItemDataRole.DisplayRole)
        if value is None or str(value) == "":
            continue
        text = str(value)
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
        room = cell_room(width)
        if isinstance(view, QTreeView) and view.isFirstColumnSpanned(index.row(), index.parent()):
            if column != 0:
                continue
            room = cell_room(view.viewport().width())
        if isinstance(view, QTreeView) and column == view.header().logicalIndex(0):
            room -= view.indentation() * (_depth(index) + (1 if view.rootIsDecorated() else 0))
        if index.data(Qt.ItemDataRole.DecorationRole) is not None:
            room -= view.iconSize().width() if view.iconSize().isValid() else 16
        if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
            room -= 20
        height = view.visualRect(index).height() if isinstance(view, QTableView) else view.rowHeight(index)
        lines = text.split("\n")
        if view.wordWrap():
            bound = metrics.boundingRect(QRect(0, 0, max(room, 1), 100000), Qt.TextFlag.TextWordWrap, text)
            found.append(Text(name_of(view), "cell", text, bound.width(), room, bound.height(), height))
        else:
            need = max(metrics.horizontalAdvance(line) for line in lines)
            found.append(Text(name_of(view), "cell", text, need, room, metrics.height() * len(lines), height))
    return found


def _indexes(view: QAbstractItemView, model, column: int):  # type: ignore[no-untyped-def]
    """The column's indexes, top-level rows and (in a tree) the expanded children, in order."""

    def walk(parent: QModelIndex):  # type: ignore[no-untyped-def]
        for row in range(model.rowCount(parent)):
            index = model.index(row, column, parent)
            if isinstance(view, QTableView) and view.isRowHidden(row):
                continue
            yield index
            first = model.index(row, 0, parent)
            if isinstance(view, QTreeView) and view.isExpanded(first):
                yield from walk(first)

    return walk(QModelIndex())


def _depth(index: QModelIndex) -> int:
    depth = 0
    parent = index.parent()
    while parent.isValid():
        depth += 1
        parent = parent.parent()
    return depth
