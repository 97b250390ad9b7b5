import type { Answer } from '../../core/model';
import type { DeskService } from '../../electron/services/deskService';

/** An answer's document of one paragraph, as the editor writes it. */
export const paragraphDoc = (text: string): Answer['doc'] => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/**
 * A case already split, each question answered in a paragraph: what the two-window specs (live
 * refresh, working together on SQLite and on PostgreSQL) start from. Question n is q{n}, its answer
 * a{n}, covering it alone. Through the service, as another window or officer would write it.
 */
export async function seedAnsweredCase(service: DeskService, ref: string, questions: readonly { text: string; answer: string }[]): Promise<string> {
  const c = await service.createCase({
    ref,
    title: 'Street lighting',
    regime: 'foia',
    received: '2024-05-20',
    requester: { name: 'A Requester', email: 'a@example.org', address: '' },
    requestText: questions.map((q, i) => `${i + 1}. ${q.text}`).join('\n'),
  });
  await service.updateCase({ id: c.id, patch: { questions: questions.map((q, i) => ({ id: `q${i + 1}`, number: String(i + 1), label: `${i + 1}.`, text: q.text, heading: false })) } });
  const answers: Answer[] = questions.map((q, i) => ({
    id: `a${i + 1}`,
    covers: [`q${i + 1}`],
    doc: paragraphDoc(q.answer),
    disposition: 'answered',
    exemptions: [],
    redirectTo: '',
  }));
  await service.replaceAnswers({ caseId: c.id, answers, removed: [] });
  return c.id;
}

/** The street lighting request the team specs share: two questions, two answers. */
export const STREET_LIGHTS = [
  { text: 'How many street lights?', answer: 'We maintain street lights.' },
  { text: 'What do they cost to run?', answer: 'The running cost is set out below.' },
] as const;
