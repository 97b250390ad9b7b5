import { BUNDLE_FORMAT, type Bundle } from '../../core/model';

/** Synthetic workspaces for benchmarks: realistic sizes, deterministic content. */
export function syntheticBundle(caseCount: number, questionsPerCase: number, opts: { answered?: boolean; sentMonth?: string } = {}): Bundle {
  const cases = Array.from({ length: caseCount }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0');
    const questions = Array.from({ length: questionsPerCase }, (_, j) => ({
      number: String(j + 1),
      text: `How many contact centre staff worked in team ${j + 1} in each of the years 2021, 2022 and 2023, and what was their total cost?`,
    }));
    return {
      ref: `B${String(100000 + i)}`,
      title: `Synthetic request ${i + 1} about ${['telephony', 'staffing', 'complaints', 'contracts'][i % 4]}`,
      regime: 'foia' as const,
      received: `2024-05-${day}`,
      sent: opts.sentMonth ? `${opts.sentMonth}-${day}` : null,
      requester: { name: `Requester ${i}`, email: `r${i}@example.org` },
      publish: true,
      requestText: questions.map((q) => `${q.number}. ${q.text}`).join('\n'),
      questions,
      answers: opts.answered
        ? questions.map((q) => ({
            covers: [q.number],
            html: `<p>In ${q.number === '1' ? 'the first year' : 'that year'} the team had <strong>${Number(q.number) + 10}</strong> staff.</p><ul><li><p>Advisers: ${q.number}</p></li><li><p>Managers: 2</p></li></ul>`,
          }))
        : [],
    };
  });
  return { format: BUNDLE_FORMAT, cases };
}

/** A 60-question request in mixed numbering styles, as pasted from an email. */
export function sixtyQuestionRequest(): string {
  const lines = ['Dear FOI Officer,', '', 'Under the Freedom of Information Act 2000 please provide:', ''];
  for (let s = 1; s <= 12; s++) {
    lines.push(`${s}. Section ${s} topic`);
    for (const l of ['a', 'b', 'c', 'd', 'e']) lines.push(`${l}) How many requests about topic ${s}${l} did you receive in each of the years 2021, 2022 and 2023?`);
  }
  lines.push('', 'Kind regards,', 'A. Requester');
  return lines.join('\n');
}
