import { segmentsAsText } from '../../../core/reuse/markedText';
import { pastLogSource } from '../../../core/reuse/pastLogSource';
import type { SearchHit } from '../../../core/reuse/reuseContract';
import { requireOption, type CommandRun } from '../command';
import { terminalSafe } from '../terminalSafe';
import { UsageError } from '../usage';
import { withService } from '../withService';

/** One result a line: reference, date (or the past log it came from), question number, the question and answer with [matches]. */
function line(h: SearchHit): string {
  const where = h.questionNumber === null ? 'case' : `q${h.questionNumber}`;
  const text = [segmentsAsText(h.question), segmentsAsText(h.answer)].filter(Boolean).join(' — ').replace(/\s+/g, ' ');
  return terminalSafe([h.ref, h.historical ? pastLogSource(h.sent, h.received) : (h.sent ?? h.received), where, text].join('\t'));
}

/** `desk search`: see its help in ../commandTable.ts. */
export const run: CommandRun = async ({ values, positionals }, io) => {
  const db = requireOption(values['db'], 'db');
  const query = positionals[0];
  if (!query?.trim()) throw new UsageError('give the words to search for, e.g. desk search --db FILE "contact centre" (see --help)');
  const limitText = typeof values['limit'] === 'string' ? values['limit'] : '20';
  const limit = Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new UsageError(`--limit "${limitText}" is not a number from 1 to 200`);
  const { hits } = await withService(db, (call) => call('searchAll', { query, filters: {}, limit }), { mustExist: true });
  if (values['json']) io.out(terminalSafe(JSON.stringify(hits, null, 2)));
  else {
    hits.forEach((h) => io.out(line(h)));
    io.out(hits.length === 0 ? 'Nothing found.' : `${hits.length} result${hits.length === 1 ? '' : 's'}${hits.length === limit ? ` (the first ${limit}: --limit shows more)` : ''}.`);
  }
  return 0;
};
