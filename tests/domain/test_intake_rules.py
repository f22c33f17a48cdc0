"""Intake rules: checklist, decisions, the one-time lock, deemed acceptance, due dates, case numbers."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from windowdesk.domain import case_deadlines as dl
from windowdesk.domain.case_numbers import MAX_LENGTH, format_case_number, parse_case_number
from windowdesk.domain.intake import (
    MaterialCheck,
    Rejection,
    blocking_keys,
    check_decision,
    validate_checklist,
)
from windowdesk.domain.matter_snapshot import (
    MatterSnapshot,
    SnapshotMaterial,
    snapshot_from_json,
    snapshot_to_json,
)
from windowdesk.domain.official_schedule import OfficialSchedule
from windowdesk.domain.one_time import (
    CorrectionState,
    ensure_first_notice,
    initial_state,
    notice_items,
    record_correction,
)
from windowdesk.domain.workdays import WorkdayCalendar
from windowdesk.errors import Conflict, UserError

D = dt.date
CAL = WorkdayCalendar(OfficialSchedule())

MATTER = MatterSnapshot(
    code="SC-001",
    name="食品经营许可（新办）",
    department="SCJG",
    version_id="v1",
    materials=(
        SnapshotMaterial("app", "申请书", "required", form="original", count=1, standard="须法定代表人签字"),
        SnapshotMaterial("lic", "营业执照", "required", form="copy", count=1, standard="加盖公章"),
        SnapshotMaterial("lease", "场所使用证明", "conditional", condition="租用场所时提供", form="copy"),
        SnapshotMaterial("photo", "场所照片", "optional", form="original"),
    ),
)


def ok(key: str) -> MaterialCheck:
    return MaterialCheck(key, "received", "original", 1)


def all_ok() -> list[MaterialCheck]:
    return [ok(m.key) for m in MATTER.materials]


# -- checklist -------------------------------------------------------------------------------------


def test_a_complete_checklist_is_returned_in_matter_order():
    checks = list(reversed(all_ok()))
    assert [c.key for c in validate_checklist(MATTER, checks)] == ["app", "lic", "lease", "photo"]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (MaterialCheck("app", "received", "original", 0), "份数"),
        (MaterialCheck("app", "received", "", 1), "原件还是复印件"),
        (MaterialCheck("app", "nonconforming"), "原因"),
        (MaterialCheck("app", "fixed", "original", 1), "原因"),
        (MaterialCheck("app", "not_applicable", reason="x"), "必需材料"),
        (MaterialCheck("lease", "not_applicable"), "原因"),
        (MaterialCheck("app", "missing", "original", 1), "不能填写"),
        (MaterialCheck("app", "lost"), "状态无效"),
    ],
)
def test_bad_rows_are_refused_with_the_reason(row, message):
    checks = [row if c.key == row.key else c for c in all_ok()]
    with pytest.raises(UserError, match=message):
        validate_checklist(MATTER, checks)


def test_unknown_duplicate_and_unchecked_materials_are_refused():
    with pytest.raises(UserError, match="没有这些材料"):
        validate_checklist(MATTER, [*all_ok(), ok("ghost")])
    with pytest.raises(UserError, match="两次"):
        validate_checklist(MATTER, [*all_ok(), ok("app")])
    with pytest.raises(UserError, match="尚未核验"):
        validate_checklist(MATTER, all_ok()[:-1])


def test_conditional_and_optional_items_may_be_not_applicable():
    checks = [
        *all_ok()[:2],
        MaterialCheck("lease", "not_applicable", reason="自有场所"),
        MaterialCheck("photo", "missing"),
    ]
    validated = validate_checklist(MATTER, checks)
    assert blocking_keys(MATTER, validated) == ()
    check_decision(MATTER, validated, "accepted")


statuses = st.sampled_from(["received", "fixed", "missing", "nonconforming", "not_applicable"])


@st.composite
def checklists(draw):
    rows = []
    for material in MATTER.materials:
        status = draw(statuses)
        if status == "not_applicable" and material.requirement == "required":
            status = "missing"
        if status in ("received", "fixed"):
            rows.append(
                MaterialCheck(
                    material.key, status, "copy", draw(st.integers(1, 99)), "r" if status == "fixed" else ""
                )
            )
        else:
            rows.append(MaterialCheck(material.key, status, reason="" if status == "missing" else "理由"))
    return validate_checklist(MATTER, rows)


@given(checklists())
def test_exactly_one_of_accept_or_notice_fits_each_checklist(checks):
    requirement = {m.key: m.requirement for m in MATTER.materials}
    expected_blocking = {
        c.key for c in checks if requirement[c.key] != "optional" and c.status in ("missing", "nonconforming")
    }
    assert set(blocking_keys(MATTER, checks)) == expected_blocking
    assert {i.key for i in notice_items(MATTER, checks)} == expected_blocking
    fits = []
    for outcome in ("accepted", "incomplete"):
        try:
            check_decision(MATTER, checks, outcome)
            fits.append(outcome)
        except Conflict:
            pass
    assert fits == (["incomplete"] if expected_blocking else ["accepted"])
    # a rejection never depends on the materials, only on its reason and basis
    check_decision(MATTER, checks, "rejected", Rejection("不属于本机关职权范围", "《行政许可法》第三十二条"))


def test_rejection_needs_reason_and_basis_and_on_the_spot_needs_an_immediate_matter():
    checks = validate_checklist(MATTER, all_ok())
    with pytest.raises(UserError, match="理由"):
        check_decision(MATTER, checks, "rejected", Rejection(" ", "x"))
    with pytest.raises(UserError, match="法律依据"):
        check_decision(MATTER, checks, "rejected", Rejection("x", ""))
    with pytest.raises(Conflict, match="不是即办件"):
        check_decision(MATTER, checks, "on_the_spot", result="已办结")
    immediate = MatterSnapshot(**{**MATTER.__dict__, "handling": "immediate"})
    with pytest.raises(UserError, match="办理结果"):
        check_decision(immediate, checks, "on_the_spot")
    check_decision(immediate, checks, "on_the_spot", result="当场发证")


def test_notice_items_carry_the_standard_and_the_reason():
    checks = validate_checklist(
        MATTER,
        [
            MaterialCheck("app", "nonconforming", reason="缺签字"),
            MaterialCheck("lic", "missing"),
            ok("lease"),
            ok("photo"),
        ],
    )
    items = notice_items(MATTER, checks)
    assert [(i.key, i.problem, i.reason, i.standard) for i in items] == [
        ("app", "nonconforming", "缺签字", "须法定代表人签字"),
        ("lic", "missing", "", "加盖公章"),
    ]


def test_snapshot_json_round_trip():
    assert snapshot_from_json(snapshot_to_json(MATTER)) == MATTER


# -- one-time lock ---------------------------------------------------------------------------------


def test_a_second_notice_is_refused():
    ensure_first_notice(0)
    with pytest.raises(Conflict, match="一次性告知书"):
        ensure_first_notice(1)


def _items():
    checks = validate_checklist(
        MATTER,
        [
            MaterialCheck("app", "nonconforming", reason="缺签字"),
            MaterialCheck("lic", "missing"),
            ok("lease"),
            ok("photo"),
        ],
    )
    return notice_items(MATTER, checks)


def test_correction_refuses_items_not_on_the_notice_and_repeats():
    items = _items()
    state = initial_state(items)
    with pytest.raises(Conflict, match="不在一次性告知书"):
        record_correction(items, state, (ok("lease"),), D(2026, 3, 5))
    state = record_correction(items, state, (ok("app"),), D(2026, 3, 5))
    with pytest.raises(Conflict, match="已于 2026-03-05"):
        record_correction(items, state, (ok("app"),), D(2026, 3, 6))
    with pytest.raises(Conflict, match="不适用"):
        record_correction(items, state, (MaterialCheck("lic", "not_applicable", reason="x"),), D(2026, 3, 6))
    with pytest.raises(UserError, match="没有登记"):
        record_correction(items, state, (), D(2026, 3, 6))
    assert state.outstanding == ("lic",) and state.acceptance_date is None


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 40),  # day offset of the visit
            st.lists(
                st.tuples(
                    st.sampled_from(["app", "lic", "lease", "photo"]),
                    st.sampled_from(["received", "missing"]),
                ),
                max_size=4,
            ),
        ),
        max_size=6,
    )
)
def test_correction_visits_as_a_state_machine(visits):
    items = _items()
    listed = {i.key for i in items}
    state = initial_state(items)
    model: dict[str, dt.date | None] = {k: None for k in listed}
    for offset, rows in sorted(visits, key=lambda v: v[0]):
        day = D(2026, 3, 2) + dt.timedelta(days=offset)
        visit = tuple(
            MaterialCheck(k, s, "original", 1) if s == "received" else MaterialCheck(k, s)
            for k, s in dict(rows).items()
        )
        refused = (
            not visit
            or any(c.key not in listed for c in visit)
            or any(model.get(c.key) is not None for c in visit)
        )
        try:
            state = record_correction(items, state, visit, day)
        except UserError:
            assert refused
            continue
        assert not refused
        for check in visit:
            if check.status == "received":
                model[check.key] = day
    assert set(state.arrived) == listed  # never grows
    assert dict(state.arrived) == model
    if all(model.values()):
        assert state.complete and state.acceptance_date == max(model.values())
    else:
        assert not state.complete and state.acceptance_date is None


def test_acceptance_date_is_the_day_the_last_item_arrives():
    items = _items()
    state = record_correction(items, initial_state(items), (ok("lic"),), D(2026, 3, 9))
    state = record_correction(
        items, state, (MaterialCheck("app", "fixed", "original", 1, "当场签字"),), D(2026, 3, 12)
    )
    assert state == CorrectionState({"app": D(2026, 3, 12), "lic": D(2026, 3, 9)})
    assert state.acceptance_date == D(2026, 3, 12)


# -- deemed acceptance and due dates ------------------------------------------------------------------


def test_notice_limit_counts_working_days_from_receipt():
    received = D(2026, 3, 2)  # Monday
    assert dl.notice_deadline(CAL, received, 5).day == D(2026, 3, 9)
    assert not dl.is_deemed_accepted(CAL, received, 5, D(2026, 3, 9), D(2026, 4, 1))
    assert dl.is_deemed_accepted(CAL, received, 5, D(2026, 3, 10), D(2026, 4, 1))
    assert not dl.is_deemed_accepted(CAL, received, 5, None, D(2026, 3, 9))
    assert dl.is_deemed_accepted(CAL, received, 5, None, D(2026, 3, 10))
    # over the National Day holiday (1-7 Oct 2026): 30 Sep + 2 working days = 9 Oct
    assert dl.notice_deadline(CAL, D(2026, 9, 30), 2).day == D(2026, 10, 9)


@settings(max_examples=150, deadline=None)  # the first example builds the calendar's year tables
@given(st.dates(D(2025, 1, 1), D(2026, 11, 30)), st.integers(1, 30), st.integers(0, 60))
def test_deemed_acceptance_matches_a_day_by_day_walk(received, limit, wait):
    today = received + dt.timedelta(days=wait)
    day, counted = received, 0
    while counted < limit:
        day += dt.timedelta(days=1)
        counted += CAL.is_workday(day)
    assert dl.is_deemed_accepted(CAL, received, limit, None, today) == (today > day)


def test_due_dates_are_working_days_and_the_correction_wait_pauses_them():
    start = D(2026, 3, 2)
    plain = dl.due_dates(CAL, start, 20, 10)
    assert plain.statutory.day == D(2026, 3, 30) and plain.promised.day == D(2026, 3, 16)
    assert not plain.statutory.provisional
    pause = dl.correction_pause(D(2026, 3, 4), D(2026, 3, 10))  # 5..10 March: 4 working days
    paused = dl.due_dates(CAL, start, 20, 10, [pause])
    assert paused.statutory.day == D(2026, 4, 3) and paused.promised.day == D(2026, 3, 20)
    running = dl.due_dates(
        CAL, start, 20, 10, [dl.correction_pause(D(2026, 3, 4), None)], today=D(2026, 3, 10)
    )
    assert running == paused
    extended = dl.due_dates(CAL, start, 20, 10, extension_workdays=10)
    assert extended.statutory.day == D(2026, 4, 14)  # 清明 4-6 April
    assert dl.due_dates(CAL, D(2027, 3, 1), 20, 10).statutory.provisional


@settings(deadline=None)
@given(st.dates(D(2025, 1, 1), D(2026, 6, 30)), st.integers(1, 45), st.integers(0, 45))
def test_promised_never_after_statutory(start, statutory, promised):
    due = dl.due_dates(CAL, start, statutory, promised)
    assert due.promised.day <= due.statutory.day


# -- case numbers ------------------------------------------------------------------------------------

site_codes = st.from_regex(r"[A-Z][A-Z0-9]{1,5}", fullmatch=True)


@given(site_codes, st.integers(2000, 2099), st.integers(1, 99), st.integers(1, 999_999))
def test_case_numbers_round_trip_and_fit_a_slip(code, year, device, sequence):
    text = format_case_number(code, year, device, sequence)
    assert len(text) <= MAX_LENGTH
    parsed = parse_case_number(f"  {text.lower()} \n")
    assert (parsed.site_code, parsed.year, parsed.device_no, parsed.sequence) == (
        code,
        year,
        device,
        sequence,
    )


@given(
    st.tuples(site_codes, st.integers(1, 99), st.integers(1, 999_999)),
    st.tuples(site_codes, st.integers(1, 99), st.integers(1, 999_999)),
)
def test_different_sites_devices_or_sequences_never_share_a_number(a, b):
    if a != b:
        assert format_case_number(a[0], 2026, a[1], a[2]) != format_case_number(b[0], 2026, b[1], b[2])


def test_bad_numbers_do_not_parse_and_the_sequence_has_a_ceiling():
    for text in (
        "",
        "A001",
        "SZ01202601000X1",
        "SZ0119990100001",
        "SZ012026000000001",
        "1Z01202601000001",
        "SZ01-2026-01-000001",
    ):
        assert parse_case_number(text) is None
    with pytest.raises(UserError, match="用完"):
        format_case_number("SZ01", 2026, 1, 1_000_000)
