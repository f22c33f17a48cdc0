"""Push and pull between a site store and the central PostgreSQL store (DESIGN.md "Sync").

How it fits together
--------------------
- ``tables``: which tables travel, read from the models. A table takes part by being ``Synced``;
  ``__sync__`` says how central applies it (``"upsert"`` newer version wins, ``"insert"`` history),
  ``__owner__`` who may write it: ``"site"`` (rows carry ``site_id``; a site may push only rows of
  its own site; a row with no ``site_id`` is central's) or ``"central"`` (catalogue, calendar,
  the site register: pulled by every site, never pushed — a site's change to one is rejected,
  visibly). A site-owned child row without ``site_id`` (a ticket's history) belongs to the site
  of its parent row: ``__site_via__ = "ticket_id"`` names the foreign key (inferred when there is
  exactly such a key). Without a declaration, a table with a ``site_id`` column (or such a
  parent) is the site's, else central's; central tables should say ``__owner__ = "central"``.
- ``central_schema``: the central store's extra schema, numbered ``.sql`` files applied in order
  (each once, in its own transaction, recorded in ``wd_sync.schema_migration``) by
  ``windowdesk central init`` after the ordinary Alembic migrations; it exists only on central.
  A schema change is a new file, never an edit of a shipped one. Site roles have no table
  privileges: they call SECURITY DEFINER functions that take the site from ``session_user``.
- ``link``: the client's psycopg connection to central as the site's own role, always TLS with
  the server verified (``tls``: verify-full against the CA given at ``sync setup --ca``).
- ``push``: outbox batches tagged (device, first_seq, last_seq), applied by central only when they
  follow its mark and their shape is sound (JSON types, at most 10,000 ops, 32 MB, 1 MB an op);
  central records every batch it refuses as a whole (malformed, replayed, out of order) in
  ``wd_sync.refused_batch`` and every op it refuses in ``wd_sync.reject``; acknowledgement, and reconciling with central's mark (lost acks, restored or
  re-installed clients, a central store restored from backup).
- ``pull``: pages of central's change log below the oldest running transaction, each page and the
  cursor in one local transaction.
- ``local``: the ``sync.*`` facts in ``local_state``, rejects, conflicts, counters, outbox pruning.
- ``adopt``: a store set up for sync takes central's site record (re-keying its own if needed).
- ``runner``: one run (push, pull, prune) and its outcome for the status bar.

Running central
---------------
- ``windowdesk central init --db URL`` as the database owner (it revokes TEMPORARY from PUBLIC on
  that database, so a site role cannot plant a temporary table for the SECURITY DEFINER
  functions). Give that owner ``pg_read_all_stats`` so a pull can tell that a transaction running
  in *another* database of the cluster cannot hold rows of this one; without it such
  transactions hold pulls back until they end (never unsafe, only later).
- ``windowdesk central add-site --db URL CODE NAME`` makes the site and its login role
  (``wd_<database>_<code>``) and prints the password once and the ``sync setup`` command.
- After a new version adds tables, run ``central init`` again: it registers them and adds the
  change-log triggers.

Known limits
------------
- A client restored from a backup learns that it is behind at its first contact with central (then
  its number counters rise to what central saw). Case numbers taken *before* that first contact
  may repeat ones taken after the backup; central's ``UNIQUE(case_no)`` rejects them visibly.
  After restoring a backup, sync once before taking cases.
- Device numbers must be unique within a site: two PCs with separate stores and the same number
  are taken for a restored client.
- Acknowledged outbox ops are kept ``sync.outbox_keep_days`` (30); a central store restored from
  a backup older than that is told which ops this client can no longer send.
"""
