-- Schema 1: the sync schema of the central store (DESIGN.md "Sync"; sync/__init__.py explains it).
-- The bookkeeping schema wd_sync and its schema_migration table exist already (the runner in
-- __init__.py makes them). Site roles get EXECUTE on the functions by grant, never through PUBLIC.

CREATE TABLE wd_sync.meta (key text PRIMARY KEY, value text NOT NULL);

-- Which tables travel, who owns them, how they are applied; rank = parents first.
CREATE TABLE wd_sync.synced_table (
  name text PRIMARY KEY,
  owner text NOT NULL CHECK (owner IN ('site', 'central')),
  mode text NOT NULL CHECK (mode IN ('upsert', 'insert')),
  rank int NOT NULL,
  columns text[] NOT NULL,
  -- A site-owned table without site_id belongs to the site of its parent row (via_column ->
  -- via_table.id, which has site_id).
  via_column text,
  via_table text
);

CREATE TABLE wd_sync.site_role (
  role_name text PRIMARY KEY,
  site_id uuid NOT NULL UNIQUE
);

-- One push stream per site device: its high-water mark and the op id at the mark (so a client
-- restored from an old backup notices that central has ops it does not), and the highest value
-- of each number counter it ever reported (seeded back into a restored or re-installed client).
CREATE TABLE wd_sync.stream (
  site_id uuid NOT NULL,
  device_no int NOT NULL,
  mark bigint NOT NULL DEFAULT 0,
  mark_op_id uuid,
  counters jsonb NOT NULL DEFAULT '{}'::jsonb,
  registered_at timestamptz NOT NULL DEFAULT now(),
  last_push_at timestamptz,
  PRIMARY KEY (site_id, device_no)
);

CREATE TABLE wd_sync.batch (
  site_id uuid NOT NULL,
  device_no int NOT NULL,
  first_seq bigint NOT NULL,
  last_seq bigint NOT NULL,
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  applied_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (site_id, device_no, first_seq)
);

-- The change log pulled by clients. xid = the writing transaction; a reader takes only rows
-- below the oldest running transaction, ordered by (xid, id), so a late commit is never skipped.
CREATE TABLE wd_sync.change (
  xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  id bigserial NOT NULL,
  entity text NOT NULL,
  entity_id uuid NOT NULL,
  op text NOT NULL,
  version int NOT NULL,
  site_id uuid,
  origin_device int,
  seq bigint,
  op_id uuid UNIQUE,
  payload jsonb,
  PRIMARY KEY (xid, id)
);
CREATE INDEX change_stream ON wd_sync.change (site_id, origin_device, seq);

CREATE TABLE wd_sync.reject (
  id bigserial PRIMARY KEY,
  site_id uuid NOT NULL,
  device_no int NOT NULL,
  seq bigint NOT NULL,
  op_id uuid NOT NULL UNIQUE,
  entity text NOT NULL,
  entity_id text NOT NULL,
  op text NOT NULL,
  version int NOT NULL,
  payload jsonb,
  reason text NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reject_stream ON wd_sync.reject (site_id, device_no, seq);

CREATE TABLE wd_sync.conflict (
  id bigserial PRIMARY KEY,
  site_id uuid NOT NULL,
  device_no int NOT NULL,
  seq bigint NOT NULL,
  op_id uuid NOT NULL UNIQUE,
  entity text NOT NULL,
  entity_id uuid NOT NULL,
  base_version int NOT NULL,
  site_version int NOT NULL,
  central_version int NOT NULL,
  site_payload jsonb NOT NULL,
  central_payload jsonb NOT NULL,
  applied boolean NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX conflict_stream ON wd_sync.conflict (site_id, device_no, seq);

CREATE FUNCTION wd_sync.caller_site() RETURNS uuid
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE v_site uuid;
BEGIN
  SELECT site_id INTO v_site FROM wd_sync.site_role WHERE role_name = session_user;
  IF v_site IS NULL THEN
    RAISE EXCEPTION 'role % is not a site of this central store', session_user
      USING ERRCODE = '42501';
  END IF;
  RETURN v_site;
END $$;

-- Central's own writes (an administrator editing the calendar on central) reach the change log
-- through this trigger; pushed rows are logged by push() itself, which switches the trigger off.
CREATE FUNCTION wd_sync.log_local_change() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE v_row jsonb; v_site uuid;
BEGIN
  IF current_setting('wd_sync.applying', true) = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'DELETE' THEN
    v_row := to_jsonb(OLD);
    v_site := (v_row->>'site_id')::uuid;
    IF TG_NARGS > 1 THEN
      EXECUTE format('SELECT site_id FROM public.%I WHERE id = $1', TG_ARGV[2])
        INTO v_site USING (v_row->>TG_ARGV[1])::uuid;
    END IF;
    INSERT INTO wd_sync.change (entity, entity_id, op, version, site_id, payload)
    VALUES (TG_TABLE_NAME, (v_row->>'id')::uuid, 'delete', (v_row->>'version')::int,
            v_site, NULL);
  ELSE
    v_row := to_jsonb(NEW);
    v_site := (v_row->>'site_id')::uuid;
    IF TG_NARGS > 1 THEN  -- owned through a parent row
      EXECUTE format('SELECT site_id FROM public.%I WHERE id = $1', TG_ARGV[2])
        INTO v_site USING (v_row->>TG_ARGV[1])::uuid;
    END IF;
    INSERT INTO wd_sync.change (entity, entity_id, op, version, site_id, payload)
    VALUES (TG_TABLE_NAME, (v_row->>'id')::uuid, TG_ARGV[0], (v_row->>'version')::int,
            v_site, v_row);
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION wd_sync.stream_state(p_device int) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE v_site uuid := wd_sync.caller_site(); v_row wd_sync.stream;
BEGIN
  INSERT INTO wd_sync.stream (site_id, device_no) VALUES (v_site, p_device)
  ON CONFLICT DO NOTHING;
  SELECT * INTO v_row FROM wd_sync.stream WHERE site_id = v_site AND device_no = p_device;
  RETURN jsonb_build_object(
    'site', (SELECT to_jsonb(s) FROM public.site s WHERE s.id = v_site),
    'mark', v_row.mark, 'mark_op_id', v_row.mark_op_id, 'counters', v_row.counters,
    'schema', (SELECT value FROM wd_sync.meta WHERE key = 'schema_version'));
END $$;

-- The op ids central holds for this stream between two sequence numbers, by seq.
CREATE FUNCTION wd_sync.stream_ops(p_device int, p_after bigint, p_upto bigint)
RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE v_site uuid := wd_sync.caller_site();
BEGIN
  RETURN COALESCE((
    SELECT jsonb_object_agg(seq::text, op_id) FROM (
      SELECT seq, op_id FROM wd_sync.change
       WHERE site_id = v_site AND origin_device = p_device AND seq > p_after AND seq <= p_upto
      UNION ALL
      SELECT seq, op_id FROM wd_sync.reject
       WHERE site_id = v_site AND device_no = p_device AND seq > p_after AND seq <= p_upto
      UNION ALL
      SELECT seq, op_id FROM wd_sync.conflict
       WHERE site_id = v_site AND device_no = p_device AND seq > p_after AND seq <= p_upto
         AND NOT applied) o), '{}'::jsonb);
END $$;

-- What became of this stream's ops after a sequence number: rejects and conflicts.
CREATE FUNCTION wd_sync.outcomes(p_device int, p_after bigint, p_upto bigint)
RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE v_site uuid := wd_sync.caller_site();
BEGIN
  RETURN jsonb_build_object(
    'rejects', COALESCE((SELECT jsonb_agg(jsonb_build_object(
        'seq', seq, 'op_id', op_id, 'entity', entity, 'entity_id', entity_id, 'op', op,
        'version', version, 'payload', payload, 'reason', reason) ORDER BY seq)
      FROM wd_sync.reject WHERE site_id = v_site AND device_no = p_device
       AND seq > p_after AND seq <= p_upto), '[]'::jsonb),
    'conflicts', COALESCE((SELECT jsonb_agg(jsonb_build_object(
        'seq', seq, 'op_id', op_id, 'entity', entity, 'entity_id', entity_id,
        'base_version', base_version, 'site_version', site_version,
        'central_version', central_version, 'site_payload', site_payload,
        'central_payload', central_payload, 'applied', applied) ORDER BY seq)
      FROM wd_sync.conflict WHERE site_id = v_site AND device_no = p_device
       AND seq > p_after AND seq <= p_upto), '[]'::jsonb));
END $$;

-- Apply one batch of a device's outbox: only when it follows the mark, all in this transaction.
CREATE FUNCTION wd_sync.push(
  p_device int, p_first bigint, p_last bigint, p_ops jsonb, p_counters jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_site uuid := wd_sync.caller_site();
  v_mark bigint;
  v_n bigint;
  v_tab record;
  v_op record;
  v_sets text;
  v_conflict text;
BEGIN
  SELECT mark INTO v_mark FROM wd_sync.stream
   WHERE site_id = v_site AND device_no = p_device FOR UPDATE;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'device % of this site is not registered', p_device USING ERRCODE = '42501';
  END IF;
  IF p_first <= v_mark THEN
    RETURN jsonb_build_object('status', 'duplicate', 'mark', v_mark);
  ELSIF p_first > v_mark + 1 THEN
    RETURN jsonb_build_object('status', 'gap', 'mark', v_mark);
  END IF;

  PERFORM set_config('wd_sync.applying', 'on', true);
  DROP TABLE IF EXISTS pg_temp.wd_ops;
  CREATE TEMP TABLE wd_ops (
    seq bigint PRIMARY KEY, op_id uuid, entity text, entity_id text, op text,
    base_version int, version int, payload jsonb, site_id uuid, rank int, mode text,
    first_base int, is_last boolean, verdict text, conflict_with jsonb, conflict_applied boolean
  ) ON COMMIT DROP;
  INSERT INTO wd_ops (seq, op_id, entity, entity_id, op, base_version, version, payload, site_id)
  SELECT o.seq, o.op_id, o.entity, o.entity_id, o.op, o.base_version, o.version, o.payload,
         CASE WHEN o.payload ? 'site_id' THEN (o.payload->>'site_id')::uuid END
    FROM jsonb_to_recordset(p_ops) AS o(seq bigint, op_id uuid, entity text, entity_id text,
         op text, base_version int, version int, payload jsonb);
  SELECT count(*) INTO v_n FROM wd_ops WHERE seq BETWEEN p_first AND p_last;
  IF v_n <> p_last - p_first + 1 OR v_n <> (SELECT count(*) FROM wd_ops) THEN
    RAISE EXCEPTION 'batch %..% is not a contiguous run of ops', p_first, p_last;
  END IF;

  -- Ownership rules that need no table lookup.
  UPDATE wd_ops o SET rank = t.rank, mode = t.mode,
    verdict = CASE
      WHEN t.owner = 'central' THEN 'table ' || o.entity || ' belongs to central'
      WHEN o.op NOT IN ('upsert', 'insert', 'delete') THEN 'unknown op ' || o.op
      WHEN o.op = 'delete' AND t.mode = 'insert' THEN 'table ' || o.entity || ' is insert-only'
      WHEN o.op <> 'delete' AND (o.payload->>'id') IS DISTINCT FROM o.entity_id
        THEN 'payload id differs from the op''s id'
      WHEN o.op <> 'delete' AND o.site_id IS NULL AND t.mode = 'upsert' AND t.via_column IS NULL
        THEN 'a row with no site belongs to central'
      WHEN o.op <> 'delete' AND o.site_id IS NOT NULL AND o.site_id <> v_site
        THEN 'the row belongs to another site'
    END
  FROM wd_sync.synced_table t WHERE t.name = o.entity;
  UPDATE wd_ops SET verdict = 'unknown table ' || entity WHERE rank IS NULL;
  UPDATE wd_ops SET verdict = 'malformed entity id' WHERE verdict IS NULL
    AND entity_id !~ '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
  -- An op central already holds (a store that changed its device number, say) is refused, not
  -- applied twice.
  UPDATE wd_ops o SET verdict = 'this op was already applied (op id seen before)'
    FROM wd_sync.change c WHERE c.op_id = o.op_id AND o.verdict IS NULL;
  -- Per row: the last op decides; the first op's base version is what the site started from.
  UPDATE wd_ops o SET is_last = (o.seq = x.last_seq), first_base = x.first_base
  FROM (SELECT entity, entity_id, max(seq) AS last_seq,
               (array_agg(base_version ORDER BY seq))[1] AS first_base
          FROM wd_ops WHERE verdict IS NULL GROUP BY entity, entity_id) x
  WHERE o.verdict IS NULL AND o.entity = x.entity AND o.entity_id = x.entity_id;

  FOR v_tab IN SELECT DISTINCT o.entity, o.rank, t.mode, t.columns, t.via_column, t.via_table
               FROM wd_ops o
               JOIN wd_sync.synced_table t ON t.name = o.entity
               WHERE o.verdict IS NULL ORDER BY o.rank LOOP
    -- Never touch another site's existing row, whatever the payload says.
    IF v_tab.via_column IS NOT NULL THEN
      -- Owned through its parent (applied already: parents come first): the parent must be
      -- this site's, for the row sent and for the row it would replace.
      EXECUTE format('UPDATE wd_ops o SET verdict = %L WHERE o.entity = %L AND o.verdict IS NULL
          AND o.op <> ''delete'' AND NOT EXISTS (SELECT 1 FROM public.%I p
              WHERE p.id = (o.payload->>%L)::uuid AND p.site_id = %L::uuid)',
        'the parent row belongs to another site or is missing', v_tab.entity, v_tab.via_table,
        v_tab.via_column, v_site);
      EXECUTE format('UPDATE wd_ops o SET verdict = %L FROM public.%I e JOIN public.%I p
          ON p.id = e.%I WHERE o.entity = %L AND o.verdict IS NULL AND e.id = o.entity_id::uuid
          AND p.site_id IS DISTINCT FROM %L::uuid',
        'the existing row belongs to another site', v_tab.entity, v_tab.via_table,
        v_tab.via_column, v_tab.entity, v_site);
    ELSE
    -- (An insert-only row is never overwritten, so there only a row of another site counts.)
    EXECUTE format('UPDATE wd_ops o SET verdict = %L FROM public.%I e
        WHERE o.entity = %L AND o.verdict IS NULL AND e.id = o.entity_id::uuid
          AND e.site_id IS DISTINCT FROM %L::uuid %s',
      'the existing row belongs to another site or to central', v_tab.entity, v_tab.entity, v_site,
      CASE WHEN v_tab.mode = 'insert' THEN 'AND e.site_id IS NOT NULL' ELSE '' END);
    END IF;
    IF v_tab.mode = 'upsert' THEN
      -- A real conflict: central's row moved away from the version this site started from,
      -- and holds something else than what the site sends. Detected by version, not by clock.
      EXECUTE format('UPDATE wd_ops o SET conflict_with = to_jsonb(e),
          conflict_applied = (e.version < o.version),
          verdict = CASE WHEN e.version < o.version THEN NULL ELSE ''conflict'' END
        FROM public.%I e
        WHERE o.entity = %L AND o.verdict IS NULL AND o.is_last AND o.op <> ''delete''
          AND e.id = o.entity_id::uuid AND e.version <> o.first_base
          AND (to_jsonb(e) - ''version'') IS DISTINCT FROM
              (to_jsonb(jsonb_populate_record(NULL::public.%I, o.payload)) - ''version'')',
        v_tab.entity, v_tab.entity, v_tab.entity);
      v_sets := (SELECT string_agg(format('%I = excluded.%I', c, c), ', ')
                   FROM unnest(v_tab.columns) c WHERE c <> 'id');
      v_conflict := format('ON CONFLICT (id) DO UPDATE SET %s WHERE t.version < excluded.version',
                           v_sets);
    ELSE
      v_conflict := 'ON CONFLICT (id) DO NOTHING';
    END IF;
    BEGIN
      EXECUTE format('INSERT INTO public.%I AS t
          SELECT (jsonb_populate_record(NULL::public.%I, o.payload)).* FROM wd_ops o
           WHERE o.entity = %L AND o.verdict IS NULL AND o.is_last AND o.op <> ''delete''
           ORDER BY o.seq %s', v_tab.entity, v_tab.entity, v_tab.entity, v_conflict);
    EXCEPTION WHEN OTHERS THEN
      -- One bad row must not sink the batch: apply row by row, rejecting the ones that fail.
      FOR v_op IN SELECT seq FROM wd_ops WHERE entity = v_tab.entity AND verdict IS NULL
                  AND is_last AND op <> 'delete' ORDER BY seq LOOP
        BEGIN
          EXECUTE format('INSERT INTO public.%I AS t
              SELECT (jsonb_populate_record(NULL::public.%I, o.payload)).* FROM wd_ops o
               WHERE o.seq = %s %s', v_tab.entity, v_tab.entity, v_op.seq, v_conflict);
        EXCEPTION WHEN OTHERS THEN
          UPDATE wd_ops SET verdict = SQLERRM WHERE seq = v_op.seq;
        END;
      END LOOP;
    END;
  END LOOP;
  -- Deletes: children before parents.
  FOR v_tab IN SELECT DISTINCT o.entity, o.rank, t.via_column, t.via_table FROM wd_ops o
               JOIN wd_sync.synced_table t ON t.name = o.entity
               WHERE o.verdict IS NULL AND o.is_last AND o.op = 'delete' ORDER BY o.rank DESC LOOP
    FOR v_op IN SELECT seq, entity_id FROM wd_ops WHERE entity = v_tab.entity AND verdict IS NULL
                AND is_last AND op = 'delete' ORDER BY seq LOOP
      BEGIN
        IF v_tab.via_column IS NULL THEN
          EXECUTE format('DELETE FROM public.%I WHERE id = %L::uuid AND site_id = %L::uuid',
                         v_tab.entity, v_op.entity_id, v_site);
        ELSE
          EXECUTE format('DELETE FROM public.%I c WHERE c.id = %L::uuid AND EXISTS (SELECT 1
              FROM public.%I p WHERE p.id = c.%I AND p.site_id = %L::uuid)', v_tab.entity,
              v_op.entity_id, v_tab.via_table, v_tab.via_column, v_site);
        END IF;
      EXCEPTION WHEN OTHERS THEN
        UPDATE wd_ops SET verdict = SQLERRM WHERE seq = v_op.seq;
      END;
    END LOOP;
  END LOOP;
  -- Earlier ops on a row whose last op failed fail with it.
  UPDATE wd_ops o SET verdict = 'a later change of the same row was refused: ' || l.verdict
    FROM wd_ops l WHERE o.verdict IS NULL AND NOT o.is_last AND l.is_last
     AND l.entity = o.entity AND l.entity_id = o.entity_id AND l.verdict IS NOT NULL
     AND l.verdict <> 'conflict';

  INSERT INTO wd_sync.change (entity, entity_id, op, version, site_id, origin_device, seq, op_id,
                              payload)
  SELECT entity, entity_id::uuid, op, version, v_site, p_device, seq, op_id,
         CASE WHEN op = 'delete' THEN NULL ELSE payload END
    FROM wd_ops WHERE verdict IS NULL ORDER BY seq;
  INSERT INTO wd_sync.conflict (site_id, device_no, seq, op_id, entity, entity_id, base_version,
       site_version, central_version, site_payload, central_payload, applied)
  SELECT v_site, p_device, seq, op_id, entity, entity_id::uuid, first_base, version,
         (conflict_with->>'version')::int, payload, conflict_with, conflict_applied
    FROM wd_ops WHERE conflict_with IS NOT NULL AND (verdict IS NULL OR verdict = 'conflict')
  ON CONFLICT (op_id) DO NOTHING;
  INSERT INTO wd_sync.reject (site_id, device_no, seq, op_id, entity, entity_id, op, version,
                              payload, reason)
  SELECT v_site, p_device, seq, op_id, entity, entity_id, op, version, payload, verdict
    FROM wd_ops WHERE verdict IS NOT NULL AND verdict <> 'conflict'
  ON CONFLICT (op_id) DO NOTHING;

  UPDATE wd_sync.stream s SET mark = p_last, last_push_at = now(),
         mark_op_id = (SELECT op_id FROM wd_ops WHERE seq = p_last),
         counters = (SELECT COALESCE(jsonb_object_agg(k, GREATEST(
                        COALESCE((s.counters->>k)::bigint, 0),
                        COALESCE((p_counters->>k)::bigint, 0))), '{}'::jsonb)
                       FROM (SELECT jsonb_object_keys(s.counters) AS k
                             UNION SELECT jsonb_object_keys(COALESCE(p_counters, '{}'::jsonb))) ks)
   WHERE s.site_id = v_site AND s.device_no = p_device;
  INSERT INTO wd_sync.batch (site_id, device_no, first_seq, last_seq)
  VALUES (v_site, p_device, p_first, p_last);
  PERFORM set_config('wd_sync.applying', 'off', true);
  RETURN jsonb_build_object('status', 'applied', 'mark', p_last,
    'rejected', (SELECT count(*) FROM wd_ops WHERE verdict IS NOT NULL AND verdict <> 'conflict'),
    'conflicts', (SELECT count(*) FROM wd_ops WHERE conflict_with IS NOT NULL
                   AND (verdict IS NULL OR verdict = 'conflict')));
END $$;

-- One page of the change log after a cursor, below the oldest running transaction: only rows
-- this site may read (central's rows and its own site's rows written elsewhere). p_own: also this
-- device's own pushed rows (a re-installed or restored client taking back what it had sent before
-- it lost it).
CREATE FUNCTION wd_sync.pull(p_device int, p_xid text, p_id bigint, p_limit int,
                                        p_own boolean)
RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_site uuid := wd_sync.caller_site();
  v_snap pg_snapshot := pg_current_snapshot();
  v_horizon xid8;
BEGIN
  -- The horizon is the oldest transaction still running at our snapshot: a row it writes may
  -- commit later with a smaller xid than rows we see now. A transaction seen running in another
  -- database cannot write here, so it does not hold pulls back (xids are per cluster); one we
  -- cannot place (finished meanwhile, prepared, hidden) counts, to be safe.
  SELECT min(x) INTO v_horizon FROM pg_snapshot_xip(v_snap) AS x
   WHERE NOT EXISTS (
     SELECT 1 FROM pg_stat_activity a
      WHERE a.backend_xid IS NOT NULL AND a.datname IS DISTINCT FROM current_database()
        AND a.backend_xid::text::bigint = x::text::bigint % 4294967296);
  v_horizon := COALESCE(v_horizon, pg_snapshot_xmax(v_snap));
  RETURN (
    WITH scanned AS (
      SELECT c.* FROM wd_sync.change c
       WHERE (c.xid, c.id) > (p_xid::xid8, p_id) AND c.xid < v_horizon
       ORDER BY c.xid, c.id LIMIT p_limit
    ), last AS (
      SELECT xid, id FROM scanned ORDER BY xid DESC, id DESC LIMIT 1
    )
    SELECT jsonb_build_object(
      'rows', COALESCE((SELECT jsonb_agg(jsonb_build_array(s.entity, s.entity_id, s.op, s.version,
                                         s.payload) ORDER BY s.xid, s.id)
                         FROM scanned s JOIN wd_sync.synced_table t ON t.name = s.entity
                        -- central's own history (its audit entries) stays on central
                        WHERE (s.site_id IS NULL AND NOT (t.owner = 'site' AND t.mode = 'insert'))
                           OR (s.site_id = v_site
                               AND (p_own OR s.origin_device IS DISTINCT FROM p_device))),
                       '[]'::jsonb),
      'scanned', (SELECT count(*) FROM scanned),
      'cursor', COALESCE((SELECT jsonb_build_array(xid::text, id) FROM last),
                         jsonb_build_array(p_xid, p_id))));
END $$;
