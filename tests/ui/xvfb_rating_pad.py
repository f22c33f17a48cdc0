"""The rating pad at the three screen sizes it must fit, driven by clicks only.

Not a pytest module: run it by hand under Xvfb and look at the screenshots::

    PYTHONPATH=src:. xvfb-run -a -s "-screen 0 1920x1080x24" python tests/ui/xvfb_rating_pad.py /tmp/pad

A demo store gets a staff card (staff number and photo) for clerk1, who signs in at window 3; a
ticket is served and finished there, and the pad goes idle → ask → reasons → keyboard → thanks at
1024×600, 1280×800 and 1920×1080. Each page is saved as ``<size>-<page>.png``.
"""

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from PIL import Image, ImageDraw
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

OUT = Path(sys.argv[1])
OUT.mkdir(parents=True, exist_ok=True)
home = tempfile.mkdtemp()
os.environ["WINDOWDESK_HOME"] = home

from windowdesk.services import demo, ratings  # noqa: E402
from windowdesk.services import site as users  # noqa: E402
from windowdesk.services.context import open_context  # noqa: E402
from windowdesk.services.queue import (  # noqa: E402
    call_next,
    start_serving,  # noqa: E402
    take_ticket,
)
from windowdesk.services.visit import finish  # noqa: E402
from windowdesk.ui.app import create_application  # noqa: E402
from windowdesk.ui.app_context import AppContext  # noqa: E402
from windowdesk.ui.dialogs import RecordingDialogService  # noqa: E402
from windowdesk.ui.i18n import install_language  # noqa: E402
from windowdesk.ui.local_settings import LocalSettings  # noqa: E402
from windowdesk.ui.rating_pad.face import RatingPad  # noqa: E402
from windowdesk.ui.tasks import TaskRunner  # noqa: E402

app = create_application()
install_language(app, os.environ.get("WINDOWDESK_LANG", "zh_CN"))
ctx = open_context(f"sqlite:///{home}/pad.db")
demo.load_demo(ctx)
ctx = open_context(f"sqlite:///{home}/pad.db")
portrait = Image.new("RGB", (300, 400), (120, 150, 190))
draw = ImageDraw.Draw(portrait)
draw.ellipse((90, 60, 210, 190), fill=(240, 210, 180))
draw.rectangle((60, 220, 240, 400), fill=(30, 60, 110))
photo = Path(home) / "photo.png"
portrait.save(photo)
ratings.set_staff_card(ctx, "clerk1", staff_no="SZ0317", photo=photo.read_bytes())
clerk = users.authenticate(ctx, "clerk1", "demo1234", window_no=3)
counter = ctx.as_actor(clerk)

settings = LocalSettings(f"{home}/windowdesk.ini")
settings.window_number = 3
settings.set_value("rating/full_screen", "false")
tasks = TaskRunner(app)
pad_app = AppContext(ctx.as_actor(replace(clerk)), tasks, settings, RecordingDialogService())


def wait(cond, timeout=10.0):
    for _ in range(int(timeout * 20)):
        QApplication.processEvents()
        if cond():
            return
        QTest.qWait(50)
    raise SystemExit("timed out")


def shot(pad, size, name):
    QTest.qWait(300)
    pad.grab().save(str(OUT / f"{size[0]}x{size[1]}-{name}.png"))


def visit(size):
    pad = RatingPad(pad_app)
    pad.resize(*size)
    pad.show()
    wait(lambda: pad.ui.staffNameLabel.text() not in ("",))
    shot(pad, size, "1-idle")
    take_ticket(counter, "A")
    call_next(counter, 3)
    start_serving(counter, 3)
    finish(counter, 3, "consultation")
    wait(lambda: pad.page == 1)
    shot(pad, size, "2-ask")
    QTest.mouseClick(pad.level_buttons[1], Qt.MouseButton.LeftButton)
    wait(lambda: pad.page == 2)
    for code in ("attitude", "repeated_visits"):
        pad.reason_buttons[code].click()
    shot(pad, size, "3-reasons")
    pad.ui.commentButton.click()
    wait(lambda: pad.page == 3)
    wait(lambda: pad.keyboard.index is not None)
    for letter in "dengdai":
        pad.keyboard.keys[letter].click()
    shot(pad, size, "4-keyboard")
    pad.keyboard.candidate_buttons[0].click()
    for letter in "taijiu":
        pad.keyboard.keys[letter].click()
    for wanted in "太久":  # the applicant looks for the character among the candidates
        next(b for b in pad.keyboard.candidate_buttons if b.text() == wanted).click()
    pad.keyboard.findChild(type(pad.keyboard.keys["a"]), "keyboardDoneButton").click()
    wait(lambda: pad.page == 2)
    shot(pad, size, "5-reasons-with-comment")
    pad.ui.submitButton.click()
    wait(lambda: pad.page == 4)
    shot(pad, size, "6-thanks")
    pad.close()
    pad.deleteLater()


for size in ((1024, 600), (1280, 800), (1920, 1080)):
    visit(size)
print("\n".join(f"{r.subject_label}\t{r.level}\t{r.reasons}\t{r.text}" for r in ratings.list_ratings(ctx)))
tasks.wait_idle()
