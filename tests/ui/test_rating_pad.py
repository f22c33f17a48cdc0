"""The rating pad on real windows: it asks within a second when the counter (another process)
finishes a visit, asks about a result picked up at its window (once), takes a bad rating with reasons and a comment by touches alone, records 未评价
on timeout, fits 1024×600 to 1920×1080, and only it can rate."""

from __future__ import annotations

import ast
import multiprocessing
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QPushButton

from tests.services.intake_support import PERSON
from tests.services.lifecycle_support import accepted_case, clerk, walk
from tests.services.ratings_support import hall_with_clerks, serve
from tests.ui.conftest import make_app_context
from windowdesk.services import cases, ratings
from windowdesk.services import site as users
from windowdesk.services.queue import call_next, start_serving, take_ticket
from windowdesk.ui.app_context import AppContext
from windowdesk.ui.faces import FACES
from windowdesk.ui.i18n import install_language
from windowdesk.ui.rating_pad.face import ASK, IDLE, KEYBOARD, REASONS_PAGE, THANKS, RatingPad
from windowdesk.ui.tasks import TaskRunner

SRC = Path(__file__).resolve().parents[2] / "src" / "windowdesk"


def _pad(qtbot, app: AppContext, window_no: int = 1, size=(1024, 600), watch=False) -> RatingPad:
    app.settings.set_value("rating/window_number", window_no)
    app.settings.set_value("rating/full_screen", "false")
    pad = RatingPad(app, watch=watch)
    qtbot.addWidget(pad)
    pad.resize(*size)
    pad.show()
    assert QTest.qWaitForWindowExposed(pad)
    return pad


def _touch(qtbot, button: QPushButton) -> None:
    """A finger on the button: a real mouse press and release at its centre."""
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=button.rect().center())


@pytest.mark.serial  # a one-second bound: measured alone, not beside the parallel suite
def test_the_pad_asks_within_a_second_when_the_counter_in_another_process_finishes(
    qtbot, store_url, local_settings
):
    from tests.conftest import make_site_ctx
    from tests.ui import rating_workers

    ctx = make_site_ctx(store_url)
    hall_with_clerks(ctx)
    take_ticket(ctx, "A")
    clerk = users.authenticate(ctx, "clerk1", "secret123", window_no=1)
    call_next(ctx.as_actor(clerk), 1)
    start_serving(ctx, 1)
    tasks = TaskRunner()
    app = make_app_context(ctx, local_settings, window_no=1)
    app = AppContext(app.services, tasks, app.settings, app.dialogs)
    pad = _pad(qtbot, app, 1, watch=True)
    qtbot.waitUntil(lambda: pad.ui.staffNameLabel.text() == "王芳", timeout=10_000)
    assert pad.page == IDLE

    spawn = multiprocessing.get_context("spawn")
    results, go = spawn.Queue(), spawn.Event()
    counter = spawn.Process(target=rating_workers.finish_at_counter, args=(store_url, 1, go, results))
    counter.start()
    assert results.get(timeout=90) == "ready"
    seen: list[float] = []

    def asking() -> bool:
        if pad.page == ASK and not seen:
            seen.append(time.time())
        return bool(seen)

    go.set()
    qtbot.waitUntil(asking, timeout=5000)
    shown_after, committed = results.get(timeout=20)
    counter.join(timeout=20)
    assert shown_after == "—"  # the counter's panel is free again
    assert pad.visit.label == "A001" and pad.ui.visitLabel.text() == "A001 号 · 1 号窗口 · 王芳"
    print(f"\npad asked {seen[0] - committed:.3f} s after the counter's commit ({store_url.split(':')[0]})")
    assert seen[0] - committed < 1.0
    pad.close()
    tasks.wait_idle()
    ctx.store.dispose()


def test_a_bad_rating_with_reasons_and_a_comment_by_touch_alone(qtbot, sqlite_ctx, local_settings):
    hall_with_clerks(sqlite_ctx)
    app = make_app_context(sqlite_ctx, local_settings, window_no=1)
    pad = _pad(qtbot, app)
    assert pad.page == IDLE and pad.ui.windowLabel.text() == "1 号窗口"
    serve(sqlite_ctx, 1)
    pad.check()  # what the watch thread does when the queue changes
    assert pad.page == ASK
    assert [b.text() for b in pad.level_buttons.values()] == [
        "非常满意",
        "满意",
        "基本满意",
        "不满意",
        "非常不满意",
    ]
    _touch(qtbot, pad.level_buttons[2])
    assert pad.page == REASONS_PAGE and not pad.ui.submitButton.isEnabled()
    _touch(qtbot, pad.reason_buttons["efficiency"])
    _touch(qtbot, pad.reason_buttons["unclear_notice"])
    _touch(qtbot, pad.reason_buttons["environment"])
    _touch(qtbot, pad.reason_buttons["environment"])  # a second touch takes it back
    assert pad.ui.submitButton.isEnabled()
    _touch(qtbot, pad.ui.commentButton)
    assert pad.page == KEYBOARD
    keyboard = pad.keyboard
    for letter in "dengdai":
        _touch(qtbot, keyboard.keys[letter])
    assert keyboard.candidate_buttons[0].text() == "等待"
    _touch(qtbot, keyboard.candidate_buttons[0])
    for letter in "shijian":
        _touch(qtbot, keyboard.keys[letter])
    _touch(qtbot, next(b for b in keyboard.candidate_buttons if b.text() == "时间"))
    for letter in "tai":
        _touch(qtbot, keyboard.keys[letter])
    _touch(qtbot, next(b for b in keyboard.candidate_buttons if b.text() == "太"))
    for letter in "changx":
        _touch(qtbot, keyboard.keys[letter])
    _touch(qtbot, keyboard.keys["backspace"])
    _touch(qtbot, next(b for b in keyboard.candidate_buttons if b.text() == "长"))
    _touch(qtbot, keyboard.findChild(QPushButton, "key_punct1"))
    assert pad.ui.commentEdit.text() == "等待时间太长。"
    _touch(qtbot, keyboard.findChild(QPushButton, "keyboardDoneButton"))
    assert pad.page == REASONS_PAGE and pad.ui.commentButton.text() == "补充说明：等待时间太长。"
    with qtbot.waitSignal(pad.recorded) as saved:
        _touch(qtbot, pad.ui.submitButton)
    rating = saved.args[0]
    assert (rating.level, rating.reasons, rating.text) == (
        2,
        ("efficiency", "unclear_notice"),
        "等待时间太长。",
    )
    assert (rating.source, rating.recorded_by, rating.device_no) == ("pad", "pad:1", 1)
    assert rating.followup_number is not None
    assert pad.page == THANKS and pad.ui.thanksLabel.text() == "感谢您的评价！"
    qtbot.waitUntil(lambda: pad.page == IDLE, timeout=6000)
    assert ratings.awaiting_rating(sqlite_ctx, 1) is None


def test_no_answer_in_time_records_unrated_and_a_good_rating_thanks(qtbot, sqlite_ctx, local_settings):
    hall_with_clerks(sqlite_ctx)
    app = make_app_context(sqlite_ctx, local_settings, window_no=1)
    pad = _pad(qtbot, app)
    serve(sqlite_ctx, 1)
    pad.check()
    assert pad.page == ASK and pad.ui.countdownLabel.text() == "60 秒"
    pad.remaining = 2  # the last two seconds of the applicant's minute
    with qtbot.waitSignal(pad.recorded, timeout=4000) as saved:
        pass
    assert saved.args[0].level is None and saved.args[0].level_name == "未评价"
    assert pad.page == IDLE

    serve(sqlite_ctx, 1)
    pad.check()
    with qtbot.waitSignal(pad.recorded) as saved:
        _touch(qtbot, pad.level_buttons[4])
    assert saved.args[0].level == 4 and pad.page == THANKS and pad.ui.thanksDetailLabel.text() == ""
    assert [r.level for r in ratings.list_ratings(sqlite_ctx)] == [None, 4]


def test_a_result_picked_up_at_the_window_is_rated_on_the_pad_once(qtbot, sqlite_ctx, local_settings):
    hall_with_clerks(sqlite_ctx)
    number = accepted_case(sqlite_ctx)
    walk(sqlite_ctx, number, "result_ready")
    app = make_app_context(sqlite_ctx, local_settings, window_no=3)
    pad = _pad(qtbot, app, 3)
    cases.deliver_result(clerk(sqlite_ctx), number, pickup_id_number=PERSON.id_number)  # at window 3
    pad.check()  # the safety look (or the watch) finds the hand-over
    assert pad.page == ASK and pad.visit.subject.kind == "delivery"
    assert pad.ui.visitLabel.text() == f"办件 {number} 出件 · 3 号窗口 · 王芳"
    visit = pad.visit
    with qtbot.waitSignal(pad.recorded) as saved:
        _touch(qtbot, pad.level_buttons[5])
    rating = saved.args[0]
    assert (rating.subject, rating.subject_label, rating.level, rating.window_no) == (visit.subject, number, 5, 3)
    assert (rating.source, rating.recorded_by, rating.staff_login) == ("pad", "pad:3", "clerk1")
    assert pad.page == THANKS
    pad.go_idle()
    assert pad.page == IDLE  # nothing more to ask: the delivery is rated

    pad.ask(visit)  # a second pad (or a stale screen) asks about the same hand-over
    _touch(qtbot, pad.level_buttons[1])
    _touch(qtbot, pad.reason_buttons["attitude"])
    _touch(qtbot, pad.ui.submitButton)
    assert pad.page == THANKS and pad.ui.thanksLabel.text() == "抱歉"
    assert "已评价过，一次服务只能评价一次" in pad.ui.thanksDetailLabel.text()
    assert [(r.subject_label, r.level) for r in ratings.list_ratings(sqlite_ctx)] == [(number, 5)]


@pytest.mark.parametrize(
    ("size", "language"),
    [((1024, 600), "zh_CN"), ((1280, 800), "zh_CN"), ((1920, 1080), "zh_CN"), ((1024, 600), "en")],
)
def test_every_page_fits_the_screen_with_touch_sized_buttons(
    qtbot, qapp, sqlite_ctx, local_settings, size, language
):
    install_language(qapp, language)
    hall_with_clerks(sqlite_ctx)
    users.authenticate(sqlite_ctx, "clerk1", "secret123", window_no=1)
    app = make_app_context(sqlite_ctx, local_settings, window_no=1)
    pad = _pad(qtbot, app, size=size)
    serve(sqlite_ctx, 1)
    for page in (IDLE, ASK, REASONS_PAGE, KEYBOARD, THANKS):
        pad.ui.pages.setCurrentIndex(page)
        qtbot.wait(50)
        for widget in pad.findChildren(QPushButton) + pad.findChildren(QLabel):
            if not widget.isVisible():
                continue
            name = f"{size} page {page} {widget.objectName() or widget.text()}"
            top_left = widget.mapTo(pad, QPoint(0, 0))
            assert pad.rect().contains(top_left) and pad.rect().contains(
                top_left + QPoint(widget.width() - 1, widget.height() - 1)
            ), f"{name} is cut off"
            text = widget.text()
            if isinstance(widget, QPushButton):
                if widget.objectName() != "pinyinShown":
                    assert widget.height() >= 44 and widget.width() >= 44, f"{name} is too small to touch"
                widest = max(widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))
                assert widest <= widget.width() - 16, f"{name} text cut"
            elif text and not widget.wordWrap():
                assert widget.fontMetrics().horizontalAdvance(text) <= widget.width(), f"{name} text cut"
        if page == ASK:  # large buttons, not a form
            assert all(b.height() >= size[1] // 3 for b in pad.level_buttons.values())


def test_only_the_pad_can_rate():
    """No other face calls the services that record a rating (the counter cannot rate in the
    applicant's place; the service also refuses an actor signed in at a window, see
    tests/services/test_ratings.py). The administration's users page may set a staff card."""
    assert FACES["rating"].factory is not None
    rating_writes = {"add_rating", "record_unrated"}
    raters = []
    for path in sorted((SRC / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                used = {alias.name for alias in node.names} & rating_writes
            elif isinstance(node, ast.Attribute):
                used = {node.attr} & rating_writes
            else:
                continue
            if used and path.relative_to(SRC).as_posix() not in raters:
                raters.append(path.relative_to(SRC).as_posix())
    assert raters == ["ui/rating_pad/face.py"]


def test_a_pad_paired_to_no_window_of_the_site_says_so(qtbot, sqlite_ctx, local_settings):
    hall_with_clerks(sqlite_ctx)
    app = make_app_context(sqlite_ctx, local_settings, window_no=0)
    pad = _pad(qtbot, app, window_no=99)  # a window this site does not have
    qtbot.waitUntil(lambda: pad.ui.windowLabel.text() != "")
    assert pad.ui.windowLabel.text() == "未配对"
    assert "本机设置" in pad.ui.staffNameLabel.text()
    paired = _pad(qtbot, app, window_no=1)
    qtbot.waitUntil(lambda: paired.ui.windowLabel.text() == "1 号窗口")
