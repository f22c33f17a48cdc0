"""The supervisor's desk on a generated week of a busy hall: cards and exceptions page from the
store, statistics with charts, the table sorts and filters, exports written; both screen sizes."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle

from tests.ui.conftest import make_app_context
from windowdesk.domain import roles
from windowdesk.services import cases, demo, supervision
from windowdesk.services import cases as case_views
from windowdesk.services.context import open_context
from windowdesk.ui.cases import labels as case_labels
from windowdesk.ui.intake.case_page import cases_show
from windowdesk.ui.supervision.face import SupervisorFace

LAST = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def week_url(tmp_path_factory) -> str:
    """The demo site with 14 cases made at the counter by 王芳, 李强 and 张敏 (with their history), then
    a generated week of a busy hall (clerks clerk01…clerk12, no history)."""
    from tests.services.queue_support import use_clock
    from tests.support.clock import TestClock

    url = f"sqlite:///{tmp_path_factory.mktemp('week') / 'week.sqlite3'}"
    ctx = open_context(url, time=TestClock())
    use_clock(ctx, dt.datetime(2026, 11, 27, 2, 0, tzinfo=dt.UTC))
    demo.load_demo(ctx, demo.DemoOptions(cases=14))
    ctx = open_context(url)
    demo.load_year(ctx, LAST, demo.YearSize(days=5, tickets_per_day=300, cases_per_day=80))
    ctx.store.dispose()
    return url


@pytest.fixture
def desk(qtbot, qapp, week_url, local_settings, monkeypatch):
    from tests.services.queue_support import use_clock
    from tests.support.clock import TestClock

    ctx = open_context(week_url, time=TestClock())
    use_clock(ctx, dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.UTC))
    app = make_app_context(ctx, local_settings, role=roles.SUPERVISOR)
    face = SupervisorFace(app)
    qtbot.addWidget(face)
    yield app, face
    ctx.store.dispose()


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_desk_shows_cards_exceptions_and_statistics(desk, size, tmp_path):
    app, face = desk
    face.resize(*size)
    face.show()
    alerts, stats = face.alerts, face.stats
    assert alerts.cards.total > 0 and alerts.cards.model.rowCount() == min(100, alerts.cards.total)
    assert alerts.exceptions.total > 0
    assert stats.stats is not None and stats.stats.total.taken > 1000
    assert stats.stats.total.rated > 0 and stats.stats.total.bad > 0  # the generated ratings count
    assert stats.window_chart.chart().series() and stats.day_chart.chart().series()
    assert isinstance(stats.window_chart, QChartView)
    assert sum(stats.heat_map.heat.values()) == stats.stats.total.taken
    for tab in range(face.tabs.count()):
        face.tabs.setCurrentIndex(tab)
        face.grab().save(str(tmp_path / f"desk-{tab}-{size[0]}.png"))
    assert "取号" in stats.summary.text()


def test_pages_filters_and_sorting(desk):
    app, face = desk
    cards = face.alerts.cards
    if cards.total > 100:
        first_page = list(cards.ids)
        cards.next_button.click()
        assert cards.offset == 100 and set(cards.ids).isdisjoint(first_page)
    face.alerts.level_combo.setCurrentIndex(2)  # red only
    assert all(cards.model.item(r, 2).text() == "红牌" for r in range(cards.model.rowCount()))
    stats = face.stats
    stats.proxy.sort(1)  # taken, ascending, by number
    taken = [int(stats.proxy.index(r, 1).data()) for r in range(stats.proxy.rowCount())]
    assert taken == sorted(taken) and len(taken) == 12
    stats.filter_edit.setText("1")
    assert {stats.proxy.index(r, 0).data() for r in range(stats.proxy.rowCount())} == {"1", "10", "11", "12"}


def test_exports_and_handling(desk, tmp_path):
    app, face = desk
    face.stats.export(".xlsx", str(tmp_path / "week.xlsx"))
    book = openpyxl.load_workbook(tmp_path / "week.xlsx")
    summary = {row[0]: row[1] for row in book["总体"].iter_rows(values_only=True)}
    assert summary["取号数"] == str(face.stats.stats.total.taken)
    face.stats.export(".pdf", str(tmp_path / "week.pdf"))
    assert (tmp_path / "week.pdf").read_bytes().startswith(b"%PDF")
    card = face.alerts.cards.ids[0]
    supervision.urge(app.services, str(card), "请说明", LAST + dt.timedelta(days=3))
    app.hub.changed.emit("supervision")
    assert "督办中" in {
        face.alerts.cards.model.item(r, 8).text() for r in range(face.alerts.cards.model.rowCount())
    }


# -- the case list: the case page on double-click or Enter, the 经办人 filter by name, whole columns ----


def _shown(face, size=(1366, 768)):
    face.resize(*size)
    face.show()
    assert QTest.qWaitForWindowExposed(face)
    face.tabs.setCurrentIndex(0)


def _row_of(panel, login: str) -> int:
    return next(r for r, c in enumerate(panel.model.rows) if c.clerk_login == login)


def test_double_click_and_enter_open_the_case_page_with_its_timeline(desk, qtbot, monkeypatch):
    app, face = desk
    _shown(face)
    loaded = []  # what the face hands to the task runner (the UI thread never reads the store itself)
    run = app.tasks.run
    monkeypatch.setattr(app.tasks, "run", lambda fn, *a, **k: (loaded.append(fn), run(fn, *a, **k))[1])
    panel = face.cases
    row = _row_of(panel, "clerk1")  # a case made at the counter by 王芳: it has a history
    number = panel.model.rows[row].case_no
    cell = panel.table.visualRect(panel.model.index(row, 0)).center()
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert cases_show in loaded
    page = face.case_page
    assert face.tabs.currentIndex() == face.tabs.count() - 1 and page.isVisible()
    assert page.case.case_no == number and face.case_number_edit.text() == number
    assert page.timeline.isVisible() and page.timeline.texts()[0].startswith("法定时限")
    events = cases.show_case(app.services, number).events
    assert events and [e.kind for e in page.case.events] == [e.kind for e in events]
    history = page.details.toPlainText().split("办理经过", 1)[1]
    for event in events:
        assert case_labels.event(event.kind) in history
    # Enter on another row of the list opens that one
    face.tabs.setCurrentIndex(0)
    other = next(r for r, c in enumerate(panel.model.rows) if c.case_no != number)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(other, 1))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert page.case.case_no == panel.model.rows[other].case_no != number
    assert face.tabs.currentIndex() == face.tabs.count() - 1


def _choose_typed(qtbot, panel, text: str) -> None:
    edit = panel.clerk_combo.lineEdit()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # Chinese comes from the input method, committed as a whole
        typed = QInputMethodEvent()
        typed.setCommitString(text)
        QApplication.sendEvent(edit, typed)
    panel.clerk_combo.completer().popup().hide()
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_the_clerk_filter_by_name(desk, qtbot):
    app, face = desk
    _shown(face)
    panel = face.cases
    combo = panel.clerk_combo
    staff = {combo.itemData(i): combo.itemText(i) for i in range(1, combo.count())}
    assert staff["clerk1"] == "王芳" and staff["clerk2"] == "李强" and staff["clerk3"] == "张敏"
    assert "clerk01" in staff  # the generated week's clerks, known by login only
    everyone = panel.total

    def only(login: str) -> None:
        dates = panel.date_from.date().toPython(), panel.date_to.date().toPython()
        expected = case_views.list_cases(app.services, case_views.CaseFilter(*dates, clerk_login=login))
        shown = {c.case_no for c in panel.model.rows}
        assert shown == {c.case_no for c in expected} and 0 < len(shown) < everyone
        assert panel.total == len(shown)  # one page: the count is this clerk's cases
        assert {c.clerk_login for c in panel.model.rows} == {login}
        assert {panel.model.index(r, 6).data() for r in range(panel.model.rowCount())} == {staff[login]}

    combo.setCurrentIndex(combo.findData("clerk2"))  # chosen from the list: filtered at once
    only("clerk2")
    _choose_typed(qtbot, panel, "wangf")  # pinyin of 王芳
    assert combo.currentText() == "王芳"
    only("clerk1")
    _choose_typed(qtbot, panel, "张")
    only("clerk3")
    _choose_typed(qtbot, panel, "clerk")  # many people: said, nothing filtered by a guess
    assert "请从列表中选择姓名" in app.dialogs.shown[-1][1]
    only("clerk3")
    _choose_typed(qtbot, panel, "")
    assert panel.total == everyone and combo.currentIndex() == 0


def test_the_case_list_pages_through_every_case(desk, qtbot):
    """100 cases a page, the count from the store (not the rows loaded), ◀ ▶ and Enter still work."""
    app, face = desk
    _shown(face)
    panel = face.cases
    dates = panel.date_from.date().toPython(), panel.date_to.date().toPython()
    everything = [
        c.case_no for c in case_views.list_cases(app.services, case_views.CaseFilter(*dates, limit=10_000))
    ]
    assert len(everything) > 300  # more than three pages
    assert panel.total == len(everything) and panel.offset == 0
    assert [c.case_no for c in panel.model.rows] == everything[:100]
    assert panel.count_label.text() == f"第 1–100 条，共 {len(everything)} 条"
    assert not panel.prev_button.isEnabled() and panel.next_button.isEnabled()
    seen = []
    while True:
        seen += [c.case_no for c in panel.model.rows]
        if not panel.next_button.isEnabled():
            break
        panel.next_button.click()
    assert seen == everything  # every case once, in the list's order
    last = (len(everything) - 1) // 100 * 100
    assert panel.offset == last and panel.model.rowCount() == len(everything) - last
    assert panel.count_label.text() == f"第 {last + 1}–{len(everything)} 条，共 {len(everything)} 条"
    app.hub.changed.emit("cases")  # a change elsewhere reads the same page again
    assert panel.offset == last
    panel.prev_button.click()
    assert (
        panel.offset == last - 100 and [c.case_no for c in panel.model.rows] == everything[last - 100 : last]
    )
    opened = []
    panel.case_opened.connect(opened.append)
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(5, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert opened == [everything[last - 100 + 5]]
    panel.window_spin.setValue(3)
    panel.refresh_button.click()  # a filter: back to its first page, counted again
    expected = case_views.count_cases(app.services, case_views.CaseFilter(*dates, window_no=3))
    assert panel.offset == 0 and panel.total == expected < len(everything)
    assert {c.window_no for c in panel.model.rows} == {3}


def test_every_list_exports_all_its_rows_to_xlsx(desk, tmp_path, monkeypatch):
    """导出 XLSX… on the case list, the cards and the exceptions: every row of the filter (read a page at
    a time), on the I/O pool, masked identity numbers only; a failed write is said plainly."""
    import re

    from windowdesk.services.supervision import exports
    from windowdesk.ui.tasks import IO

    app, face = desk
    monkeypatch.setattr(exports, "PAGE", 37)  # several pages of reading even on a week's store
    kinds = []
    run = app.tasks.run
    monkeypatch.setattr(
        app.tasks, "run", lambda fn, *a, **k: (kinds.append(k.get("kind")), run(fn, *a, **k))[1]
    )
    _shown(face)
    panel, alerts = face.cases, face.alerts
    assert panel.export_button.text() == alerts.cards.export_button.text() == "导出 XLSX…"
    assert face.stats.xlsx_button.text() == "导出 XLSX…"  # the statistics tab's button, the same words

    def rows_of(path):
        sheet = openpyxl.load_workbook(path, read_only=True).worksheets[0]
        return list(sheet.iter_rows(values_only=True))

    panel.export(str(tmp_path / "cases"))  # the suffix is added
    assert kinds[-1] == IO
    rows = rows_of(tmp_path / "cases.xlsx")
    assert rows[0] == exports.CASE_HEADER and len(rows) - 1 == panel.total > 300
    assert [r[0] for r in rows[1:101]] == [c.case_no for c in panel.model.rows]  # the list's order
    assert len({r[0] for r in rows[1:]}) == panel.total  # no case twice across the pages read
    ids = [r[exports.CASE_HEADER.index("证件号码（脱敏）")] for r in rows[1:]]
    assert all("*" in i for i in ids if i) and any(ids)
    assert not any(re.search(r"\d{15}", " ".join(str(v) for v in r if v is not None)) for r in rows[1:])
    assert app.dialogs.shown[-1] == ("info", f"已导出 {panel.total} 行到 {tmp_path / 'cases.xlsx'}")
    # a filter: only its cases
    panel.window_spin.setValue(3)
    panel.refresh_button.click()
    panel.export(str(tmp_path / "window3.xlsx"))
    rows = rows_of(tmp_path / "window3.xlsx")
    assert len(rows) - 1 == panel.total and {r[8] for r in rows[1:]} == {3}

    alerts.undecided_check.setChecked(False)  # every card ever issued: more than one page read
    alerts.export_cards(str(tmp_path / "cards.xlsx"))
    rows = rows_of(tmp_path / "cards.xlsx")
    shown = alerts.cards.model.rowCount()
    assert rows[0] == exports.CARD_HEADER and len(rows) - 1 == alerts.cards.total > exports.PAGE
    assert [r[1] for r in rows[1 : shown + 1]] == [alerts.cards.model.item(i, 1).text() for i in range(shown)]
    alerts.level_combo.setCurrentIndex(2)  # red only
    alerts.export_cards(str(tmp_path / "red.xlsx"))
    rows = rows_of(tmp_path / "red.xlsx")
    assert len(rows) - 1 == alerts.cards.total and {r[2] for r in rows[1:]} == {"红牌"}

    assert (
        alerts.exceptions.export_button.text() == "导出 XLSX…"
        and not alerts.exceptions.export_button.isHidden()
    )
    alerts.export_exceptions(str(tmp_path / "exceptions.xlsx"))
    assert kinds[-1] == IO
    rows = rows_of(tmp_path / "exceptions.xlsx")
    assert rows[0] == exports.EXCEPTION_HEADER and len(rows) - 1 == alerts.exceptions.total > 0
    assert [r[3] for r in rows[1:]][: alerts.exceptions.model.rowCount()] == [
        alerts.exceptions.model.item(i, 2).text() for i in range(alerts.exceptions.model.rowCount())
    ]

    # a place that cannot be written: a message, not a traceback, and no half file
    (tmp_path / "a-file").write_text("")
    alerts.export_exceptions(str(tmp_path / "a-file" / "exceptions.xlsx"))
    kind, text = app.dialogs.shown[-1]
    assert kind == "error" and "无法写入" in text and "a-file" in text


def test_a_header_click_sorts_the_whole_list_in_the_store(desk, monkeypatch):
    """The cards and exceptions sort by the column clicked, over every row of the filter (the page
    shown is the first rows of the whole sorted result), the other way on a second click."""
    from PySide6.QtCore import QPoint

    from windowdesk.ui.supervision import alerts_panel

    app, face = desk
    monkeypatch.setattr(alerts_panel, "PAGE", 10)  # small pages: more than one even on a week's store
    _shown(face)
    face.tabs.setCurrentIndex(1)
    alerts = face.alerts
    alerts.undecided_check.setChecked(False)
    today = alerts.today

    def click(table, column: int) -> None:
        header = table.view.horizontalHeader()
        at = QPoint(header.sectionViewportPosition(column) + 5, header.height() // 2)
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=at)

    every = supervision.list_cards(app.services, today, limit=None).rows  # the list's own order
    assert len(every) > 10
    click(alerts.cards, 1)  # case number
    by_number = sorted(every, key=lambda c: c.case_no)  # stable: the list's order within a case
    assert [str(i) for i in alerts.cards.ids] == [str(c.id) for c in by_number[:10]]
    assert alerts.cards.view.horizontalHeader().sortIndicatorSection() == 1
    alerts.cards.next_button.click()
    assert [str(i) for i in alerts.cards.ids] == [str(c.id) for c in by_number[10:20]]
    click(alerts.cards, 1)  # again: the other way, from the first page
    assert alerts.cards.offset == 0
    assert [alerts.cards.model.item(r, 1).text() for r in range(10)] == sorted(
        (c.case_no for c in every), reverse=True
    )[:10]
    click(alerts.cards, 5)  # working days left: fewest first, decided cases last
    shown = [alerts.cards.model.item(r, 5).text() for r in range(alerts.cards.model.rowCount())]
    undecided = sorted(c.workdays_left for c in every if not c.decided)
    assert shown == [str(d) for d in undecided[:10]] + ["已决定"] * (10 - min(10, len(undecided)))

    found = supervision.list_exceptions(app.services, limit=None).rows
    assert len(found) > 10
    click(alerts.exceptions, 1)  # kind, in the order the kind filter lists them
    by_kind = sorted(found, key=lambda e: supervision.KINDS.index(e.kind))
    assert [str(i) for i in alerts.exceptions.ids] == [str(e.id) for e in by_kind[:10]]
    alerts.exceptions.next_button.click()
    assert [str(i) for i in alerts.exceptions.ids] == [str(e.id) for e in by_kind[10:20]]


def _clipped(view, columns) -> list[tuple[int, str, int, int]]:
    """(column, text, width needed, width given) of every cell and header that does not fit whole."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    grid = 1 if view.showGrid() else 0
    metrics, header, model = view.fontMetrics(), view.horizontalHeader(), view.model()
    out = []
    for c in columns:
        width = header.sectionSize(c)
        if header.sectionViewportPosition(c) + width > view.viewport().width():
            out.append((c, "(beyond the visible width)", header.sectionViewportPosition(c) + width, width))
        if header.sectionSizeHint(c) > width:
            out.append(
                (c, str(model.headerData(c, Qt.Orientation.Horizontal)), header.sectionSizeHint(c), width)
            )
        for r in range(model.rowCount()):
            text = str(model.index(r, c).data() or "")
            needed = metrics.horizontalAdvance(text) + 2 * margin + grid
            if needed > width:
                out.append((c, text, needed, width))
    return out


def test_no_column_is_cut_at_1366x768(desk):
    app, face = desk
    _shown(face)
    table = face.cases.table
    assert face.cases.model.rowCount() == 100 and face.cases.total > 300
    assert _clipped(table, range(face.cases.model.columnCount())) == []
    assert not table.horizontalScrollBar().isVisible()
    face.tabs.setCurrentIndex(1)
    cards, exceptions = face.alerts.cards.view, face.alerts.exceptions.view
    assert _clipped(cards, range(cards.model().columnCount())) == []
    # too narrow for both side by side: one above the other, each the full width
    assert face.alerts.splitter.orientation() == Qt.Orientation.Vertical
    assert _clipped(exceptions, range(exceptions.model().columnCount())) == []
    face.resize(1920, 1080)
    QTest.qWait(10)
    assert face.alerts.splitter.orientation() == Qt.Orientation.Horizontal
    for view in (cards, exceptions):
        assert _clipped(view, range(view.model().columnCount())) == []


def test_the_buttons_act_on_the_row_chosen_last_and_the_dialog_names_it(desk, monkeypatch):
    """A card row left selected does not take an urge meant for the exception chosen after it."""
    from windowdesk.ui.supervision import alerts_panel

    app, face = desk
    alerts = face.alerts
    alerts.cards.view.selectRow(0)
    alerts.exceptions.view.selectRow(0)  # then the supervisor clicks 督办… (the button takes the focus)
    alerts.urge_button.setFocus()
    exception_id = alerts.exceptions.ids[0]
    subject = alerts.exceptions.model.item(0, 2).text()
    responsible = alerts.exceptions.model.item(0, 4).text()
    assert alerts.cards.selected_id() is None  # the card row was let go
    named = []

    def confirm(dialog):
        named.append(dialog.target.text())
        dialog.note.setPlainText("请说明未记录的原因")
        return True

    monkeypatch.setattr(alerts_panel.HandlingDialog, "exec", confirm)
    alerts.urge_button.click()
    assert subject in named[0]
    urged = [u.target_id for u in supervision.pending_urges(app.services, responsible)]
    assert exception_id in urged
    assert not set(urged) & set(alerts.cards.ids)
    # and back to a card: the exception row is let go, the card is the target
    alerts.exceptions.view.selectRow(0)
    alerts.cards.view.selectRow(1)
    card_id, case_no = alerts.cards.ids[1], alerts.cards.model.item(1, 1).text()
    alerts.explain_button.click()
    assert case_no in named[1] and "牌" in named[1]
    row = alerts.cards.ids.index(card_id)  # the table read again after the explanation
    assert alerts.cards.model.item(row, 8).text() == alerts.state_label("explained")


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_the_case_number_field_sits_at_the_top_of_the_case_page_tab(desk, size, tmp_path):
    app, face = desk
    _shown(face, size)
    face.tabs.setCurrentIndex(face.tabs.count() - 1)
    edit = face.case_number_edit
    tab = face.tabs.currentWidget()
    assert QTest.qWaitForWindowExposed(face)
    QApplication.processEvents()
    assert edit.isVisible() and not face.case_page.isVisible()
    top = edit.mapTo(tab, edit.rect().topLeft()).y()
    assert top < 3 * edit.height(), (top, tab.height())  # at the top, not in the middle of the page
    face.grab().save(str(tmp_path / f"case-tab-{size[0]}.png"))
    number = face.cases.model.rows[0].case_no
    face.open_case(number)
    assert face.case_page.isVisible() and edit.mapTo(tab, edit.rect().topLeft()).y() == top
    face.grab().save(str(tmp_path / f"case-tab-opened-{size[0]}.png"))
    # the page fills the tab below the field
    page = face.case_page
    assert page.mapTo(tab, page.rect().bottomLeft()).y() > tab.height() - 3 * edit.height()
