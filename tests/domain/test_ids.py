from __future__ import annotations

import time

from windowdesk.domain.ids import uuid7


def test_uuid7_has_version_variant_and_the_current_time():
    before = time.time_ns() // 1_000_000
    value = uuid7()
    after = time.time_ns() // 1_000_000
    assert value.version == 7 and value.variant == "specified in RFC 4122"
    assert before <= value.int >> 80 <= after


def test_uuid7_sorts_by_creation_across_milliseconds():
    first = uuid7()
    time.sleep(0.002)
    second = uuid7()
    assert first < second
    assert len({uuid7() for _ in range(10_000)}) == 10_000
