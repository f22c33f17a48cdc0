"""Use cases: the only API that the UI and the CLI call. One module per capability.

Services take a :class:`~windowdesk.services.context.ServiceContext`, return plain frozen
dataclasses and raise :class:`~windowdesk.errors.UserError` for anything a user can fix.
"""
