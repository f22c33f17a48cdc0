"""Intake at the counter: the checklist panel, case lookup, document preview and printing."""
