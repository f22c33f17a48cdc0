"""A counter PC in a child process (spawned, so importable here): a real counter queue panel on
the same X display, whose clerk finishes the visit when told to."""

from __future__ import annotations

import time
from dataclasses import replace


def finish_at_counter(url: str, window_no: int, go, results) -> None:
    """Show the counter's queue panel for ``window_no`` with its called ticket; on ``go`` press its
    Finish button (consultation) and report when the finishing commit returned."""
    from windowdesk.services import site as users
    from windowdesk.services.context import open_context
    from windowdesk.ui.app import create_application
    from windowdesk.ui.app_context import AppContext
    from windowdesk.ui.dialogs import RecordingDialogService
    from windowdesk.ui.i18n import install_language
    from windowdesk.ui.local_settings import LocalSettings
    from windowdesk.ui.queue.counter import CounterQueuePanel
    from windowdesk.ui.tasks import SynchronousTaskRunner

    app = create_application()
    install_language(app, "zh_CN")
    ctx = open_context(url)
    clerk = users.authenticate(ctx, "clerk1", "secret123", window_no=window_no)
    dialogs = RecordingDialogService()
    dialogs.choice_answers.append("仅咨询")
    settings = LocalSettings(None)
    counter = AppContext(ctx.as_actor(replace(clerk)), SynchronousTaskRunner(), settings, dialogs)
    panel = CounterQueuePanel(counter, watch=False)
    panel.show()
    for _ in range(100):
        app.processEvents()
        if panel.buttons["finishButton"].isEnabled():
            break
        time.sleep(0.05)
    results.put("ready" if panel.buttons["finishButton"].isEnabled() else f"not ready: {dialogs.shown}")
    go.wait(60)
    panel.buttons["finishButton"].click()  # the synchronous runner commits before click() returns
    results.put((panel.number_label.text(), time.time()))
    app.processEvents()
    panel.close()
    ctx.store.dispose()
