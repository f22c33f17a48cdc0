"""The catalogue of service matters: browsing and search, editing (each save publishes a version),
the 办事指南 PDF, and catalogue files (JSON/XLSX import and export; the file format is described in
``catalogue_schema.md`` beside this module).

Public API of the catalogue capability; the modules inside are private to it.
"""

from windowdesk.services.catalogue.browse import (
    CatalogueView,
    DepartmentInfo,
    MaterialItem,
    MatterSummary,
    MatterVersionInfo,
    catalogue_view,
    list_departments,
    list_matters,
    matter_version,
    matter_versions,
    search_index,
    search_matters,
)
from windowdesk.services.catalogue.edit import InvalidEntry, PublishOutcome, save_department, save_matter
from windowdesk.services.catalogue.guide import matter_guide_pdf
from windowdesk.services.catalogue.import_export import (
    FORMAT_NAME,
    FORMAT_VERSION,
    MAX_FILE_BYTES,
    SUFFIXES,
    CatalogueFileError,
    ImportReport,
    catalogue_document,
    export_catalogue,
    export_template,
    import_catalogue,
    parse_document,
    read_catalogue_file,
)
from windowdesk.services.catalogue.rows import RowError

__all__ = [
    # browsing and search
    "CatalogueView",
    "DepartmentInfo",
    "MaterialItem",
    "MatterSummary",
    "MatterVersionInfo",
    "catalogue_view",
    "list_departments",
    "list_matters",
    "matter_version",
    "matter_versions",
    "search_index",
    "search_matters",
    # editing
    "InvalidEntry",
    "PublishOutcome",
    "save_department",
    "save_matter",
    # the service guide
    "matter_guide_pdf",
    # catalogue files
    "FORMAT_NAME",
    "FORMAT_VERSION",
    "MAX_FILE_BYTES",
    "SUFFIXES",
    "CatalogueFileError",
    "ImportReport",
    "RowError",
    "catalogue_document",
    "export_catalogue",
    "export_template",
    "import_catalogue",
    "parse_document",
    "read_catalogue_file",
]
