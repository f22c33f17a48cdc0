"""Named places where a test can kill the process, to prove that a crash loses nothing committed.

Set ``WINDOWDESK_FAILPOINT=name`` (several separated by commas) in a child process; when the code
reaches ``hit("name")`` the process dies at once with SIGKILL, as a power cut or ``kill -9`` would.
``name@N`` dies at the N-th time that place is reached (a later batch or page, say).
"""

from __future__ import annotations

import os
import signal

_hits: dict[str, int] = {}


def hit(name: str) -> None:
    armed = os.environ.get("WINDOWDESK_FAILPOINT")
    if not armed:
        return
    _hits[name] = count = _hits.get(name, 0) + 1
    for entry in armed.split(","):
        point, _, nth = entry.partition("@")
        if point == name and (not nth or int(nth) == count):
            os.kill(os.getpid(), signal.SIGKILL)
