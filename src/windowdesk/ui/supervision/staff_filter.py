"""The 经办人 filter of the supervisor's case list: an editable combo of the site's counter staff shown
by name (and 工号); typing a name, its pinyin or initials, the 工号 or the login offers the matches,
and the case list is filtered by the login underneath (what a case records)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QCompleter

from windowdesk.services.supervision import StaffMember

#: the item role holding what typing is matched against (lower case: name, pinyin, initials, 工号, login)
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class _NameCompleter(QCompleter):
    """Matches anywhere in the search text; puts the name as shown into the box, not the search text."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class StaffFilter(QObject):
    """Wraps the form's combo: ``fill`` with the staff, ``chosen`` gives the login to filter by."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        self.members: list[StaffMember] = []
        combo.addItem(self.tr("all"), None)
        completer = _NameCompleter(combo)
        completer.setModel(combo.model())
        completer.setCompletionRole(SEARCH_ROLE)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        combo.setCompleter(completer)
        combo.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Into the box: its text selected, so typing a name replaces 全部 or the name before."""
        if event.type() == QEvent.Type.FocusIn:
            QTimer.singleShot(0, self.combo.lineEdit().selectAll)
        return False

    def label(self, member: StaffMember, same_name: int) -> str:
        text = member.name
        if member.staff_no:
            text += f"（{member.staff_no}）"
        elif same_name > 1 and member.name != member.login:
            text += f"（{member.login}）"  # two people of one name and no 工号: the login tells them apart
        if not member.active:
            text += self.tr(" (disabled)")
        return text

    def fill(self, members: list[StaffMember]) -> None:
        """The staff from the services; keeps the person chosen before, if still listed."""
        chosen = self.combo.currentData()
        self.members = members
        names: dict[str, int] = {}
        for m in members:
            names[m.name] = names.get(m.name, 0) + 1
        self.combo.blockSignals(True)
        while self.combo.count() > 1:
            self.combo.removeItem(1)
        for m in members:
            self.combo.addItem(self.label(m, names[m.name]), m.login)
            row = self.combo.count() - 1
            self.combo.setItemData(row, m.search, SEARCH_ROLE)
            self.combo.setItemData(row, m.login, Qt.ItemDataRole.ToolTipRole)
        self.combo.setCurrentIndex(max(0, self.combo.findData(chosen)))
        self.combo.blockSignals(False)

    def chosen(self) -> tuple[bool, str | None]:
        """(understood, login): (True, None) for everyone; (False, None) when the typed text names no
        one, or more than one person. A text naming one person exactly or uniquely selects them."""
        text = self.combo.currentText().strip()
        if not text or text == self.combo.itemText(0):
            self._select(0)
            return True, None
        exact = self.combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if exact > 0:
            self._select(exact)
            return True, self.combo.itemData(exact)
        needle = "".join(text.split()).lower()
        rows = [
            row
            for row in range(1, self.combo.count())
            if any(needle in part for part in str(self.combo.itemData(row, SEARCH_ROLE)).split())
        ]
        if len(rows) != 1:
            return False, None
        self._select(rows[0])
        return True, self.combo.itemData(rows[0])

    def _select(self, row: int) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(row)
        self.combo.setEditText(self.combo.itemText(row))
        self.combo.blockSignals(False)
