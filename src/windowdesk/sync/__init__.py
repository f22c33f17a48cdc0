"""Push and pull between a site store and the central PostgreSQL store (DESIGN.md "Sync")."""
