import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillClause } from '../../clauses/fillClause';
import { fillContextFor } from '../../clauses/fillContextFor';
import { loadClauseLibrary } from '../../clauses/loadClauseLibrary';
import { oneAnswer, runRule } from '../ruleHarness';
import { pitExtensionNotice } from './pitExtensionNotice';

// The notice as shipped before issue 10: no reason, no review or complaint paragraphs.
const TEMPLATE = 'We hold information within the scope of your request that we believe is exempt under section 43(2) of the Freedom of Information Act 2000 (FOIA). These are qualified exemptions, so we must consider whether the public interest in maintaining them outweighs the public interest in disclosure.\n\nSection 10(3) of FOIA allows us a reasonable extension of time to consider the public interest. We need more time to do this properly, and we now expect to send you our decision by 28 June 2024.\n\nThis letter is our notice under section 17(2) of FOIA. We are sorry for the delay.';
const clause = (text: string, values: Record<string, string> = { exemptions: 'section 43(2)', decision_date: '28 June 2024' }) => ({ clause: 'foia-pit-extension', kind: 'standard', text, values });
const REASON = 'The information is the pricing schedule of a current tender, and disclosing it now would be likely to prejudice the bidders\' commercial interests.';
const RIGHTS = 'If you are unhappy with this decision you may ask for an internal review. If you remain dissatisfied, you may complain to the Information Commissioner under section 50 of FOIA.';

describe('pit-extension-notice (s17(1) notice given in accordance with s17(2))', () => {
  it('reports the notice without the s17(1)(c) reason and the s17(7) paragraphs', () => {
    const f = runRule(pitExtensionNotice, oneAnswer([clause(TEMPLATE)]));
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toMatch(/17\(1\)\(c\)/);
    expect(f[0]?.message).toMatch(/internal review/);
    expect(f[0]?.message).toMatch(/section 50/);
  });
  it('accepts a notice with the reason, the estimate and the rights', () => {
    expect(runRule(pitExtensionNotice, oneAnswer([clause(`${TEMPLATE}\n\n${REASON}\n\n${RIGHTS}`)]))).toEqual([]);
  });
  it('recognises the notice written as text, without the clause', () => {
    expect(runRule(pitExtensionNotice, oneAnswer([TEMPLATE]))).toHaveLength(1);
  });
  it('reports a notice that confirms holding where a neither-confirm-nor-deny provision is relied on', () => {
    const text = TEMPLATE.replace('section 43(2)', 'section 31(3)').replace('exempt under', 'covered by');
    const f = runRule(pitExtensionNotice, oneAnswer([`${text}\n\n${REASON}\n\n${RIGHTS}`]));
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toMatch(/confirms that information is held/);
  });
  it('leaves ordinary letters alone', () => {
    expect(runRule(pitExtensionNotice, oneAnswer(['We hold 12 records. Section 10(1) of FOIA gives us 20 working days.']))).toEqual([]);
  });
});

// The shipped holding letters (templates/clauses, kept by the clause authors), filled as the editor fills them.
describe('pit-extension-notice over the shipped holding letters', () => {
  const dir = join(import.meta.dirname, '..', '..', '..', 'templates', 'clauses');
  const library = loadClauseLibrary(['foia-pit-extension', 'foia-pit-extension-ncnd'].map((id) => ({ path: `templates/clauses/${id}.md`, text: readFileSync(join(dir, `${id}.md`), 'utf8') })));
  const ctx = fillContextFor({ name: 'Exampleshire County Council', reviewAddress: 'foi.reviews@exampleshire.gov.uk' }, { ref: 'FOI-1', received: '2024-06-05' });
  const filled = (id: string, values: Record<string, string>) => {
    const clause = library.clauses.find((c) => c.id === id)!;
    const out = fillClause(clause, values, ctx);
    return { clause: id, kind: clause.kind, text: out.text, values, missing: out.missing };
  };
  it('accepts each shipped letter filled in, the NCND one citing a qualified NCND provision', () => {
    expect(runRule(pitExtensionNotice, oneAnswer([filled('foia-pit-extension', { exemptions: 'section 43(2)', reason: REASON, decision_date: '2024-07-31' })]))).toEqual([]);
    expect(runRule(pitExtensionNotice, oneAnswer([filled('foia-pit-extension-ncnd', { exemptions: 'section 31(3)', reason: 'Confirming either way would show whether the premises are of interest to the police, which would be likely to prejudice the prevention of crime.', decision_date: '2024-07-31' })]))).toEqual([]);
  });
  it('reports the confirming letter used where a neither-confirm-nor-deny provision is relied on', () => {
    const f = runRule(pitExtensionNotice, oneAnswer([filled('foia-pit-extension', { exemptions: 'section 31(3)', reason: REASON, decision_date: '2024-07-31' })]));
    expect(f.map((x) => x.message)).toEqual([expect.stringMatching(/confirms that information is held/)]);
  });
});
