import { redirectReceiver } from '../../clauses/redirectInDoc';
import { finding, type Rule } from '../rule';

// The log's statistics count each answer by its outcome: an answer that only redirects but is marked
// "Answered" would be counted as information granted, and "Redirected to" is what the log reports.

export const redirectDisposition: Rule = {
  id: 'redirect-disposition',
  summary: 'A redirect clause and the answer\'s outcome disagree',
  check(view) {
    const out = [];
    for (const a of view.answers) {
      const receiver = redirectReceiver(a.answer.doc);
      if (receiver === null) continue;
      const onlyRedirect = a.clauses.every((cl) => cl.kind === 'redirect') && a.clauses.reduce((rest, cl) => rest.replace(cl.text, ''), a.text).trim() === '';
      const { disposition, redirectTo } = a.answer;
      const fix = { kind: 'set-disposition' as const, answerId: a.answer.id, disposition: 'redirected' as const, ...(receiver ? { redirectTo: receiver } : {}), label: 'Mark as Redirected' };
      if (disposition === 'answered' && onlyRedirect) {
        out.push(finding(view, this.id, 'warning', `This answer only redirects${receiver ? ` to ${receiver}` : ''} but is marked Answered, so the statistics would count it as information given. Mark it Redirected.`, { answer: a, fix }));
      } else if (disposition === 'redirected' && redirectTo.trim() === '' && receiver) {
        out.push(finding(view, this.id, 'warning', `"Redirected to" is empty, but the redirect clause names ${receiver}. Fill it in from the clause.`, { answer: a, fix: { ...fix, label: `Fill in "${receiver}"` } }));
      }
    }
    return out;
  },
};
