"""Browsing the service catalogue: departments, matters, a matter's published versions, and search.

Editing lives in :mod:`catalogue_edit`, files in :mod:`catalogue_io` / :mod:`catalogue_xlsx`.
For the intake feature: :func:`matter_version` returns the frozen materials list of a version, by
version id (what a case stores) or by matter code (the version in force now).
"""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from windowdesk.domain.catalogue import MaterialSpec, MatterSpec
from windowdesk.domain.catalogue_search import SearchEntry, SearchIndex
from windowdesk.errors import NotFound
from windowdesk.services.catalogue.rows import matter_from_snapshot
from windowdesk.services.context import ServiceContext
from windowdesk.store import generations
from windowdesk.store.models import Department, Material, Matter, MatterVersion


@dataclass(frozen=True)
class DepartmentInfo:
    id: uuid.UUID
    code: str
    name: str
    phone: str
    address: str
    matter_count: int = 0


@dataclass(frozen=True)
class MatterSummary:
    code: str
    name: str
    short_name: str
    department_code: str
    department_name: str
    kind: str
    handling: str
    queue_category: str
    active: bool
    current_version: int


@dataclass(frozen=True)
class MaterialItem:
    """A material of one published version; ``id`` is what a case's checklist refers to."""

    id: uuid.UUID
    position: int
    spec: MaterialSpec


@dataclass(frozen=True)
class MatterVersionInfo:
    """A matter exactly as published in one version: never changes once published."""

    version_id: uuid.UUID
    matter_id: uuid.UUID
    number: int
    published_at: dt.datetime
    published_by: str
    matter: MatterSpec
    department_name: str
    materials: tuple[MaterialItem, ...]
    is_current: bool


def department_info(dept: Department, matter_count: int = 0) -> DepartmentInfo:
    return DepartmentInfo(dept.id, dept.code, dept.name, dept.phone, dept.address, matter_count)


def material_spec(row: Material) -> MaterialSpec:
    return MaterialSpec(
        name=row.name,
        requirement=row.requirement,
        condition=row.condition,
        form=row.form,
        count=row.count,
        format_notes=row.format_notes,
        source=row.source,
        template_ref=row.template_ref,
        reusable=row.reusable,
        validity_days=row.validity_days,
    )


def matter_spec(matter: Matter, department_code: str, materials: tuple[MaterialSpec, ...]) -> MatterSpec:
    """The current matter row as a value."""
    return MatterSpec(
        code=matter.code,
        name=matter.name,
        department=department_code,
        kind=matter.kind,
        handling=matter.handling,
        short_name=matter.short_name,
        legal_basis=matter.legal_basis,
        conditions=matter.conditions,
        statutory_limit_days=matter.statutory_limit_days,
        promised_limit_days=matter.promised_limit_days,
        fee=Decimal(matter.fee_cents) / 100,
        fee_basis=matter.fee_basis,
        delivery_modes=tuple(matter.delivery_modes),
        queue_category=matter.queue_category,
        window=matter.window,
        notes=matter.notes,
        active=matter.active,
        materials=materials,
        extension_days=matter.extension_days,
        silence_consent=matter.silence_consent,
    )


def _summary(matter: Matter, dept: Department) -> MatterSummary:
    return MatterSummary(
        matter.code,
        matter.name,
        matter.short_name,
        dept.code,
        dept.name,
        matter.kind,
        matter.handling,
        matter.queue_category,
        matter.active,
        matter.current_version,
    )


def list_departments(ctx: ServiceContext) -> list[DepartmentInfo]:
    with ctx.reading() as session:
        counts = dict(
            session.execute(select(Matter.department_id, func.count()).group_by(Matter.department_id)).all()
        )
        rows = session.scalars(select(Department).order_by(Department.code))
        return [department_info(d, counts.get(d.id, 0)) for d in rows]


def list_matters(
    ctx: ServiceContext, department_code: str | None = None, *, include_inactive: bool = False
) -> list[MatterSummary]:
    """Matters sorted by code, of one department or all."""
    with ctx.reading() as session:
        query = select(Matter, Department).join(Department, Matter.department_id == Department.id)
        if department_code is not None:
            query = query.where(Department.code == department_code)
        if not include_inactive:
            query = query.where(Matter.active.is_(True))
        return [_summary(m, d) for m, d in session.execute(query.order_by(Matter.code))]


def search_index(ctx: ServiceContext, *, include_inactive: bool = False) -> SearchIndex:
    """The in-memory index of the catalogue (keys: the matter summaries), built once per version of
    the catalogue and shared by every search box; see :func:`catalogue_view`."""
    return catalogue_view(ctx, include_inactive=include_inactive).index


def search_matters(ctx: ServiceContext, text: str, limit: int | None = 50) -> list[MatterSummary]:
    """Active matters matching what was typed, best first (see domain.catalogue_search). Each call
    reads one row to learn whether the catalogue changed and then searches the kept index."""
    return [hit.entry.key for hit in search_index(ctx).search(text, limit)]  # type: ignore[misc]


def _version_info(session: Session, version: MatterVersion, matter: Matter) -> MatterVersionInfo:
    rows = session.scalars(
        select(Material).where(Material.version_id == version.id).order_by(Material.position)
    ).all()
    items = tuple(MaterialItem(r.id, r.position, material_spec(r)) for r in rows)
    snapshot = dict(version.snapshot)
    department_name = snapshot.pop("department_name", "")
    spec = matter_from_snapshot(snapshot, tuple(i.spec for i in items))
    return MatterVersionInfo(
        version.id,
        matter.id,
        version.number,
        version.published_at,
        version.published_by,
        spec,
        department_name,
        items,
        version.number == matter.current_version,
    )


def matter_version(ctx: ServiceContext, ref: str | uuid.UUID) -> MatterVersionInfo:
    """A published version by its id (as a case keeps it), or the current version of a matter code."""
    version_id = ref if isinstance(ref, uuid.UUID) else _as_uuid(ref)
    with ctx.reading() as session:
        if version_id is not None:
            version = session.get(MatterVersion, version_id)
            if version is None:
                raise NotFound("No matter version {ref}", ref=ref)
            matter = session.get(Matter, version.matter_id)
        else:
            code = str(ref).strip().upper()
            matter = session.scalars(select(Matter).where(Matter.code == code)).one_or_none()
            if matter is None:
                raise NotFound("No matter with code {code}", code=code)
            version = session.scalars(
                select(MatterVersion).where(
                    MatterVersion.matter_id == matter.id, MatterVersion.number == matter.current_version
                )
            ).one()
        assert matter is not None
        return _version_info(session, version, matter)


def matter_versions(ctx: ServiceContext, code: str) -> list[MatterVersionInfo]:
    """Every published version of a matter, oldest first."""
    with ctx.reading() as session:
        matter = session.scalars(select(Matter).where(Matter.code == code.strip().upper())).one_or_none()
        if matter is None:
            raise NotFound("No matter with code {code}", code=code)
        versions = session.scalars(
            select(MatterVersion).where(MatterVersion.matter_id == matter.id).order_by(MatterVersion.number)
        ).all()
        return [_version_info(session, v, matter) for v in versions]


def _as_uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(text))
    except ValueError:
        return None


@dataclass(frozen=True)
class CatalogueView:
    """Everything a catalogue browser shows at first, loaded in one background call."""

    departments: tuple[DepartmentInfo, ...]
    matters: tuple[MatterSummary, ...]
    index: SearchIndex  # answers each keystroke in memory


def catalogue_view(ctx: ServiceContext, *, include_inactive: bool = False) -> CatalogueView:
    """The catalogue and its search index as the store holds it now.

    Kept on the store per version of the catalogue tables (``store.generations``: any edit, import
    or pulled change moves it, on any client), so the pinyin of thousands of names is computed once
    per version, not per search box or keystroke; the active-only view is a subset of the full one.
    """
    views = generations.memo(ctx.store, "catalogue", "catalogue.views", lambda: _CatalogueViews(ctx))
    return views.full if include_inactive else views.active


class _CatalogueViews:
    """Both views of one catalogue version: every matter, and the active ones (made on first use)."""

    def __init__(self, ctx: ServiceContext) -> None:
        matters = list_matters(ctx, include_inactive=True)
        index = SearchIndex(
            SearchEntry(m.code, m.name, m.department_name, m.short_name, key=m) for m in matters
        )
        self.full = CatalogueView(tuple(list_departments(ctx)), tuple(matters), index)

    @functools.cached_property
    def active(self) -> CatalogueView:
        return CatalogueView(
            self.full.departments,
            tuple(m for m in self.full.matters if m.active),
            self.full.index.subset(lambda entry: entry.key.active),  # type: ignore[attr-defined]
        )
