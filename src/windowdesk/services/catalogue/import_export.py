"""Catalogue files: import (all or nothing, or ``skip_invalid``) and export, JSON and XLSX.

JSON is the canonical format; its schema is described in ``catalogue_schema.md`` next to this
module. XLSX (see :mod:`catalogue_xlsx`) carries the same fields on three sheets for departments
to fill in. A bad file never raises anything but :class:`UserError` and never changes the store:
the whole import is one transaction, checked in full before anything is written.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from windowdesk.domain.catalogue import DepartmentSpec
from windowdesk.errors import UserError
from windowdesk.files import write_file_atomically
from windowdesk.messages import N_
from windowdesk.services.catalogue import xlsx_reader, xlsx_writer
from windowdesk.services.catalogue.browse import list_departments
from windowdesk.services.catalogue.edit import apply_department, current_specs, publish_matter
from windowdesk.services.catalogue.rows import (
    ParsedCatalogue,
    Row,
    RowError,
    department_to_dict,
    matter_to_dict,
    parse_department,
    parse_json_matter,
)
from windowdesk.services.context import ServiceContext, writes
from windowdesk.store.models import Department

FORMAT_NAME = "windowdesk-catalogue"
FORMAT_VERSION = 1
#: Far above any real catalogue (the demo's 40 matters are ≈60 kB); stops a wrong file early.
MAX_FILE_BYTES = 50 * 1024 * 1024
SUFFIXES = (".json", ".xlsx")


class CatalogueFileError(UserError):
    """The file has bad rows; ``errors`` lists each (sheet, row, column, reason). Nothing was imported."""

    def __init__(self, path: Path, errors: list[RowError]) -> None:
        self.errors = tuple(errors)
        super().__init__(
            "{name} has {count} errors; nothing was imported (--skip-invalid imports the good rows)",
            name=path.name,
            count=len(errors),
        )


@dataclass(frozen=True)
class ImportReport:
    departments_added: int = 0
    departments_updated: int = 0
    matters_added: int = 0
    matters_updated: int = 0
    matters_unchanged: int = 0
    #: Rows left out by ``skip_invalid``, with every reason.
    errors: tuple[RowError, ...] = ()
    skipped_rows: int = 0

    @property
    def changed(self) -> bool:
        return bool(
            self.departments_added + self.departments_updated + self.matters_added + self.matters_updated
        )


def _suffix(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UserError(
            "Unsupported file type '{suffix}': use .json or .xlsx",
            suffix=path.suffix or path.name,
        )
    return suffix


def read_catalogue_file(path: Path) -> ParsedCatalogue:
    """Every good value and every row error of a file (checks against the store come later)."""
    suffix = _suffix(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise UserError(
            "Cannot read {path}: {reason}", path=path, reason=exc.strerror
        ) from exc
    if size > MAX_FILE_BYTES:
        raise UserError(
            "{name} is too large ({mb} MB) to be a catalogue",
            name=path.name,
            mb=size // (1024 * 1024),
        )
    if size == 0:
        raise UserError("{name} is empty", name=path.name)
    parsed = xlsx_reader.read_workbook(path) if suffix == ".xlsx" else _read_json(path)
    parsed.drop_duplicates()
    return parsed


def _read_json(path: Path) -> ParsedCatalogue:
    try:
        text = path.read_bytes().decode("utf-8-sig")
        document = json.loads(text)
    except UnicodeDecodeError as exc:
        raise UserError(
            "{name} is not a UTF-8 JSON file (byte {pos} cannot be decoded)",
            name=path.name,
            pos=exc.start,
        ) from exc
    except json.JSONDecodeError as exc:
        raise UserError(
            "{name} is not valid JSON (line {line}, column {col}: {msg}); the file may be truncated",
            name=path.name,
            line=exc.lineno,
            col=exc.colno,
            msg=exc.msg,
        ) from exc
    except (OSError, RecursionError) as exc:
        raise UserError("Cannot read {name}", name=path.name) from exc
    return parse_document(document, path.name)


def parse_document(document: Any, name: str = "catalogue") -> ParsedCatalogue:
    """The JSON document as read by ``json.loads``: checked shape, then every row."""
    if not isinstance(document, dict):
        raise UserError(
            "{name} is not a catalogue: the top level should be an object with departments and matters",
            name=name,
        )
    fmt, version = document.get("format", FORMAT_NAME), document.get("format_version", FORMAT_VERSION)
    if fmt != FORMAT_NAME or version != FORMAT_VERSION:
        raise UserError(
            "{name} is {fmt} version {version}; this program reads {expected} version {expected_version}",
            name=name,
            fmt=fmt,
            version=version,
            expected=FORMAT_NAME,
            expected_version=FORMAT_VERSION,
        )
    departments, matters = document.get("departments", []), document.get("matters")
    for key, value in (("departments", departments), ("matters", matters)):
        if not isinstance(value, list):
            raise UserError("{name} has no {key} list", name=name, key=key)
    if not departments and not matters:
        raise UserError(
            "{name} holds no departments and no matters", name=name
        )
    parsed = ParsedCatalogue()
    for sheet, items, parse, target in (
        ("departments", departments, parse_department, parsed.departments),
        ("matters", matters, parse_json_matter, parsed.matters),
    ):
        for number, item in enumerate(items, start=1):
            if not isinstance(item, dict):
                parsed.reject([RowError(sheet, number, "", N_("should be an object"))])
                continue
            row = Row(item, sheet, number)
            spec, errors = parse(row)
            if spec is None:
                parsed.reject(errors)
            else:
                target.append((spec, row))
    return parsed


@writes("catalogue.import")
def import_catalogue(ctx: ServiceContext, path: str | Path, *, skip_invalid: bool = False) -> ImportReport:
    """Import a .json or .xlsx catalogue file: new and changed matters publish new versions.

    Any bad row refuses the whole file (:class:`CatalogueFileError`) unless ``skip_invalid``, which
    imports the good rows and reports the others.
    """
    path = Path(path)
    parsed = read_catalogue_file(path)
    with ctx.unit_of_work() as uow:
        session = uow.session
        parsed.check_departments(set(session.scalars(select(Department.code))))
        errors = parsed.sorted_errors()
        if errors and not skip_invalid:
            raise CatalogueFileError(path, errors)
        counts = dict.fromkeys(
            (
                "departments_added",
                "departments_updated",
                "departments_unchanged",
                "matters_added",
                "matters_updated",
                "matters_unchanged",
            ),
            0,
        )
        departments: dict[str, Department] = {d.code: d for d in session.scalars(select(Department))}
        for spec, _ in parsed.departments:
            dept, status = apply_department(session, uow, spec)
            departments[spec.code] = dept
            counts[f"departments_{status}"] += 1
        current = current_specs(session) if parsed.matters else {}
        for spec, _ in parsed.matters:
            outcome = publish_matter(
                uow, spec, departments[spec.department], current.get(spec.code), ctx.clock.now()
            )
            counts[f"matters_{outcome.status}"] += 1
        counts.pop("departments_unchanged")
        report = ImportReport(**counts, errors=tuple(errors), skipped_rows=len(parsed.rejected_rows))
        if report.changed:
            uow.audit(
                "catalogue.import", None, None, file=path.name, skipped_rows=report.skipped_rows, **counts
            )
    return report


# -- export -------------------------------------------------------------------------------------


def catalogue_document(ctx: ServiceContext) -> dict[str, Any]:
    """The whole catalogue in its canonical JSON form, sorted by code, so equal catalogues give equal files."""
    with ctx.reading() as session:
        specs = current_specs(session)
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "departments": [
            department_to_dict(DepartmentSpec(d.code, d.name, d.phone, d.address))
            for d in list_departments(ctx)
        ],
        "matters": [matter_to_dict(specs[code]) for code in sorted(specs)],
    }


def export_catalogue(ctx: ServiceContext, path: str | Path) -> int:
    """Write the catalogue to a .json or .xlsx file (chosen by suffix); return the number of matters."""
    path = Path(path)
    suffix = _suffix(path)
    document = catalogue_document(ctx)
    if suffix == ".json":
        data = (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    else:
        data = xlsx_writer.workbook_bytes(document)
    write_file_atomically(path, data)
    return len(document["matters"])


def export_template(path: str | Path) -> None:
    """Write the empty XLSX template a department fills in."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise UserError("The template is an .xlsx file")
    write_file_atomically(path, xlsx_writer.template_bytes())
