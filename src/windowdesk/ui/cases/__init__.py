"""Shared widgets of a case's life after the counter: the clock timeline and the stage labels."""
