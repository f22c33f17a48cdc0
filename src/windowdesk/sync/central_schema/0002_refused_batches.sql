-- Schema 2: a batch central refuses as a whole is recorded, never applied.
-- Until now a malformed batch (wrong JSON types, ops that are not a contiguous run, counters that
-- are not numbers) ended in an error that rolled everything back, leaving no trace; a replayed or
-- out-of-order batch was answered "duplicate"/"gap" without one either. push() is now a guard:
-- it checks the batch's shape and size, applies it through apply_batch() (the push of schema 1,
-- renamed, callable by no site), and records every refusal in refused_batch. Ops refused one by
-- one inside an applied batch stay in wd_sync.reject as before.

CREATE TABLE wd_sync.refused_batch (
  id bigserial PRIMARY KEY,
  site_id uuid NOT NULL,
  device_no int,
  first_seq bigint,
  last_seq bigint,
  ops int,            -- elements sent, when the ops were a list
  bytes bigint,       -- size of the ops as sent
  status text NOT NULL CHECK (status IN ('refused', 'duplicate', 'gap')),
  reason text NOT NULL,
  sample text,        -- the start of the ops as sent, for whoever looks into it
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX refused_batch_stream ON wd_sync.refused_batch (site_id, device_no, at);

ALTER FUNCTION wd_sync.push(int, bigint, bigint, jsonb, jsonb) RENAME TO apply_batch;
-- The renamed function keeps the EXECUTE grants of push: take them back (central init grants
-- the new push again).
DO $$
DECLARE v_grantee text;
BEGIN
  FOR v_grantee IN
    SELECT a.grantee::regrole::text
      FROM pg_proc p, aclexplode(p.proacl) a
     WHERE p.oid = 'wd_sync.apply_batch(int, bigint, bigint, jsonb, jsonb)'::regprocedure
       AND a.grantee <> 0 AND a.grantee <> p.proowner
  LOOP
    EXECUTE format('REVOKE ALL ON FUNCTION wd_sync.apply_batch(int, bigint, bigint, jsonb, jsonb) FROM %s',
                   v_grantee);
  END LOOP;
END $$;

-- A whole number in JSON with at most p_digits digits (no sign, no fraction, no exponent).
CREATE FUNCTION wd_sync.is_whole(p_value jsonb, p_digits int) RETURNS boolean
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
  SELECT jsonb_typeof(p_value) = 'number' AND p_value::text ~ ('^[0-9]{1,' || p_digits || '}$')
$$;

-- What is wrong with a batch's shape, or NULL. Limits: 10,000 ops, 32 MB a batch, 1 MB an op
-- (a client sends 1,000 ops a batch; no synced row comes near 1 MB).
CREATE FUNCTION wd_sync.batch_problem(p_device int, p_first bigint, p_last bigint, p_ops jsonb,
                                      p_counters jsonb)
RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
DECLARE v_problem text;
BEGIN
  IF p_device IS NULL OR p_device < 1 THEN
    RETURN 'the device number must be a positive number';
  ELSIF p_first IS NULL OR p_last IS NULL OR p_first < 1 OR p_last < p_first THEN
    RETURN 'the batch''s sequence range is not a range of positive numbers';
  ELSIF p_last - p_first >= 10000 THEN
    RETURN 'too many ops in one batch (at most 10000)';
  ELSIF p_ops IS NULL OR jsonb_typeof(p_ops) <> 'array' THEN
    RETURN 'the ops are not a list';
  ELSIF octet_length(p_ops::text) > 32 * 1024 * 1024 THEN
    RETURN 'the batch is too large (at most 32 MB)';
  ELSIF jsonb_array_length(p_ops) <> p_last - p_first + 1 THEN
    RETURN format('%s ops sent for the sequence range %s..%s', jsonb_array_length(p_ops), p_first, p_last);
  ELSIF p_counters IS NOT NULL AND (jsonb_typeof(p_counters) <> 'object' OR EXISTS (
          SELECT 1 FROM jsonb_each(p_counters) c
           WHERE NOT wd_sync.is_whole(c.value, 18) OR length(c.key) > 200)) THEN
    RETURN 'the counters must map names to whole numbers';
  END IF;
  SELECT format('op %s: %s', n, problem) INTO v_problem FROM (
    SELECT n, CASE
      WHEN jsonb_typeof(o) <> 'object' THEN 'not an object'
      WHEN EXISTS (SELECT 1 FROM jsonb_object_keys(o) k WHERE k NOT IN
             ('seq', 'op_id', 'entity', 'entity_id', 'op', 'base_version', 'version', 'payload'))
        THEN 'unknown field'
      WHEN NOT wd_sync.is_whole(o->'seq', 18) THEN 'seq is not a whole number'
      WHEN jsonb_typeof(o->'op_id') IS DISTINCT FROM 'string' OR o->>'op_id' !~
             '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'
        THEN 'op_id is not a UUID'
      WHEN jsonb_typeof(o->'entity') IS DISTINCT FROM 'string' OR length(o->>'entity') > 63
        THEN 'entity is not a table name'
      WHEN jsonb_typeof(o->'entity_id') IS DISTINCT FROM 'string' OR length(o->>'entity_id') > 64
        THEN 'entity_id is not an id'
      WHEN jsonb_typeof(o->'op') IS DISTINCT FROM 'string' OR length(o->>'op') > 16
        THEN 'op is not an operation'
      WHEN NOT wd_sync.is_whole(o->'base_version', 9) THEN 'base_version is not a whole number'
      WHEN NOT wd_sync.is_whole(o->'version', 9) THEN 'version is not a whole number'
      WHEN jsonb_typeof(o->'payload') NOT IN ('object', 'null') THEN 'payload is not an object'
      WHEN octet_length((o->'payload')::text) > 1024 * 1024 THEN 'payload is too large (at most 1 MB)'
    END AS problem
    FROM jsonb_array_elements(p_ops) WITH ORDINALITY AS e(o, n)) checked
   WHERE problem IS NOT NULL ORDER BY n LIMIT 1;
  RETURN v_problem;
END $$;

-- Apply one batch of a device's outbox if its shape is sound and it follows the mark; record it
-- when it is refused as a whole. A refusal is an answer ("refused", "duplicate", "gap"), not an
-- error, so the record stays. Errors that are not about the batch (a lost connection, a
-- serialization failure, an unregistered device) still end the call.
CREATE FUNCTION wd_sync.push(p_device int, p_first bigint, p_last bigint, p_ops jsonb, p_counters jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_site uuid := wd_sync.caller_site();
  v_reason text;
  v_result jsonb;
  v_status text := 'refused';
BEGIN
  v_reason := wd_sync.batch_problem(p_device, p_first, p_last, p_ops, p_counters);
  IF v_reason IS NULL THEN
    BEGIN
      v_result := wd_sync.apply_batch(p_device, p_first, p_last, p_ops, p_counters);
    EXCEPTION WHEN data_exception OR integrity_constraint_violation OR raise_exception
                   OR program_limit_exceeded THEN
      v_reason := SQLERRM;
    END;
  END IF;
  IF v_result->>'status' IN ('duplicate', 'gap') THEN
    v_status := v_result->>'status';
    v_reason := CASE v_status
      WHEN 'duplicate' THEN format('replayed: batch %s..%s is at or below the mark %s',
                                   p_first, p_last, v_result->>'mark')
      ELSE format('out of order: batch %s..%s does not follow the mark %s',
                  p_first, p_last, v_result->>'mark') END;
  END IF;
  IF v_reason IS NOT NULL THEN
    INSERT INTO wd_sync.refused_batch (site_id, device_no, first_seq, last_seq, ops, bytes, status,
                                       reason, sample)
    VALUES (v_site, p_device, p_first, p_last,
            CASE WHEN jsonb_typeof(p_ops) = 'array' THEN jsonb_array_length(p_ops) END,
            octet_length(p_ops::text), v_status, left(v_reason, 2000), left(p_ops::text, 2000));
  END IF;
  RETURN COALESCE(v_result, jsonb_build_object('status', 'refused', 'reason', v_reason,
    'mark', (SELECT mark FROM wd_sync.stream WHERE site_id = v_site AND device_no = p_device)));
END $$;
