"""windowdesk: the counter desk of a government service hall."""

__version__ = "0.1.0"
