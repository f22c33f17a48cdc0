"""Waking the queue's displays and panels when any client of the store changes the queue."""

from __future__ import annotations

from windowdesk.services.context import ServiceContext, require_site
from windowdesk.services.queue.common import QUEUE_TOPIC
from windowdesk.store.notify import watch


class QueueWatch:
    """``wait(timeout)`` returns True when this site's queue may have changed since the last call.

    PostgreSQL: LISTEN/NOTIFY (the notification carries the site id). SQLite: ``PRAGMA data_version``
    polled every 0.1 s. Use one per thread; call ``close()`` when done.
    """

    def __init__(self, ctx: ServiceContext) -> None:
        self._site = str(require_site(ctx))
        self._watcher = watch(ctx.store, QUEUE_TOPIC)

    def wait(self, timeout: float) -> bool:
        payloads = self._watcher.wait(timeout)
        if payloads is None:
            return False
        return not payloads or self._site in payloads

    def close(self) -> None:
        self._watcher.close()

    def __enter__(self) -> QueueWatch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
