"""Named places where a test can kill the process, to prove that a crash loses nothing committed.

Set ``WINDOWDESK_FAILPOINT=name`` (several separated by commas) in a child process; when the code
reaches ``hit("name")`` the process dies at once with SIGKILL, as a power cut or ``kill -9`` would.
"""

from __future__ import annotations

import os
import signal


def hit(name: str) -> None:
    armed = os.environ.get("WINDOWDESK_FAILPOINT")
    if armed and name in armed.split(","):
        os.kill(os.getpid(), signal.SIGKILL)
