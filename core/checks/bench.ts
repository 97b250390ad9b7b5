import { OrganisationSchema } from '../model';
import { caseFromSpec, type AnswerSpec } from './caseSpec';
import { checkCase } from './checkCase';
import type { CheckContext } from './context';

const QUESTIONS = 200;

/** A request of 200 questions with the mix a long response has: answers, refusals with a PIT, a cost refusal, NCND. */
export function benchCase() {
  const numbers = Array.from({ length: QUESTIONS }, (_, i) => String(i + 1));
  const answers: AnswerSpec[] = numbers.map((n, i) => {
    switch (i % 5) {
      case 0:
        return { covers: [n], disposition: 'exempt', blocks: [`We are withholding the names of the suppliers under section 43(2) of the Act because disclosure would be likely to prejudice their commercial interests in a live tender.\n\nPublic interest factors in favour of disclosure: transparency in how public money is spent.\n\nPublic interest factors in favour of maintaining the exemption: a fair tender process.\n\nOn balance the public interest in maintaining the exemption outweighs the public interest in disclosure.`] };
      case 1:
        return { covers: [n], blocks: [`In 2023 we received 5024007 contacts, handled by 12 advisers at a cost of £1,250,000. Please contact foi@example.gov.uk for help. See https://www.example.gov.uk/foi for our publication scheme.`] };
      case 2:
        return { covers: [n], disposition: 'not-held', blocks: ['We do not hold this information. There is no business need to record it.'] };
      case 3:
        return { covers: [n], blocks: [{ clause: 'foia-s21', kind: 'exemption', section: '21', text: 'This information is reasonably accessible to you at https://www.example.gov.uk/data, so it is exempt under section 21.', values: {} }] };
      default:
        // Now and then a slip, so the bench also pays for building findings.
        return { covers: [n], blocks: [`The figures are set out in the table below for the years 2021, 2022 and 2023${i % 50 === 4 ? ', as Jordan Example asked' : ''}.`] };
    }
  });
  answers.push({ covers: ['1'], blocks: ['If you are unhappy you may ask for an internal review, and then complain to the Information Commissioner.'] });
  return caseFromSpec({ ref: 'BENCH-1', questions: numbers, answers, requester: { name: 'Jordan Example', email: 'jordan@example.com', address: '1 High Street, Exampletown' }, sent: '2024-05-20' });
}

export const benchContext: CheckContext = {
  organisation: OrganisationSchema.parse({ name: 'Example Council', contactEmail: 'foi@example.gov.uk' }),
  today: '2024-05-20',
  extraHolidays: [],
  purpose: 'publish',
};

/** Milliseconds for one checkCase over a 200-question case (best of a few runs, after a warm-up). */
export function benchChecks(runs = 5): number {
  const c = benchCase();
  checkCase(c, benchContext);
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    checkCase(c, benchContext);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}
