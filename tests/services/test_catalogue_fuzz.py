"""Hostile catalogue files, made by hypothesis from good ones: JSON documents and XLSX workbooks with
wrong types, missing and extra fields, huge, empty, unicode and control-character text, negative and
enormous numbers, duplicate codes, broken references, truncated or garbage bytes.

Whatever the file, importing it into a store that already holds a catalogue either succeeds, and
then exporting and importing again changes nothing (the same file comes out), or raises UserError
with a message in both languages and leaves the store exactly as it was (row counts of every
catalogue table, the journal, the outbox and the exported catalogue). A file refused for its rows
imports with ``skip_invalid`` and reports the same rows. Each example starts from a copy of one
SQLite store (and, fewer, one PostgreSQL database per example, made from a template).
"""

from __future__ import annotations

import copy
import io
import json
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.conftest import make_site_ctx
from tests.services.catalogue_support import fingerprint, load_small, small_document
from tests.support.clock import TestClock
from tests.support.postgres import createdb, dropdb, pg_admin_url
from windowdesk.errors import UserError
from windowdesk.services import catalogue
from windowdesk.services.catalogue import CatalogueFileError, xlsx_writer
from windowdesk.services.context import ServiceContext, open_context

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)

# --- junk values ---------------------------------------------------------------------------------

CONTROL = st.sampled_from(["\x00", "\x07", "\x1b", "\x7f", "\u200b", "\u202e", "\ufeff", "\r\n", "\t"])
text_junk = st.one_of(
    st.just(""),
    st.just("   "),
    st.text(max_size=30),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=12),
    st.builds(lambda s, c, t: s + c + t, st.text(max_size=5), CONTROL, st.text(max_size=5)),
    st.sampled_from(["长" * 5000, "x" * 70_000, "'; DROP TABLE matter; --", "行政许可", "即办件", "🀄" * 50]),
)
number_junk = st.one_of(
    st.integers(-(10**30), 10**30),
    st.sampled_from([-1, 0, 1, 365, 366, 3660, 3661, 99, 100, 2**31, 2**63, -(2**63) - 1, 10**400]),
    st.floats(allow_nan=True, allow_infinity=True),
)
json_junk = st.one_of(
    st.none(),
    st.booleans(),
    text_junk,
    number_junk,
    st.lists(st.one_of(st.integers(), st.text(max_size=8)), max_size=3),
    st.dictionaries(st.text(max_size=6), st.integers(), max_size=2),
)
DEPARTMENT_FIELDS = ["code", "name", "phone", "address"]
MATTER_FIELDS = list(small_document(1)["matters"][0]) + ["extension_days", "silence_consent"]
MATERIAL_FIELDS = list(small_document(1)["matters"][0]["materials"][0])


# --- JSON documents --------------------------------------------------------------------------------


@st.composite
def json_mutation(draw, document: dict) -> None:
    """One change to a good document, in place."""
    departments, matters = (document.get(key) for key in ("departments", "matters"))
    departments = departments if isinstance(departments, list) else []
    matters = matters if isinstance(matters, list) else []
    dept_objects = [item for item in departments if isinstance(item, dict) and item]
    matter_objects = [item for item in matters if isinstance(item, dict) and item]
    objects = dept_objects + matter_objects
    kind = draw(
        st.sampled_from(
            ["matter field", "matter field", "material field", "department field", "drop field",
             "extra field", "duplicate", "broken reference", "materials", "top level", "swap lists"]
        )
    )  # fmt: skip
    matter = draw(st.sampled_from(matter_objects or [None]))
    if kind == "matter field" and matter is not None:
        matter[draw(st.sampled_from(MATTER_FIELDS))] = draw(json_junk)
    elif kind == "material field" and matter is not None and isinstance(matter.get("materials"), list):
        material = draw(st.sampled_from([m for m in matter["materials"] if isinstance(m, dict)] or [{}]))
        material[draw(st.sampled_from(MATERIAL_FIELDS))] = draw(json_junk)
    elif kind == "department field" and dept_objects:
        draw(st.sampled_from(dept_objects))[draw(st.sampled_from(DEPARTMENT_FIELDS))] = draw(json_junk)
    elif kind == "drop field" and objects:
        target = draw(st.sampled_from(objects))
        target.pop(draw(st.sampled_from(sorted(target))))
    elif kind == "extra field":
        target = draw(st.sampled_from([document, *objects]))
        target[draw(st.text(min_size=1, max_size=12))] = draw(json_junk)
    elif kind == "duplicate":
        items = draw(st.sampled_from([departments, matters]))
        if items:
            twin = copy.deepcopy(draw(st.sampled_from(items)))
            if draw(st.booleans()) and isinstance(twin, dict):
                twin["name"] = draw(text_junk)
            items.insert(draw(st.integers(0, len(items))), twin)
    elif kind == "broken reference" and matter is not None:
        matter["department"] = draw(
            st.one_of(st.sampled_from(["NOPE", "scjg", " SCJG ", "BDC\x00"]), text_junk)
        )
        if draw(st.booleans()) and departments:
            departments.pop(draw(st.integers(0, len(departments) - 1)))
    elif kind == "materials" and matter is not None:
        matter["materials"] = draw(
            st.one_of(
                st.just([]),
                json_junk,
                st.lists(json_junk, max_size=3),
                st.just(copy.deepcopy(matter.get("materials") or []) * 2),  # every name twice
            )
        )
    elif kind == "top level":
        document[draw(st.sampled_from(["format", "format_version", "departments", "matters"]))] = draw(
            json_junk
        )
    elif kind == "swap lists":
        document["departments"], document["matters"] = matters, departments


@st.composite
def json_file(draw) -> bytes:
    """A good document mutated, or any JSON value; then perhaps spoilt as bytes."""
    if draw(st.integers(0, 9)) == 0:
        document = draw(st.recursive(json_junk, lambda inner: st.lists(inner, max_size=3), max_leaves=6))
    else:
        document = small_document(draw(st.integers(1, 4)))
        for _ in range(draw(st.integers(0, 3))):
            draw(json_mutation(document))
    data = json.dumps(document, ensure_ascii=draw(st.booleans())).encode("utf-8")
    return draw(spoilt(data))


@st.composite
def spoilt(draw, data: bytes) -> bytes:
    """The bytes as they are (mostly), or truncated, with garbage, a BOM, another encoding."""
    how = draw(st.sampled_from(["as is"] * 5 + ["truncate", "garbage", "flip", "bom", "gbk", "deep"]))
    if how == "truncate":
        return data[: draw(st.integers(0, max(0, len(data) - 1)))]
    if how == "garbage":
        at = draw(st.integers(0, len(data)))
        return data[:at] + draw(st.binary(min_size=1, max_size=64)) + data[at:]
    if how == "flip" and data:
        at = draw(st.integers(0, len(data) - 1))
        return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
    if how == "bom":
        return b"\xef\xbb\xbf" + data
    if how == "gbk":
        return data.decode("utf-8", "replace").encode("gbk", "replace")
    if how == "deep":  # nesting past Python's recursion limit
        return b'{"matters": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    return data


# --- XLSX workbooks --------------------------------------------------------------------------------

# openpyxl refuses control characters in cells itself: a workbook cannot carry them.
cell_text = text_junk.map(lambda s: openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE.sub("", s)[:32_000])
cell_junk = st.one_of(
    st.none(),
    st.booleans(),
    cell_text,
    st.integers(-(10**15), 10**15),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(),
    st.sampled_from(["是", "否", "必需", "原件", "窗口领取、邮寄送达", "=1/0", "=A1", "#REF!"]),
)


@st.composite
def xlsx_mutation(draw, workbook) -> None:
    kind = draw(
        st.sampled_from(
            ["cell", "cell", "cell", "header", "delete row", "delete column", "copy row", "rename sheet",
             "remove sheet", "extra sheet", "empty sheet"]
        )
    )  # fmt: skip
    sheet = workbook[draw(st.sampled_from(workbook.sheetnames))]
    rows, columns = max(sheet.max_row, 1), max(sheet.max_column, 1)
    if kind == "cell":
        sheet.cell(draw(st.integers(2, rows + 1)), draw(st.integers(1, columns + 1))).value = draw(cell_junk)
    elif kind == "header":
        sheet.cell(1, draw(st.integers(1, columns + 1))).value = draw(cell_junk)
    elif kind == "delete row":
        sheet.delete_rows(draw(st.integers(1, rows)))
    elif kind == "delete column":
        sheet.delete_cols(draw(st.integers(1, columns)))
    elif kind == "copy row":  # a duplicate code, or a material twice
        source = draw(st.integers(2, rows)) if rows >= 2 else 1
        sheet.append([c.value for c in sheet[source]])
    elif kind == "rename sheet":
        sheet.title = draw(st.sampled_from(["matters", "Materials ", "事项1", "Sheet", "部门 "]))
    elif kind == "remove sheet" and len(workbook.sheetnames) > 1:
        workbook.remove(sheet)
    elif kind == "extra sheet":
        workbook.create_sheet(draw(st.sampled_from(["事项x", "其他", "README"])))
    elif kind == "empty sheet":
        sheet.delete_rows(2, rows)


@st.composite
def xlsx_file(draw) -> bytes:
    data = xlsx_writer.workbook_bytes(small_document(draw(st.integers(1, 4))))
    count = draw(st.integers(0, 3))
    if count:
        workbook = openpyxl.load_workbook(io.BytesIO(data))
        for _ in range(count):
            draw(xlsx_mutation(workbook))
        out = io.BytesIO()
        workbook.save(out)
        data = out.getvalue()
    how = draw(st.sampled_from(["as is"] * 6 + ["truncate", "garbage", "flip"]))
    return data if how == "as is" else _spoil(draw, data, how)


def _spoil(draw, data: bytes, how: str) -> bytes:
    # A workbook's bytes hold the time it was saved: positions are drawn independent of its length.
    at = draw(st.integers(0, 2**20)) % len(data)
    if how == "truncate":
        return data[:at]
    if how == "garbage":
        return data[:at] + draw(st.binary(min_size=1, max_size=64)) + data[at:]
    return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]


# --- the property ----------------------------------------------------------------------------------


def _check_refusal(error: UserError) -> None:
    assert str(error).strip() and error.zh.strip() and error.en.strip(), error.source
    assert "Traceback" not in error.zh and "{" not in error.en.replace("{}", ""), error.en
    if isinstance(error, CatalogueFileError):
        assert error.errors
        for row_error in error.errors:
            assert row_error.sheet and row_error.row >= 1 and row_error.zh and row_error.en


def check_import(ctx: ServiceContext, folder: Path, suffix: str, data: bytes) -> str:
    """Import ``data`` as a file; return what happened ("imported", "refused", "rows refused")."""
    path = folder / f"hostile{suffix}"
    path.write_bytes(data)
    before = fingerprint(ctx)
    try:
        report = catalogue.import_catalogue(ctx, path)
    except UserError as error:
        _check_refusal(error)
        assert fingerprint(ctx) == before, error.en
        if not isinstance(error, CatalogueFileError):
            with pytest.raises(UserError):  # a file that cannot be read at all: skip_invalid neither
                catalogue.import_catalogue(ctx, path, skip_invalid=True)
            assert fingerprint(ctx) == before
            return "refused"
        # refused for its rows: skip_invalid imports the rest and names the same rows
        report = catalogue.import_catalogue(ctx, path, skip_invalid=True)
        assert report.errors == error.errors and report.skipped_rows >= 1
        if not report.changed:
            assert fingerprint(ctx)[1] == before[1]
        check_round_trip(ctx, folder)
        return "rows refused"
    assert report.errors == () and report.skipped_rows == 0
    check_round_trip(ctx, folder)
    return "imported"


def check_round_trip(ctx: ServiceContext, folder: Path) -> None:
    """Export → import → export: nothing changes and the same bytes come out, in both formats."""
    for suffix in (".json", ".xlsx"):
        first, second = folder / f"first{suffix}", folder / f"second{suffix}"
        catalogue.export_catalogue(ctx, first)
        before = fingerprint(ctx)
        again = catalogue.import_catalogue(ctx, first)
        assert not again.changed and again.errors == (), suffix
        assert fingerprint(ctx) == before, suffix
        catalogue.export_catalogue(ctx, second)
        assert first.read_bytes() == second.read_bytes(), suffix


# --- stores: one prepared catalogue, copied for each example ---------------------------------------


@pytest.fixture(scope="module")
def sqlite_base(tmp_path_factory) -> Iterator[tuple[Path, object]]:
    folder = tmp_path_factory.mktemp("catalogue-fuzz")
    ctx = make_site_ctx(f"sqlite:///{folder / 'base.sqlite3'}")
    load_small(ctx, folder, matters=4)
    actor = ctx.actor
    ctx.store.dispose()
    yield folder / "base.sqlite3", actor


@pytest.fixture(scope="module")
def sqlite_store(sqlite_base, tmp_path_factory):
    """A function giving a fresh copy of the prepared store and a folder for the example's files."""
    base, actor = sqlite_base
    root = tmp_path_factory.mktemp("catalogue-fuzz-runs")
    opened: list[ServiceContext] = []

    def fresh() -> tuple[ServiceContext, Path]:
        folder = root / uuid.uuid4().hex[:8]
        folder.mkdir()
        shutil.copyfile(base, folder / "site.sqlite3")
        ctx = open_context(
            f"sqlite:///{folder / 'site.sqlite3'}", actor=actor, migrate=False, time=TestClock()
        )
        opened.append(ctx)
        return ctx, folder

    yield fresh
    for ctx in opened:
        ctx.store.dispose()


def _run(fresh, suffix: str, data: bytes) -> None:
    ctx, folder = fresh()
    try:
        event(check_import(ctx, folder, suffix, data))
    finally:
        ctx.store.dispose()


@given(data=json_file())
@SETTINGS
def test_hostile_json_is_refused_unchanged_or_round_trips(sqlite_store, data):
    _run(sqlite_store, ".json", data)


@given(data=xlsx_file())
@SETTINGS
def test_hostile_xlsx_is_refused_unchanged_or_round_trips(sqlite_store, data):
    _run(sqlite_store, ".xlsx", data)


# --- PostgreSQL: a database per example, made from a prepared template -----------------------------


@pytest.fixture(scope="module")
def pg_store(tmp_path_factory):
    template = f"wdfuzz_{uuid.uuid4().hex[:12]}"
    ctx = make_site_ctx(createdb(template))
    folder = tmp_path_factory.mktemp("catalogue-fuzz-pg")
    load_small(ctx, folder, matters=4)
    actor = ctx.actor
    ctx.store.dispose()
    admin = create_engine(pg_admin_url(), isolation_level="AUTOCOMMIT")
    made: list[str] = []

    def fresh() -> tuple[ServiceContext, Path]:
        name = f"{template}_{len(made)}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
        made.append(name)
        url = make_url(pg_admin_url()).set(database=name).render_as_string(hide_password=False)
        run = folder / name
        run.mkdir()
        return open_context(url, actor=actor, migrate=False, time=TestClock()), run

    yield fresh
    admin.dispose()
    for name in [*made, template]:
        dropdb(name)


@given(data=st.one_of(json_file().map(lambda d: (".json", d)), xlsx_file().map(lambda d: (".xlsx", d))))
@settings(SETTINGS, max_examples=20)
def test_hostile_files_on_postgresql(pg_store, data):
    _run(pg_store, *data)
