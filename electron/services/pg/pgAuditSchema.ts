/**
 * The team workspace's audit trail (PostgreSQL step 14): who changed what in a case, and when,
 * written by triggers so that no path of the app, the CLI or a hand-written SQL statement can change
 * a case without leaving its line. Read per case by ./pgAuditTrail.ts; worded by core/team/auditSummary.ts.
 *
 * - `who` is the login role that made the change (session_user: each officer logs in as their own
 *   role, docs/team.md). Not current_user: inside the triggers, which run as the schema's owner,
 *   current_user is the owner.
 * - The trigger functions are SECURITY DEFINER, owned by the schema's owner: officers only ever get
 *   SELECT on desk_audit (./pgTeam.ts), so an officer can neither write a line of their own nor edit
 *   or delete one. Their search_path is pinned to the workspace's schema (pg_temp last), so an
 *   officer's temporary table cannot stand in for a table the trigger writes.
 * - Kept small: an answer's text is kept as plain text up to 400 characters, and above that as its
 *   length, an MD5 and the first 120 characters. Every saved text is already in answer_versions (the
 *   answer's History); the trail says who and when, with enough to recognise the change and to tell
 *   two texts apart, without a copy of a whole answer at every save in a table never pruned.
 * - No requester details: a change to the requester's name, email or address, or to the request's
 *   text, is recorded by name only. The trail outlives a case purged from the bin, and must not keep
 *   the personal data the purge removed.
 * - One line a minute of typing: the same officer's successive edits to one answer within a calendar
 *   minute update one line, as the answer's History keeps one version a minute.
 * - A case written whole (an import, `put`) deletes and re-inserts its answers: within one
 *   transaction (`tx`) a deleted answer that comes back is one edit, or nothing if it is unchanged;
 *   a new case's own answers are part of its "created" line.
 * Questions are not audited line by line: splitting a request again is the officer's own act, and
 * the answers that cover the questions record their changes.
 */
export function auditTrailSql(): string {
  return `
    CREATE TABLE desk_audit (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      who text NOT NULL DEFAULT session_user,
      case_id text NOT NULL,
      what text NOT NULL CHECK (what IN ('case', 'answer', 'status', 'overrides', 'assignment', 'approval')),
      item text,
      questions text[],
      fields text[] NOT NULL,
      old jsonb,
      new jsonb,
      tx xid8 NOT NULL DEFAULT pg_current_xact_id()
    );
    CREATE INDEX desk_audit_by_case ON desk_audit(case_id, id);
    CREATE INDEX desk_audit_this_tx ON desk_audit(tx, case_id, item) WHERE fields = '{created}' OR fields = '{deleted}';
    REVOKE ALL ON desk_audit FROM PUBLIC;

    CREATE FUNCTION desk_audit_small(v jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
      SELECT CASE WHEN v IS NULL OR length(coalesce(v #>> '{}', '')) <= 400 THEN v
        ELSE jsonb_build_object('chars', length(v #>> '{}'), 'md5', md5(v #>> '{}'), 'start', left(v #>> '{}', 120)) END
    $$;

    CREATE FUNCTION desk_audit_answer_snapshot(a answers) RETURNS jsonb LANGUAGE sql STABLE AS $$
      SELECT jsonb_build_object(
        'text', desk_audit_small(to_jsonb(a.plain_text)),
        'textMd5', md5(a.plain_text),
        'outcome', a.disposition,
        'exemptions', a.exemptions,
        'questions', coalesce((SELECT jsonb_agg(q.number ORDER BY q.position) FROM questions q WHERE q.case_id = a.case_id AND a.covers ? q.id), '[]'::jsonb),
        'redirect', a.redirect_to,
        'comment', desk_audit_small(a.review_comment -> 'text'))
    $$;

    CREATE FUNCTION desk_audit_numbers(snapshot jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
      SELECT coalesce(array_agg(n ORDER BY i), '{}') FROM jsonb_array_elements_text(snapshot -> 'questions') WITH ORDINALITY AS j(n, i)
    $$;

    CREATE FUNCTION desk_audit_overrides(list jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
      SELECT coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object('ruleId', o ->> 'ruleId', 'questionNumber', o ->> 'questionNumber', 'reason', left(o ->> 'reason', 200))) ORDER BY i), '[]'::jsonb)
      FROM jsonb_array_elements(coalesce(list, '[]'::jsonb)) WITH ORDINALITY AS j(o, i)
    $$;

    CREATE FUNCTION desk_audit_cases() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
    DECLARE
      changed text[];
      o jsonb;
      n jsonb;
    BEGIN
      IF TG_OP = 'INSERT' THEN
        INSERT INTO desk_audit (case_id, what, fields, new)
          VALUES (NEW.id, 'case', '{created}', jsonb_build_object('ref', NEW.ref, 'title', desk_audit_small(to_jsonb(NEW.title)), 'status', NEW.status));
        RETURN NULL;
      ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO desk_audit (case_id, what, fields, old)
          VALUES (OLD.id, 'case', '{deleted}', jsonb_build_object('ref', OLD.ref, 'title', desk_audit_small(to_jsonb(OLD.title))));
        RETURN NULL;
      END IF;
      IF OLD.status IS DISTINCT FROM NEW.status THEN
        INSERT INTO desk_audit (case_id, what, fields, old, new)
          VALUES (NEW.id, 'status', '{status}', jsonb_build_object('status', OLD.status), jsonb_build_object('status', NEW.status));
      END IF;
      IF OLD.owner IS DISTINCT FROM NEW.owner THEN
        INSERT INTO desk_audit (case_id, what, fields, old, new)
          VALUES (NEW.id, 'assignment', '{owner}', jsonb_build_object('owner', OLD.owner), jsonb_build_object('owner', NEW.owner));
      END IF;
      IF (OLD.approved_by, OLD.approved_at) IS DISTINCT FROM (NEW.approved_by, NEW.approved_at) THEN
        INSERT INTO desk_audit (case_id, what, fields, old, new)
          VALUES (NEW.id, 'approval', '{approval}', jsonb_build_object('by', OLD.approved_by, 'at', OLD.approved_at), jsonb_build_object('by', NEW.approved_by, 'at', NEW.approved_at));
      END IF;
      IF OLD.overrides IS DISTINCT FROM NEW.overrides THEN
        INSERT INTO desk_audit (case_id, what, fields, old, new)
          VALUES (NEW.id, 'overrides', '{overrides}', jsonb_build_object('overrides', desk_audit_overrides(OLD.overrides)), jsonb_build_object('overrides', desk_audit_overrides(NEW.overrides)));
      END IF;
      IF OLD.deleted_at IS DISTINCT FROM NEW.deleted_at THEN
        INSERT INTO desk_audit (case_id, what, fields)
          VALUES (NEW.id, 'case', CASE WHEN NEW.deleted_at IS NULL THEN '{restored}'::text[] ELSE '{binned}'::text[] END);
      END IF;
      -- The header's fields, compared on their values; requester details and the request's text by name only.
      SELECT coalesce(array_agg(f ORDER BY ord), '{}'), jsonb_object_agg(f, ov), jsonb_object_agg(f, nv)
        INTO changed, o, n
        FROM (VALUES
          (1, 'ref', OLD.ref IS DISTINCT FROM NEW.ref, to_jsonb(OLD.ref), to_jsonb(NEW.ref)),
          (2, 'title', OLD.title IS DISTINCT FROM NEW.title, desk_audit_small(to_jsonb(OLD.title)), desk_audit_small(to_jsonb(NEW.title))),
          (3, 'regime', OLD.regime IS DISTINCT FROM NEW.regime, to_jsonb(OLD.regime), to_jsonb(NEW.regime)),
          (4, 'received', OLD.received IS DISTINCT FROM NEW.received, to_jsonb(OLD.received), to_jsonb(NEW.received)),
          (5, 'sent', OLD.sent IS DISTINCT FROM NEW.sent, to_jsonb(OLD.sent), to_jsonb(NEW.sent)),
          (6, 'publish', OLD.publish IS DISTINCT FROM NEW.publish, to_jsonb(OLD.publish), to_jsonb(NEW.publish)),
          (7, 'requesterName', OLD.requester -> 'name' IS DISTINCT FROM NEW.requester -> 'name', NULL::jsonb, NULL::jsonb),
          (8, 'requesterEmail', OLD.requester -> 'email' IS DISTINCT FROM NEW.requester -> 'email', NULL, NULL),
          (9, 'requesterAddress', OLD.requester -> 'address' IS DISTINCT FROM NEW.requester -> 'address', NULL, NULL),
          (10, 'requestText', OLD.request_text IS DISTINCT FROM NEW.request_text, NULL, NULL),
          (11, 'summary', OLD.summary IS DISTINCT FROM NEW.summary, desk_audit_small(to_jsonb(OLD.summary)), desk_audit_small(to_jsonb(NEW.summary))),
          (12, 'attachments', OLD.attachments IS DISTINCT FROM NEW.attachments, desk_audit_small(OLD.attachments), desk_audit_small(NEW.attachments)),
          (13, 'clock', OLD.clock IS DISTINCT FROM NEW.clock, OLD.clock, NEW.clock),
          (14, 'letter', OLD.letter IS DISTINCT FROM NEW.letter, NULL, NULL),
          (15, 'channel', OLD.channel IS DISTINCT FROM NEW.channel, to_jsonb(OLD.channel), to_jsonb(NEW.channel)),
          (16, 'historical', OLD.historical IS DISTINCT FROM NEW.historical, to_jsonb(OLD.historical), to_jsonb(NEW.historical)),
          (17, 'review', (OLD.review_requested, OLD.review_outcome, OLD.review_completed) IS DISTINCT FROM (NEW.review_requested, NEW.review_outcome, NEW.review_completed),
            jsonb_build_object('requested', OLD.review_requested, 'outcome', OLD.review_outcome, 'completed', OLD.review_completed),
            jsonb_build_object('requested', NEW.review_requested, 'outcome', NEW.review_outcome, 'completed', NEW.review_completed))
        ) AS v(ord, f, differs, ov, nv)
        WHERE differs;
      IF cardinality(changed) > 0 THEN
        INSERT INTO desk_audit (case_id, what, fields, old, new) VALUES (NEW.id, 'case', changed, o, n);
      END IF;
      RETURN NULL;
    END
    $$;

    CREATE FUNCTION desk_audit_answers() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
    DECLARE
      order_of text[] := '{text,outcome,exemptions,questions,redirect,comment}';
      s_old jsonb;
      s_new jsonb;
      changed text[];
      merged text[];
      o jsonb;
      n jsonb;
      prior desk_audit;
      paired boolean := false;
    BEGIN
      IF TG_OP = 'DELETE' THEN
        -- The case itself went: its own line says so.
        IF NOT EXISTS (SELECT 1 FROM cases WHERE id = OLD.case_id) THEN RETURN NULL; END IF;
        s_old := desk_audit_answer_snapshot(OLD);
        INSERT INTO desk_audit (case_id, what, item, questions, fields, old) VALUES (OLD.case_id, 'answer', OLD.id, desk_audit_numbers(s_old), '{deleted}', s_old);
        RETURN NULL;
      END IF;
      -- A case created in this transaction brings its answers with it: its "created" line covers them.
      -- Asked first, so an import of many new cases costs one index probe an answer.
      IF TG_OP = 'INSERT' AND EXISTS (SELECT 1 FROM desk_audit WHERE tx = pg_current_xact_id() AND case_id = NEW.case_id AND item IS NULL AND fields = '{created}') THEN
        RETURN NULL;
      END IF;
      s_new := desk_audit_answer_snapshot(NEW);
      IF TG_OP = 'INSERT' THEN
        SELECT * INTO prior FROM desk_audit WHERE tx = pg_current_xact_id() AND case_id = NEW.case_id AND item = NEW.id AND fields = '{deleted}' ORDER BY id DESC LIMIT 1;
        IF NOT FOUND THEN
          INSERT INTO desk_audit (case_id, what, item, questions, fields, new) VALUES (NEW.case_id, 'answer', NEW.id, desk_audit_numbers(s_new), '{added}', s_new - 'textMd5');
          RETURN NULL;
        END IF;
        -- Deleted and written again in this transaction (a case written whole): one edit, or nothing.
        paired := true;
        s_old := prior.old;
      ELSE
        s_old := desk_audit_answer_snapshot(OLD);
      END IF;
      SELECT coalesce(array_agg(f ORDER BY i), '{}') INTO changed FROM unnest(order_of) WITH ORDINALITY AS u(f, i)
        WHERE s_old -> (CASE f WHEN 'text' THEN 'textMd5' ELSE f END) IS DISTINCT FROM s_new -> (CASE f WHEN 'text' THEN 'textMd5' ELSE f END);
      SELECT jsonb_object_agg(f, s_old -> f), jsonb_object_agg(f, s_new -> f) INTO o, n FROM unnest(changed) AS f;
      IF paired THEN
        IF cardinality(changed) = 0 THEN
          DELETE FROM desk_audit WHERE id = prior.id;
        ELSE
          UPDATE desk_audit SET fields = changed, old = o, new = n, questions = desk_audit_numbers(s_new) WHERE id = prior.id;
        END IF;
        RETURN NULL;
      END IF;
      -- Only its version or place moved: nothing an officer would call a change.
      IF cardinality(changed) = 0 THEN RETURN NULL; END IF;
      -- Typing: the same officer's edits to one answer within a minute are one line.
      SELECT * INTO prior FROM desk_audit WHERE case_id = NEW.case_id ORDER BY id DESC LIMIT 1;
      IF FOUND AND prior.what = 'answer' AND prior.item = NEW.id AND prior.who = session_user
         AND date_trunc('minute', prior.at) = date_trunc('minute', now()) AND NOT ('deleted' = ANY(prior.fields)) THEN
        IF 'added' = ANY(prior.fields) THEN
          UPDATE desk_audit SET at = now(), new = prior.new || n, questions = desk_audit_numbers(s_new) WHERE id = prior.id;
        ELSE
          SELECT array_agg(f ORDER BY array_position(order_of, f)) INTO merged FROM (SELECT DISTINCT unnest(prior.fields || changed) AS f) AS u;
          UPDATE desk_audit SET at = now(), fields = merged, old = o || prior.old, new = prior.new || n, questions = desk_audit_numbers(s_new) WHERE id = prior.id;
        END IF;
        RETURN NULL;
      END IF;
      INSERT INTO desk_audit (case_id, what, item, questions, fields, old, new) VALUES (NEW.case_id, 'answer', NEW.id, desk_audit_numbers(s_new), changed, o, n);
      RETURN NULL;
    END
    $$;

    CREATE TRIGGER desk_audit_cases AFTER INSERT OR UPDATE OR DELETE ON cases FOR EACH ROW EXECUTE FUNCTION desk_audit_cases();
    CREATE TRIGGER desk_audit_answers AFTER INSERT OR UPDATE OR DELETE ON answers FOR EACH ROW EXECUTE FUNCTION desk_audit_answers();

    -- The definer functions see only the workspace's schema, then pg_temp last: never an officer's temporary table.
    DO $$
    DECLARE fn text;
    BEGIN
      FOREACH fn IN ARRAY ARRAY['desk_audit_cases()', 'desk_audit_answers()', 'desk_audit_small(jsonb)', 'desk_audit_answer_snapshot(answers)', 'desk_audit_numbers(jsonb)', 'desk_audit_overrides(jsonb)'] LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', fn, current_schema());
      END LOOP;
    END
    $$;
  `;
}
