"""Kiosk, counter queue panel and hall display, driven like a citizen and a clerk would."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest
from PIL import Image, ImageChops, ImageFilter, ImageStat
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from tests.services.queue_support import setup_hall
from tests.support.pdf import decode_barcodes, pdf_pages_png, pdf_text
from windowdesk.services import queue
from windowdesk.services.queue import call_next, recall, take_ticket
from windowdesk.ui.queue.counter import CounterQueuePanel
from windowdesk.ui.queue.display import HallDisplay
from windowdesk.ui.queue.kiosk import KioskFace
from windowdesk.ui.queue.voice import Announcer, SilentBackend, choose_backend, speakable


class PdfPrinters:
    """Stands in for the kiosk's printer: each slip is printed through Qt to a PDF file."""

    def __init__(self, folder, dpi=None):
        self.folder = folder
        self.files = []
        self.dpi = dpi

    def __call__(self):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        if self.dpi:
            printer.setResolution(self.dpi)  # e.g. a thermal printer's 203 dpi
        path = self.folder / f"printed{len(self.files) + 1}.pdf"
        printer.setOutputFileName(str(path))
        self.files.append(path)
        return printer


class FakeVoice:
    """Records what is spoken; an utterance ends only when the test says so."""

    name = "fake"

    def __init__(self):
        self.spoken = []
        self.pending = []

    def speak(self, text, done):
        self.spoken.append(text)
        self.pending.append(done)

    def finish_one(self):
        self.pending.pop(0)()


def _activate(qtbot, widget):
    """F-key shortcuts work in the active window, as on the counter PC."""
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _press(qtbot, panel, key):
    """An F-key on the counter: the shortcut animates its button's click, which lands ~100 ms later."""
    qtbot.keyClick(panel, key)
    assert any(b.isDown() for b in panel.buttons.values()), f"{key} pressed no button"
    qtbot.waitUntil(lambda: not any(b.isDown() for b in panel.buttons.values()))


def test_kiosk_issues_prints_and_keeps_the_slip(qtbot, sqlite_ctx, app_context, tmp_path):
    setup_hall(sqlite_ctx)
    app_context.settings.paper = "58"  # this kiosk's printer takes 58 mm paper
    printers = PdfPrinters(tmp_path)
    kiosk = KioskFace(app_context, watch=False, printer_factory=printers)
    qtbot.addWidget(kiosk)
    assert set(kiosk.category_buttons) == {"A", "B", "C"}
    assert kiosk.category_buttons["A"].text() == "A  综合受理\n0 人等候"
    qtbot.mouseClick(kiosk.category_buttons["A"], Qt.MouseButton.LeftButton)
    assert kiosk.result_label.text() == "您的号码是 A001，前面还有 0 人"
    assert kiosk.last_slip.exists() and "A001" in pdf_text(kiosk.last_slip.read_bytes())
    assert PdfReader(kiosk.last_slip).pages[0].mediabox.width == pytest.approx(58 / 25.4 * 72, abs=0.5)
    qtbot.waitUntil(lambda: kiosk.print_label.text() == "请取走您的号票。")
    # What is printed is the kept slip itself, rendered (as notices are): its text, on the paper.
    printed = printers.files[0].read_bytes()
    text = "".join(pdf_text(kiosk.last_slip.read_bytes()).split())
    assert "A001" in text and "综合受理" in text and "前面还有0人等候" in text
    assert same_pages(printed, kiosk.last_slip.read_bytes(), tmp_path)
    (page,) = pdf_pages_png(printed, 300, out_dir=tmp_path)
    assert [(kind, value[-4:]) for kind, value in decode_barcodes(page)] == [("CODE128", "A001")]
    qtbot.waitUntil(lambda: kiosk.category_buttons["A"].text().endswith("1 人等候"))
    # a priority ticket, then an appointment check-in by code
    kiosk.findChild(QPushButton, "priorityElderlyButton").click()
    kiosk.category_buttons["B"].click()
    kiosk.code_edit.setText("YY-20261123-08")
    kiosk.category_buttons["A"].click()
    waiting = {t.number: t.priority_kind for t in queue.queue_status(app_context.services).waiting}
    assert waiting == {"A001": None, "B001": "elderly", "A002": "appointment"}
    assert kiosk.selected_priority() is None and kiosk.code_edit.text() == ""


def same_pages(printed: bytes, original: bytes, folder) -> bool:
    """Both PDFs show the same page on paper of the same size. Qt's PDF output rounds the paper to
    whole points (a pixel of size at 100 dpi) and the printed page is a raster, so edges move by a
    fraction of a pixel: compare slightly blurred grey levels. A blank page differs by ~23 here."""
    (a,) = pdf_pages_png(printed, 100, out_dir=folder / "printed")
    (b,) = pdf_pages_png(original, 100, out_dir=folder / "original")
    with Image.open(a) as left, Image.open(b) as right:
        if abs(left.width - right.width) > 1 or abs(left.height - right.height) > 1:
            return False
        box = (0, 0, min(left.width, right.width), min(left.height, right.height))
        left_grey, right_grey = (
            image.convert("L").crop(box).filter(ImageFilter.GaussianBlur(2)) for image in (left, right)
        )
        return ImageStat.Stat(ImageChops.difference(left_grey, right_grey)).mean[0] < 6


@pytest.mark.parametrize(("paper", "dpi"), [("80", None), ("58", None), ("80", 203), ("58", 203)])
def test_the_kiosk_prints_the_kept_slip_on_slip_paper(qtbot, sqlite_ctx, app_context, tmp_path, paper, dpi):
    setup_hall(sqlite_ctx)
    app_context.settings.paper = paper
    printers = PdfPrinters(tmp_path, dpi)
    kiosk = KioskFace(app_context, watch=False, printer_factory=printers)
    qtbot.addWidget(kiosk)
    kiosk.category_buttons["B"].click()
    qtbot.waitUntil(lambda: kiosk.print_label.text() == "请取走您的号票。")
    kept, printed = kiosk.last_slip.read_bytes(), printers.files[0].read_bytes()
    kept_box, printed_box = (
        PdfReader(kiosk.last_slip).pages[0].mediabox,
        PdfReader(printers.files[0]).pages[0].mediabox,
    )
    assert float(printed_box.width) == pytest.approx(int(paper) / 25.4 * 72, abs=1)  # slip paper, not A4
    assert float(printed_box.height) == pytest.approx(float(kept_box.height), abs=1)
    assert same_pages(printed, kept, tmp_path)
    (page,) = pdf_pages_png(printed, 2 * dpi if dpi else 300, out_dir=tmp_path)  # whole printer dots
    assert [(kind, value[-4:]) for kind, value in decode_barcodes(page)] == [("CODE128", "B001")]


def test_kiosk_without_printer_still_gives_the_number(qtbot, sqlite_ctx, app_context, caplog):
    setup_hall(sqlite_ctx)
    kiosk = KioskFace(app_context, watch=False, printer_factory=lambda: None)
    qtbot.addWidget(kiosk)
    with caplog.at_level(logging.WARNING):
        kiosk.category_buttons["C"].click()
    assert "C001" in kiosk.result_label.text() and kiosk.print_label.text() == "没有打印机：请记下您的号码。"
    assert "no printer" in caplog.text


def test_counter_panel_keys_run_the_visit(qtbot, sqlite_ctx, app_context):
    ctx = app_context.services
    setup_hall(sqlite_ctx, {1: "A", 2: "A", 3: "BA"})
    take_ticket(ctx, "A")
    take_ticket(ctx, "B", priority="elderly")
    panel = CounterQueuePanel(app_context, watch=False)
    qtbot.addWidget(panel)
    _activate(qtbot, panel)
    assert panel.window_no == 3 and panel.title.text() == "3 号窗口"
    groups = [panel.waiting.topLevelItem(i).text(0) for i in range(panel.waiting.topLevelItemCount())]
    assert groups == ["A 综合受理 (1)", "B 不动产 (1)", "C 社保 (0)"]
    assert not panel.buttons["finishButton"].isEnabled()
    _press(qtbot, panel, Qt.Key.Key_F1)
    assert panel.number_label.text() == "B001"  # window 3 serves B first
    assert panel.detail_label.text() == "不动产 · 已呼叫 · 老年人"
    assert panel.elapsed_label.text().startswith("已呼叫 00:0")
    _press(qtbot, panel, Qt.Key.Key_F2)
    assert "已重呼 1 次" in panel.detail_label.text()
    _press(qtbot, panel, Qt.Key.Key_F7)
    assert panel.detail_label.text().startswith("不动产 · 办理中")
    app_context.dialogs.choice_answers.append("仅咨询")
    _press(qtbot, panel, Qt.Key.Key_F4)
    assert panel.number_label.text() == "—" and panel.buttons["callNextButton"].isEnabled()
    # transfer the next one to window 1 with a reason
    _press(qtbot, panel, Qt.Key.Key_F1)
    assert panel.number_label.text() == "A001"
    app_context.dialogs.choice_answers.append("1 号窗口")
    app_context.dialogs.text_answers.append("需在1号窗口办理")
    _press(qtbot, panel, Qt.Key.Key_F5)
    assert panel.number_label.text() == "—"
    assert call_next(ctx, 2) is None and call_next(ctx, 1).number == "A001"
    # pause with a reason, then resume
    app_context.dialogs.text_answers.append("午休")
    _press(qtbot, panel, Qt.Key.Key_F6)
    assert panel.pause_banner.isVisible() and panel.pause_banner.text() == "暂停：午休"
    assert not panel.buttons["callNextButton"].isEnabled()
    _press(qtbot, panel, Qt.Key.Key_F6)
    assert not panel.pause_banner.isVisible()
    _press(qtbot, panel, Qt.Key.Key_F1)
    assert ("info", "没有等候本窗口的号码。") in app_context.dialogs.shown


def test_counter_calls_a_chosen_ticket_and_explains_refusals(qtbot, sqlite_ctx, app_context):
    ctx = app_context.services
    setup_hall(sqlite_ctx)
    for _ in range(3):
        take_ticket(ctx, "A")
    panel = CounterQueuePanel(app_context, watch=False)
    qtbot.addWidget(panel)
    _activate(qtbot, panel)
    group = panel.waiting.topLevelItem(0)
    panel.waiting.setCurrentItem(group.child(2))
    _press(qtbot, panel, Qt.Key.Key_F8)
    assert panel.number_label.text() == "A003"
    _press(qtbot, panel, Qt.Key.Key_F3)  # no-show needs two recalls first
    kind, message = app_context.dialogs.shown[-1]
    assert kind == "error" and "须重呼 2 次后才能过号" in message
    for _ in range(2):
        _press(qtbot, panel, Qt.Key.Key_F2)
    _press(qtbot, panel, Qt.Key.Key_F3)
    assert panel.number_label.text() == "—"
    no_shows = panel.waiting.topLevelItem(panel.waiting.topLevelItemCount() - 1)
    assert no_shows.text(0) == "过号 (1)" and no_shows.child(0).text(0) == "A003"
    panel.waiting.setCurrentItem(no_shows.child(0))
    _press(qtbot, panel, Qt.Key.Key_F8)  # reactivated: waits again with its arrival time
    assert [panel.waiting.topLevelItem(0).child(i).text(0) for i in range(3)] == ["A001", "A002", "A003"]


def test_display_follows_another_client_without_refresh_and_speaks_in_turn(qtbot, sqlite_ctx, app_context):
    ctx = app_context.services
    setup_hall(sqlite_ctx)
    take_ticket(ctx, "A")
    take_ticket(ctx, "A")
    call_next(ctx, 2)  # called before the board starts: shown, not announced
    voice = FakeVoice()
    board = HallDisplay(app_context, announcer=Announcer(voice, repeats=2), watch=True)
    qtbot.addWidget(board)
    board.show()
    qtbot.waitUntil(lambda: board.findChild(type(board.hall_label), "tileNumber2") is not None)
    assert board.findChild(type(board.hall_label), "tileNumber2").text() == "A001"
    assert board.hall_label.text() == "测试市政务服务中心" and voice.spoken == []
    qtbot.waitUntil(board.isFullScreen)  # a hall screen opens full screen
    other = ctx.as_actor(replace(ctx.actor, login="clerk-window-1", device_no=2))  # another client
    call_next(other, 1)
    # The 1-second bound is measured across processes (test_display_on_postgres_… here and
    # tests/services/test_queue_concurrency.py); in one process on a loaded CI box, some slack.
    qtbot.waitUntil(
        lambda: board.findChild(type(board.hall_label), "tileNumber1").text() == "A002", timeout=3000
    )
    assert board.banner.text() == "请 A002 号到 1 号窗口办理"
    assert board.findChild(type(board.hall_label), "tileNumber1").parent().property("fresh") is True
    assert voice.spoken == ["请 A 零 零 二 号到 1 号窗口办理"]
    recall(other, 1)  # a recall is announced again, after the repeat of the first call
    qtbot.waitUntil(lambda: board.announcer.pending == 3, timeout=3000)  # 1 repeat + 2 for the recall
    assert len(voice.spoken) == 1, "announcements never overlap"
    voice.finish_one()
    qtbot.waitUntil(lambda: len(voice.spoken) == 2)
    voice.finish_one()
    qtbot.waitUntil(lambda: len(voice.spoken) == 3)
    assert voice.spoken[1] == voice.spoken[2] == voice.spoken[0]
    board.close()


@pytest.mark.qt_log_ignore("pipewire")  # QtMultimedia looking for an audio system this box lacks
def test_no_speech_engine_means_a_silent_board_and_a_warning(qapp, caplog, monkeypatch):
    monkeypatch.setattr("shutil.which", lambda name: None)
    monkeypatch.setattr("PySide6.QtTextToSpeech.QTextToSpeech.availableEngines", lambda: ["mock"])
    with caplog.at_level(logging.WARNING):
        backend = choose_backend()
    assert isinstance(backend, SilentBackend) and "not spoken" in caplog.text
    spoken = []
    announcer = Announcer(backend, repeats=1)
    announcer.started.connect(spoken.append)
    announcer.announce("请 A 零 零 一 号到 1 号窗口办理")
    assert spoken == ["请 A 零 零 一 号到 1 号窗口办理"]


def test_a_backend_that_never_finishes_does_not_stall_the_calls(qtbot, caplog):
    voice = FakeVoice()  # never told to finish
    announcer = Announcer(voice, repeats=1)
    announcer._watchdog.setInterval(50)
    announcer.announce("first")
    announcer.announce("second")
    assert voice.spoken == ["first"]
    with caplog.at_level(logging.WARNING):
        qtbot.waitUntil(lambda: voice.spoken == ["first", "second"], timeout=2000)
    assert "did not finish" in caplog.text
    voice.finish_one()  # a late "done" for the first changes nothing
    assert announcer.speaking and announcer.pending == 0


def test_speakable_numbers():
    assert speakable("A012") == "A 零 一 二"


@pytest.mark.serial  # a one-second bound: measured alone, not beside the parallel suite
def test_display_on_postgres_shows_a_call_made_by_another_process_within_a_second(
    qtbot, pg_ctx, local_settings
):
    import multiprocessing
    import time

    from tests.services import queue_workers
    from tests.ui.conftest import make_app_context

    setup_hall(pg_ctx)
    take_ticket(pg_ctx, "A")
    app = make_app_context(pg_ctx, local_settings)
    board = HallDisplay(app, announcer=Announcer(FakeVoice()), watch=True)
    qtbot.addWidget(board)
    board.show()
    qtbot.waitUntil(lambda: board.findChild(type(board.hall_label), "tileNumber1") is not None)
    spawn = multiprocessing.get_context("spawn")
    results, go = spawn.Queue(), spawn.Event()
    other = spawn.Process(target=queue_workers.call_on_signal, args=(pg_ctx.store.url, 1, go, results))
    other.start()
    assert results.get(timeout=60) == "ready"
    seen = []

    def shown():
        if board.findChild(type(board.hall_label), "tileNumber1").text() == "A001":
            seen.append(time.time())
            return True
        return False

    go.set()
    qtbot.waitUntil(shown, timeout=5000)
    number, committed = results.get(timeout=10)
    other.join(timeout=10)
    assert number == "A001" and board.banner.text() == "请 A001 号到 1 号窗口办理"
    print(f"\nboard updated {seen[0] - committed:.3f} s after the other process committed")
    assert seen[0] - committed < 1.0


def test_display_type_grows_on_a_1080_line_screen(qtbot, qapp, sqlite_ctx, app_context):
    """Read from across the hall: at 1920×1080 the numbers and labels are larger than at 1366×768."""
    from windowdesk.ui.style import install_style_sheet

    setup_hall(sqlite_ctx)
    take_ticket(app_context.services, "A")
    call_next(app_context.services, 1)
    app_context.settings.set_value("display/full_screen", "false")
    install_style_sheet(qapp)
    try:
        board = HallDisplay(app_context, announcer=Announcer(SilentBackend()), watch=False)
        qtbot.addWidget(board)
        board.resize(1366, 768)
        board.show()
        qtbot.waitUntil(lambda: board.findChild(type(board.hall_label), "tileNumber1") is not None)

        def heights() -> tuple[int, int, int]:
            number = board.findChild(type(board.hall_label), "tileNumber1")
            window = number.parent().window_label
            return (number.fontInfo().pixelSize(), window.fontInfo().pixelSize(),
                    board.recent.font().pixelSize() or board.recent.fontInfo().pixelSize())  # fmt: skip

        small = heights()
        board.resize(1920, 1080)
        qtbot.waitUntil(lambda: board.property("screen") == "large")
        large = heights()
        assert all(big >= 1.3 * little for big, little in zip(large, small, strict=True)), (small, large)
        board.resize(1366, 768)
        qtbot.waitUntil(lambda: board.property("screen") == "normal")
        assert heights() == small
    finally:
        qapp.setStyleSheet("")
