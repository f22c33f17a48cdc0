"""Shared helpers for catalogue tests: the demo document, small catalogues, and a store fingerprint."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from windowdesk.resources import resource_path
from windowdesk.services import catalogue
from windowdesk.store.models import AuditEntry, Department, Material, Matter, MatterVersion, OutboxOp


def demo_document() -> dict[str, Any]:
    return json.loads(resource_path("demo", "catalogue.json").read_text("utf-8"))


def small_document(matters: int = 6) -> dict[str, Any]:
    """The demo departments and the first few demo matters."""
    document = copy.deepcopy(demo_document())
    document["matters"] = document["matters"][:matters]
    return document


def write_json(path: Path, document: Any) -> Path:
    path.write_text(json.dumps(document, ensure_ascii=False, indent=2), "utf-8")
    return path


def load_small(ctx, tmp_path: Path, matters: int = 6) -> dict[str, Any]:
    document = small_document(matters)
    catalogue.import_catalogue(ctx, write_json(tmp_path / "base.json", document))
    return document


def fingerprint(ctx) -> tuple:
    """Row counts of every catalogue table and the journal, plus the exported catalogue."""
    with ctx.reading() as session:
        counts = tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (Department, Matter, MatterVersion, Material, AuditEntry, OutboxOp)
        )
    return counts, json.dumps(catalogue.catalogue_document(ctx), ensure_ascii=False, sort_keys=True)
