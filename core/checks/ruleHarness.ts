import { OrganisationSchema, type Organisation } from '../model';
import { buildCaseView } from './caseView';
import { caseFromSpec, type CaseSpec } from './caseSpec';
import type { CheckContext } from './context';
import type { CheckPurpose, Finding } from './finding';
import type { Rule } from './rule';

/** The organisation tests and the corpus assume unless they say otherwise: a council, so £450. */
export const TEST_ORGANISATION: Organisation = OrganisationSchema.parse({
  name: 'Exampleshire County Council',
  shortName: 'ECC',
  contactEmail: 'foi@exampleshire.gov.uk',
  address: 'County Hall, Example Road, Exampletown EX1 1AA',
});

export function testContext(over: { purpose?: CheckPurpose; organisation?: Partial<Organisation>; today?: string } = {}): CheckContext {
  return {
    organisation: { ...TEST_ORGANISATION, ...over.organisation },
    today: over.today ?? '2024-05-20',
    extraHolidays: [],
    purpose: over.purpose ?? 'send',
  };
}

/** One rule over a case written the short way: what the rule's own tests need. */
export function runRule(rule: Rule, spec: CaseSpec, over: Parameters<typeof testContext>[0] = {}): Finding[] {
  return rule.check(buildCaseView(caseFromSpec(spec)), testContext(over));
}

/** A one-answer case: the common shape of a rule test. */
export function oneAnswer(blocks: CaseSpec['answers'][number]['blocks'], extra: Partial<CaseSpec['answers'][number]> = {}, caseExtra: Partial<CaseSpec> = {}): CaseSpec {
  return { ref: 'T1', questions: ['1'], answers: [{ covers: ['1'], blocks, ...extra }], ...caseExtra };
}
