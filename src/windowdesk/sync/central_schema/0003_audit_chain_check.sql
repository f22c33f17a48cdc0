-- Schema 3: central checks the audit chain of every pushed batch as it arrives and records each
-- break in public.audit_chain_break (the table `windowdesk audit verify --central` fills too; a
-- break found by both is kept once). Until now a tampered entry was found only when central's
-- owner ran that command.
--
-- Each audit entry applied by a batch is checked against its own hash and against its
-- neighbours already on central: the entry before (its hash must be this entry's prev_hash), the
-- entry after when that arrived first, and any other entry claiming the same place. Checking pairs
-- in whichever order they arrive means a batch is never held back waiting for another; an entry
-- that never arrives (removed before the push) is left to `audit verify --central`, which reads
-- whole chains.
--
-- The hash is domain/audit_chain.py's: sha256(prev_hash || "\n" || canonical JSON), the canonical
-- JSON being Python's json.dumps(sort_keys=True, ensure_ascii=False, separators=(",", ":")).
-- canonical_json() below writes that form from a jsonb value; tests/sync/test_audit_on_push.py
-- compares the two over generated values.

-- A JSON number as Python's json module writes it back after reading it: whole numbers as they
-- are, others as float repr (shortest digits; fixed notation from 1e-4 up to 1e16, '.0' when
-- whole; 'Infinity' beyond the float range, 0.0 below it).
CREATE FUNCTION wd_sync.python_number(p_text text) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp SET extra_float_digits = 1 AS $$
DECLARE
  v_float text;
  v_mantissa text;
  v_exponent int;
  v_sign text := '';
  v_digits text;
BEGIN
  IF p_text !~ '[.eE]' THEN
    RETURN p_text;
  END IF;
  BEGIN
    v_float := p_text::float8::text;  -- shortest digits that read back as the same float
  EXCEPTION WHEN numeric_value_out_of_range THEN
    IF abs(p_text::numeric) > 1 THEN
      RETURN CASE WHEN p_text LIKE '-%' THEN '-Infinity' ELSE 'Infinity' END;
    END IF;
    RETURN CASE WHEN p_text LIKE '-%' THEN '-0.0' ELSE '0.0' END;
  END;
  IF v_float !~ 'e' THEN
    RETURN CASE WHEN v_float ~ '\.' THEN v_float ELSE v_float || '.0' END;
  END IF;
  v_mantissa := split_part(v_float, 'e', 1);
  v_exponent := split_part(v_float, 'e', 2)::int;
  IF v_exponent <> 15 THEN
    RETURN v_float;  -- PostgreSQL and Python both write 1.5e-07 and 1e+16
  END IF;
  -- PostgreSQL writes 1e+15 where Python writes 1000000000000000.0
  IF v_mantissa LIKE '-%' THEN
    v_sign := '-';
    v_mantissa := substr(v_mantissa, 2);
  END IF;
  v_digits := replace(v_mantissa, '.', '');
  IF length(v_digits) <= 16 THEN
    RETURN v_sign || rpad(v_digits, 16, '0') || '.0';
  END IF;
  RETURN v_sign || substr(v_digits, 1, 16) || '.' || substr(v_digits, 17);
END $$;

-- A jsonb value as Python's json.dumps(value, sort_keys=True, ensure_ascii=False,
-- separators=(",", ":")) writes it. Strings: PostgreSQL escapes exactly the characters Python
-- does (quote, backslash, controls below U+0020, lower-case \u00xx). Keys sort by code point,
-- which is the byte order of UTF-8 (COLLATE "C").
CREATE FUNCTION wd_sync.canonical_json(p_value jsonb) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  CASE jsonb_typeof(p_value)
    WHEN 'object' THEN
      RETURN '{' || COALESCE((SELECT string_agg(to_jsonb(k.key)::text || ':' || wd_sync.canonical_json(k.value),
                                                ',' ORDER BY k.key COLLATE "C")
                                FROM jsonb_each(p_value) k), '') || '}';
    WHEN 'array' THEN
      RETURN '[' || COALESCE((SELECT string_agg(wd_sync.canonical_json(e.value), ',' ORDER BY e.n)
                                FROM jsonb_array_elements(p_value) WITH ORDINALITY AS e(value, n)), '') || ']';
    WHEN 'number' THEN
      RETURN wd_sync.python_number(p_value::text);
    ELSE
      RETURN p_value::text;  -- a string (escaped as Python does), true, false, null
  END CASE;
END $$;

-- The hash an audit entry should carry: domain/audit_chain.entry_hash of its own prev_hash.
CREATE FUNCTION wd_sync.audit_entry_hash(e public.audit_entry) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
  SELECT encode(sha256(convert_to(COALESCE(e.prev_hash, '') || E'\n' ||
    '{"action":' || COALESCE(to_jsonb(e.action)::text, 'null') ||
    ',"at":"' || to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '"' ||
    ',"chain_id":' || COALESCE(to_jsonb(e.chain_id::text)::text, 'null') ||
    ',"chain_seq":' || COALESCE(e.chain_seq::text, 'null') ||
    ',"detail":' || CASE WHEN e.detail IS NULL OR jsonb_typeof(e.detail::jsonb) = 'null' THEN '{}'
                         ELSE wd_sync.canonical_json(e.detail::jsonb) END ||
    ',"device_no":' || COALESCE(e.device_no::text, 'null') ||
    ',"entity":' || COALESCE(to_jsonb(e.entity)::text, 'null') ||
    ',"entity_id":' || COALESCE(to_jsonb(e.entity_id)::text, 'null') ||
    ',"id":' || to_jsonb(e.id::text)::text ||
    ',"user_id":' || COALESCE(to_jsonb(e.user_id::text)::text, 'null') ||
    ',"user_login":' || COALESCE(to_jsonb(e.user_login)::text, 'null') ||
    ',"window_no":' || COALESCE(e.window_no::text, 'null') || '}', 'UTF8')), 'hex')
$$;

-- Record one break, once (the same chain, place and problem are not recorded twice).
CREATE FUNCTION wd_sync.record_audit_break(p_site uuid, p_device int, p_chain uuid, p_seq bigint,
                                           p_entry uuid, p_problem text, p_detail text)
RETURNS int
LANGUAGE sql SET search_path = pg_catalog, pg_temp AS $$
  WITH added AS (
    INSERT INTO public.audit_chain_break (id, found_at, site_id, device_no, chain_id, chain_seq,
                                          entry_id, problem, detail)
    SELECT gen_random_uuid(), now(), p_site, p_device, p_chain, p_seq, p_entry::text, p_problem,
           left(p_detail, 400)
     WHERE NOT EXISTS (SELECT 1 FROM public.audit_chain_break b
                        WHERE b.chain_id = p_chain AND b.chain_seq = p_seq AND b.problem = p_problem)
    RETURNING 1)
  SELECT count(*)::int FROM added
$$;

-- Check the audit entries a batch of p_site's device p_device has just applied; returns the
-- number of breaks recorded.
CREATE FUNCTION wd_sync.check_pushed_audit(p_site uuid, p_device int, p_first bigint, p_last bigint,
                                           p_ids uuid[])
RETURNS int
LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_genesis constant text := repeat('0', 64);
  v_where text := format('found when batch %s..%s of device %s arrived', p_first, p_last, p_device);
  e public.audit_entry;
  v_computed text;
  v_next record;
  v_found int := 0;
BEGIN
  FOR e IN SELECT a.* FROM public.audit_entry a
            WHERE a.id = ANY (p_ids) AND a.chain_id IS NOT NULL
            ORDER BY a.chain_id, a.chain_seq LOOP
    BEGIN
      v_computed := wd_sync.audit_entry_hash(e);
      IF v_computed IS DISTINCT FROM e.entry_hash THEN
        v_found := v_found + wd_sync.record_audit_break(p_site, e.device_no, e.chain_id, e.chain_seq, e.id,
          'altered', format('#%s, %s', e.chain_seq, v_where));
      END IF;
    EXCEPTION WHEN data_exception OR program_limit_exceeded THEN
      -- the hash cannot be computed here (a detail nested deeper than the server's stack walks)
      v_found := v_found + wd_sync.record_audit_break(p_site, e.device_no, e.chain_id, e.chain_seq, e.id,
        'unchecked', format('#%s, %s: %s', e.chain_seq, v_where, SQLERRM));
    END;
    IF EXISTS (SELECT 1 FROM public.audit_entry o
                WHERE o.chain_id = e.chain_id AND o.chain_seq = e.chain_seq AND o.id <> e.id) THEN
      v_found := v_found + wd_sync.record_audit_break(p_site, e.device_no, e.chain_id, e.chain_seq, e.id,
        'duplicate', format('#%s, %s', e.chain_seq, v_where));
    END IF;
    -- The link to the entry before: the first entry of a chain follows the genesis hash.
    IF (e.chain_seq = 1 AND e.prev_hash IS DISTINCT FROM v_genesis)
       OR (e.chain_seq > 1
           AND EXISTS (SELECT 1 FROM public.audit_entry b
                        WHERE b.chain_id = e.chain_id AND b.chain_seq = e.chain_seq - 1)
           AND NOT EXISTS (SELECT 1 FROM public.audit_entry b
                            WHERE b.chain_id = e.chain_id AND b.chain_seq = e.chain_seq - 1
                              AND b.entry_hash = e.prev_hash)) THEN
      v_found := v_found + wd_sync.record_audit_break(p_site, e.device_no, e.chain_id, e.chain_seq, e.id,
        'link', format('#%s, %s', e.chain_seq, v_where));
    END IF;
    -- The link from the entry after, when that one reached central first (a later batch's
    -- entries are checked against this one when they come).
    FOR v_next IN SELECT n.id, n.device_no, n.chain_seq FROM public.audit_entry n
                   WHERE n.chain_id = e.chain_id AND n.chain_seq = e.chain_seq + 1
                     AND NOT (n.id = ANY (p_ids)) AND n.prev_hash IS DISTINCT FROM e.entry_hash LOOP
      v_found := v_found + wd_sync.record_audit_break(p_site, v_next.device_no, e.chain_id, v_next.chain_seq,
        v_next.id, 'link', format('#%s, %s', v_next.chain_seq, v_where));
    END LOOP;
  END LOOP;
  RETURN v_found;
END $$;

-- push() as in schema 2, then the check of the audit entries the batch applied. An entry that
-- cannot be checked is recorded as such; the batch stays applied either way: the entries are
-- evidence, refusing them would lose it.
CREATE OR REPLACE FUNCTION wd_sync.push(p_device int, p_first bigint, p_last bigint, p_ops jsonb,
                                        p_counters jsonb)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  v_site uuid := wd_sync.caller_site();
  v_reason text;
  v_result jsonb;
  v_status text := 'refused';
  v_audit uuid[];
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
  ELSIF v_result->>'status' = 'applied' THEN
    v_audit := ARRAY(SELECT (o->>'entity_id')::uuid FROM jsonb_array_elements(p_ops) o
                      WHERE o->>'entity' = 'audit_entry' AND o->>'entity_id' ~
                            '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$');
    IF cardinality(v_audit) > 0 THEN
      BEGIN
        PERFORM wd_sync.check_pushed_audit(v_site, p_device, p_first, p_last, v_audit);
      EXCEPTION WHEN data_exception OR program_limit_exceeded THEN
        PERFORM wd_sync.record_audit_break(v_site, p_device, a.chain_id, a.chain_seq, a.id, 'unchecked',
                  format('#%s, batch %s..%s of device %s: %s', a.chain_seq, p_first, p_last, p_device, SQLERRM))
           FROM public.audit_entry a WHERE a.id = ANY (v_audit) AND a.chain_id IS NOT NULL;
      END;
    END IF;
  END IF;
  RETURN COALESCE(v_result, jsonb_build_object('status', 'refused', 'reason', v_reason,
    'mark', (SELECT mark FROM wd_sync.stream WHERE site_id = v_site AND device_no = p_device)));
END $$;
