import { spellingRulesDescription } from '../../../core/reuse/spellingVariants';

/**
 * UK/US spelling folding inside PostgreSQL (schema step 15), so the team workspace's question index
 * folds "organization" and "organisation" to one word as SQLite's does (fold_spelling, registered by
 * ../reuse/sqlFunctions.ts). The store cannot fold in JavaScript: the index is written by
 * desk_refresh_question_index, in SQL, with every write of a case.
 *
 * The functions are written out from core/reuse/spellingVariants.ts's own rules (its word table,
 * the -ize words kept, the -ize and -yze patterns), so the two cannot disagree; the one rule that is
 * code there (a root ending in s is the word "size") is repeated here by hand. A change to the rules
 * needs a new step that replaces these functions and rebuilds the index (the fingerprint in
 * pgFoldSpelling.test.ts fails until then), as it needs a migration on SQLite. The search box's
 * words are folded in JavaScript (core/reuse/searchQuery.ts) by the same rules.
 *
 * desk_fold_spelling returns the text's words, each folded and lower case, one space apart: it only
 * ever feeds to_tsvector. Words are split as core/reuse splits them (runs of letters and digits),
 * not by PostgreSQL's parser, so "jo@example.org" or "s31(1)(a)" are the same words the search box
 * sends and a phrase matches as it does on SQLite. "Letters" is spelled out as ranges of code
 * points rather than [[:alpha:]], which follows the server's locale (ASCII only under C).
 */

/** Letters and digits as \p{L}\p{N} would have them, near enough: Latin, Greek, Cyrillic, the scripts to U+1FFF, CJK and the like. */
const WORD_CHARS =
  '[0-9A-Za-z\\u00AA\\u00B2\\u00B3\\u00B5\\u00B9\\u00BA\\u00BC-\\u00BE\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u1FFF\\u2070-\\u209F\\u2C00-\\u2DFF\\u3040-\\uD7FF\\uF900-\\uFDFF\\uFE70-\\uFEFF\\uFF10-\\uFF19\\uFF21-\\uFF3A\\uFF41-\\uFF5A\\uFF66-\\uFFDC]';

/** Everything else: the separators between words. */
const NOT_WORD_CHARS = `[^${WORD_CHARS.slice(1)}`;

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** The SQL creating desk_fold_word and desk_fold_spelling from the rules as they are now. */
export function foldSpellingFunctionsSql(): string {
  const rules = JSON.parse(spellingRulesDescription()) as { table: [string, string][]; keep: string[]; ize: string; yze: string };
  const table = literal(JSON.stringify(Object.fromEntries(rules.table)));
  const keep = `ARRAY[${rules.keep.map(literal).join(', ')}]::text[]`;
  const ize = literal(rules.ize);
  const yze = literal(rules.yze);
  // A lower-case word's folded form, or NULL when it has none; as foldWord, the table before the patterns.
  const folded = (w: string) => `coalesce(${table}::jsonb ->> ${w},
            CASE WHEN ${w} ~ ${ize} AND NOT (${w} = ANY (${keep})) AND substring(${w} FROM ${ize}) !~ 's$' THEN regexp_replace(${w}, ${ize}, '\\1is\\2')
                 WHEN ${w} ~ ${yze} THEN regexp_replace(${w}, ${yze}, '\\1ys\\2') END)`;
  // PL/pgSQL, not SQL, for both: its plans are kept for the session, and planning an SQL function
  // (the table is some 20 kB of JSON) on every call cost milliseconds a word.
  return `
      CREATE OR REPLACE FUNCTION desk_fold_word(word text) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $fold$
        DECLARE
          w text := lower(word);
        BEGIN
          RETURN coalesce(${folded('w')}, w);
        END
      $fold$;
      CREATE OR REPLACE FUNCTION desk_fold_spelling(body text) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
        SET plan_cache_mode = force_generic_plan AS $fold$
        DECLARE
          words text := ' ' || btrim(regexp_replace(lower(body), '${NOT_WORD_CHARS}+', ' ', 'g')) || ' ';
          variant record;
        BEGIN
          -- Each different word once (the simple configuration only lists them), the few with a
          -- variant then replaced wherever they stand: folding word by word costs five times more.
          FOR variant IN
            SELECT f.word, f.folded FROM (
              SELECT u.lexeme AS word, ${folded('u.lexeme')} AS folded
              FROM unnest(to_tsvector('simple', words)) AS u WHERE u.lexeme ~ '^[a-z]+$') f
            WHERE f.folded IS NOT NULL AND f.folded <> f.word
          LOOP
            -- Twice: a word right after one replaced shares its space and is passed over the first time.
            words := replace(replace(words, ' ' || variant.word || ' ', ' ' || variant.folded || ' '), ' ' || variant.word || ' ', ' ' || variant.folded || ' ');
          END LOOP;
          RETURN btrim(words);
        END
      $fold$;`;
}
