"""The counter face: the clerk's window (queue panel and intake)."""
