"""The one style sheet: it parses, its names exist, nothing else styles widgets, states repaint."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from tests.services.queue_support import setup_hall
from windowdesk.ui import forms_build
from windowdesk.ui.queue.counter import CounterQueuePanel
from windowdesk.ui.queue.kiosk import KioskFace
from windowdesk.ui.style import install_style_sheet, set_state, style_sheet

UI = forms_build.REPO / "src" / "windowdesk" / "ui"


@pytest.fixture
def styled(qapp):
    """The application styled as ui/app.py styles it; plain again afterwards for the other tests."""
    install_style_sheet(qapp)
    yield qapp
    qapp.setStyleSheet("")


def test_every_name_in_the_style_sheet_is_a_widget_of_ours():
    selectors = re.sub(r"/\*.*?\*/|\{[^}]*\}", "", style_sheet(), flags=re.S)  # no comments, no colours
    names = set(re.findall(r"#([A-Za-z]\w*)", selectors))
    sources = [p.read_text(encoding="utf-8") for p in UI.rglob("*.py") if "generated" not in p.parts]
    sources += [p.read_text(encoding="utf-8") for p in forms_build.FORMS.glob("*.ui")]
    unknown = sorted(
        name for name in names if not any(f'"{name}"' in text or f"'{name}'" in text for text in sources)
    )
    assert names and unknown == [], f"style sheet names no widget: {unknown}"


def test_no_widget_or_form_has_its_own_style_sheet():
    inline = [
        f"{p.relative_to(forms_build.REPO)}:{n}"
        for p in [*UI.rglob("*.py"), *forms_build.FORMS.glob("*.ui")]
        if p.name != "style.py"
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if "setStyleSheet(" in line or 'name="styleSheet"' in line
    ]
    assert inline == []


def test_the_faces_are_styled_by_name(qtbot, styled, sqlite_ctx, app_context):
    """Applied to the application (a parse error would be a Qt warning, which fails the test)."""
    setup_hall(sqlite_ctx)
    panel = CounterQueuePanel(app_context, watch=False)
    kiosk = KioskFace(app_context, watch=False, printer_factory=lambda: None)
    for widget in (panel, kiosk):
        qtbot.addWidget(widget)
        widget.show()
    assert panel.number_label.font().pointSize() == 40
    assert panel.detail_label.font().pointSize() < 40
    assert kiosk.category_buttons["A"].font().pointSize() == 26
    assert kiosk.category_buttons["A"].height() >= 150


def test_a_state_is_a_property_the_style_sheet_paints(qtbot, styled):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.resize(200, 30)
    edit.show()
    assert QTest.qWaitForWindowExposed(edit)

    def left_edge() -> QColor:
        return edit.grab().toImage().pixelColor(0, edit.height() // 2)

    plain = left_edge()
    set_state(edit, "error", True)
    assert left_edge() == QColor("#c8161d")
    set_state(edit, "error", False)
    assert left_edge() == plain
