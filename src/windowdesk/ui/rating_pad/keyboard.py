"""An on-screen keyboard with pinyin input, for a touch screen that has no physical keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from windowdesk.domain.pinyin_input import Candidate, PinyinIndex

ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
PUNCTUATION = ("，", "。", "？", "！")
CANDIDATES_SHOWN = 7


class PinyinKeyboard(QWidget):
    """Types into ``target`` (a read-only QLineEdit): letters build pinyin, a candidate puts its
    characters in. ``index`` arrives later (:meth:`set_index`): building it takes a moment."""

    done = Signal()
    touched = Signal()  # any key: the applicant is still there

    def __init__(self, target: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.index: PinyinIndex | None = None
        self.letters = ""
        self._candidates: list[Candidate] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        bar = QHBoxLayout()
        self.pinyin_label = QPushButton(self)  # shows the pinyin typed so far; touching it does nothing
        self.pinyin_label.setObjectName("pinyinShown")
        self.pinyin_label.setFlat(True)
        self.pinyin_label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bar.addWidget(self.pinyin_label)
        self.candidate_buttons: list[QPushButton] = []
        for i in range(CANDIDATES_SHOWN):
            button = self._button("", f"candidate{i}", "candidate")
            button.clicked.connect(lambda _=False, n=i: self.choose(n))
            bar.addWidget(button, 1)
            self.candidate_buttons.append(button)
        layout.addLayout(bar)

        self.keys: dict[str, QPushButton] = {}
        for row_no, row in enumerate(ROWS):
            line = QHBoxLayout()
            line.setSpacing(6)
            if row_no:
                line.addStretch(row_no)
            for letter in row:
                key = self._button(letter, f"key_{letter}", "key")
                key.clicked.connect(lambda _=False, ch=letter: self.type_letter(ch))
                line.addWidget(key, 2)
                self.keys[letter] = key
            if row_no == len(ROWS) - 1:
                back = self._button("⌫", "key_backspace", "key")
                back.clicked.connect(self.backspace)
                line.addWidget(back, 3)
                self.keys["backspace"] = back
            if row_no:
                line.addStretch(row_no)
            layout.addLayout(line, 1)

        last = QHBoxLayout()
        last.setSpacing(6)
        for mark in PUNCTUATION:
            key = self._button(mark, f"key_punct{PUNCTUATION.index(mark)}", "key")
            key.clicked.connect(lambda _=False, m=mark: self.put(m))
            last.addWidget(key, 1)
        space = self._button(self.tr("Space"), "key_space", "key")
        space.clicked.connect(self.space)
        last.addWidget(space, 4)
        clear = self._button(self.tr("Clear"), "key_clear", "key")
        clear.clicked.connect(self.clear)
        last.addWidget(clear, 2)
        finish = self._button(self.tr("Done"), "keyboardDoneButton", "primary")
        finish.clicked.connect(self._finish)
        last.addWidget(finish, 3)
        layout.addLayout(last, 1)
        self._show_candidates()

    def _button(self, text: str, name: str, kind: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setProperty("kind", kind)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        button.clicked.connect(self.touched)
        return button

    def set_index(self, index: PinyinIndex) -> None:
        self.index = index
        self._show_candidates()

    def type_letter(self, letter: str) -> None:
        if len(self.letters) < 30:
            self.letters += letter
        self._show_candidates()

    def backspace(self) -> None:
        if self.letters:
            self.letters = self.letters[:-1]
            self._show_candidates()
        else:
            self.target.setText(self.target.text()[:-1])

    def put(self, text: str) -> None:
        """Commit the pinyin as typed (no word chosen), then ``text``."""
        self.target.setText((self.target.text() + self.letters + text)[: self.target.maxLength()])
        self.letters = ""
        self._show_candidates()

    def space(self) -> None:
        if self.letters and self._candidates:
            self.choose(0)
        else:
            self.put("" if self.letters else " ")

    def clear(self) -> None:
        self.letters = ""
        self.target.clear()
        self._show_candidates()

    def choose(self, n: int) -> None:
        if n >= len(self._candidates):
            return
        candidate = self._candidates[n]
        self.target.setText((self.target.text() + candidate.text)[: self.target.maxLength()])
        self.letters = self.letters[candidate.consumed :]
        self._show_candidates()

    def _finish(self) -> None:
        if self.letters:
            self.put("")
        self.done.emit()

    def _show_candidates(self) -> None:
        self._candidates = self.index.candidates(self.letters) if self.index and self.letters else []
        self.pinyin_label.setText(self.letters)
        for i, button in enumerate(self.candidate_buttons):
            text = self._candidates[i].text if i < len(self._candidates) else ""
            button.setText(text)
            button.setEnabled(bool(text))
