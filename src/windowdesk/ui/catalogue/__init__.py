"""The service catalogue faces: a browser for the counter and an editor for supervisors."""
