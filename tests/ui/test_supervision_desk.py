"""The supervisor's desk on a generated week of a busy hall: cards and exceptions page from the
store, statistics with charts, the table sorts and filters, exports written; both screen sizes."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCharts import QChartView

from tests.ui.conftest import make_app_context
from windowdesk.domain import roles
from windowdesk.services import demo, supervision
from windowdesk.services.context import open_context
from windowdesk.ui.supervision.face import SupervisorFace

LAST = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def week_url(tmp_path_factory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('week') / 'week.sqlite3'}"
    ctx = open_context(url)
    demo.load_demo(ctx)
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
