import { describe, expect, it } from 'vitest';
import type { RichNode } from '../model/richText';
import { redirectReceiver, withRedirect } from './redirectInDoc';

const text = (t: string): RichNode => ({ type: 'paragraph', content: [{ type: 'text', text: t }] });
const clause = (clauseId: string, kind: string, values: Record<string, string> = {}): RichNode => ({
  type: 'clause',
  attrs: { clauseId, version: 1, title: clauseId, kind, section: '', values, text: 'This information may be held by …', missing: [] },
});
const doc = (...content: RichNode[]): RichNode => ({ type: 'doc', content });
const answer = (d: RichNode, disposition = 'answered', redirectTo = '') => ({ doc: d, disposition, redirectTo });

describe('a redirect clause sets the outcome', () => {
  it('reads the force chosen in the clause, or the fixed receiver of the all-forces clause', () => {
    expect(redirectReceiver(doc(clause('redirect-police-force', 'redirect', { force: 'Kent Police' })))).toBe('Kent Police');
    expect(redirectReceiver(doc(clause('redirect-all-police-forces', 'redirect')))).toBe('All police forces');
    expect(redirectReceiver(doc(clause('redirect-public-authority', 'redirect', { authority_name: 'the Environment Agency' })))).toBe('the Environment Agency');
    expect(redirectReceiver(doc(clause('foia-not-held', 'not-held'), text('No redirect here.')))).toBeNull();
  });

  it('marks a new answer Redirected and fills "Redirected to" when the clause is inserted', () => {
    const before = answer(doc(text('')));
    const after = withRedirect(before, answer(doc(clause('redirect-police-force', 'redirect', { force: 'Kent Police' }))));
    expect(after).toMatchObject({ disposition: 'redirected', redirectTo: 'Kent Police' });
  });

  it('follows the force when the clause variable changes, unless the officer typed their own', () => {
    const kent = answer(doc(clause('redirect-police-force', 'redirect', { force: 'Kent Police' })), 'redirected', 'Kent Police');
    const essexDoc = doc(clause('redirect-police-force', 'redirect', { force: 'Essex Police' }));
    expect(withRedirect(kent, { ...kent, doc: essexDoc }).redirectTo).toBe('Essex Police');
    const typed = { ...kent, redirectTo: 'The Chief Constable of Kent' };
    expect(withRedirect(typed, { ...typed, doc: essexDoc }).redirectTo).toBe('The Chief Constable of Kent');
  });

  it('keeps an outcome the officer chose, and changes nothing when only the words around the clause change', () => {
    const notHeld = answer(doc(text('We do not hold it.')), 'not-held');
    expect(withRedirect(notHeld, { ...notHeld, doc: doc(text('We do not hold it.'), clause('redirect-all-police-forces', 'redirect')) })).toMatchObject({ disposition: 'not-held', redirectTo: 'All police forces' });
    const redirected = answer(doc(clause('redirect-all-police-forces', 'redirect')), 'redirected', 'All police forces');
    const typedMore = { ...redirected, doc: doc(text('Thank you.'), clause('redirect-all-police-forces', 'redirect')) };
    expect(withRedirect(redirected, typedMore)).toBe(typedMore);
  });
});
