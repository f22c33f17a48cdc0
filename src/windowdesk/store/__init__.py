"""Persistence: SQLAlchemy models, the engine factory, the unit of work and Alembic migrations."""
