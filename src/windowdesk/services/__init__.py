"""Use cases: the only API that the UI and the CLI call. One package per capability.

Each capability's ``__init__`` is its public API (what the UI, the CLI and other capabilities may
call); the modules inside a package are private to it:

- :mod:`~windowdesk.services.site`: the site, its windows and users, the working-day calendar
- :mod:`~windowdesk.services.calendar`: changing the calendar (and so the open cases' due dates)
- :mod:`~windowdesk.services.catalogue`: the catalogue of matters, its editing and files
- :mod:`~windowdesk.services.queue`: tickets, calling, the counter's moves, status
- :mod:`~windowdesk.services.cases`: intake, one-time notices, reading cases, their documents
- :mod:`~windowdesk.services.visit`: finishing a visit (the ticket and its case)
- :mod:`~windowdesk.services.sync`: a site's sync and the central store's administration
- :mod:`~windowdesk.services.demo`: demo data

Shared by all: :mod:`~windowdesk.services.context` (the store and the actor; ``@writes``),
:mod:`~windowdesk.services.settings` (the one settings registry) and
:mod:`~windowdesk.services.clock` (now, and the hall's today).

Services take a :class:`~windowdesk.services.context.ServiceContext`, return plain frozen
dataclasses and raise :class:`~windowdesk.errors.UserError` for anything a user can fix.
"""
