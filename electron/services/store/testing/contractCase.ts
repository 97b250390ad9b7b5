import { CaseSchema, type Case } from '../../../../core/model';

/** An answer's document of one paragraph, as the editor writes it. */
export const paragraph = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/**
 * A case for the store contract suites: reference `ref` (id `id-${ref}`), received and made on
 * `day`, no requester, then `fields` over the top. Each suite adds the questions and answers it needs.
 */
export function contractCase(ref: string, fields: Partial<Case> = {}, day = '2024-06-03'): Case {
  return CaseSchema.parse({
    id: `id-${ref}`,
    ref,
    title: `Case ${ref}`,
    regime: 'foia',
    received: day,
    requester: { name: '', email: '', address: '' },
    createdAt: `${day}T09:00:00.000Z`,
    updatedAt: `${day}T09:00:00.000Z`,
    ...fields,
  });
}
