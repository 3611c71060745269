"""A bounded retry for writes that lost a race for a lock.

SQLite already waits `db_busy_timeout` seconds for a lock inside each attempt; when another
process holds the database longer (a long ingest, a `sqlite3` shell left in a transaction),
the write is tried `db_retries` more times with a growing pause, then given up with a message
that says who is in the way. PostgreSQL deadlocks and serialization failures are retried the
same way. Each attempt is a whole transaction, so a retry never writes half a document.
"""
from __future__ import annotations

import time
from typing import Callable, TypeVar

from sqlalchemy.exc import DBAPIError

T = TypeVar("T")

_TRANSIENT = ("database is locked", "database table is locked", "busy", "deadlock detected",
              "could not serialize access", "lock timeout", "canceling statement due to lock timeout")


def is_transient(exc: DBAPIError) -> bool:
    message = str(getattr(exc, "orig", exc)).lower()
    return any(marker in message for marker in _TRANSIENT)


def retrying(call: Callable[[], T], attempts: int, first_pause: float = 0.5) -> T:
    """`call()`, again after a transient database error, at most `attempts` times in all."""
    pause = first_pause
    for attempt in range(1, max(1, attempts) + 1):
        try:
            return call()
        except DBAPIError as exc:
            if attempt >= attempts or not is_transient(exc):
                raise
        time.sleep(pause)
        pause *= 2
    raise AssertionError("unreachable")
