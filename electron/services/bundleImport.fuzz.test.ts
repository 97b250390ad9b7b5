import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskError } from '../../core/api/errors';
import type { Bundle } from '../../core/model';
import { parseBundleText } from '../../core/model/bundleText';
import { DeskService } from './deskService';
import { tempWorkspacePath } from './testing/testWorkspace';

/**
 * Issue 12: the bundle importer, fuzzed through the real service and a real SQLite file. Every input
 * either imports in full or is refused with a DeskError that names where in the JSON the fault is, and
 * a refusal changes nothing. Never a crash (an error that is not a DeskError), never half an import.
 */
const iopcText = readFileSync(new URL('../../fixtures/iopc-month.bundle.json', import.meta.url), 'utf8');
const iopc = JSON.parse(iopcText);

let ws: ReturnType<typeof tempWorkspacePath>;
let service: DeskService;
beforeAll(async () => {
  ws = tempWorkspacePath();
  service = new DeskService(ws.path, { today: () => '2024-07-01' });
  await service.importBundle({ bundle: iopc, replace: false });
});
afterAll(async () => {
  await service.dispose?.();
  service.close();
  ws.cleanup();
});

// A JSON path as formatIssuePath writes it ("cases[1].received", "(top level)"), or a key named in the message.
const NAMES_A_PATH = /\(top level\)|\b(?:cases|organisation|format|logOrders|holidays)\b|\[\d+\]/;

async function importOrRefuse(bundle: unknown): Promise<void> {
  const before = await service.exportBundle({});
  try {
    const r = await service.importBundle({ bundle, replace: true });
    // Imported: every case of the bundle is in the workspace, as the bundle has it.
    const cases = (bundle as { cases: { ref: string; title: string }[] }).cases;
    expect(r.imported).toHaveLength(cases.length);
    const after = await service.exportBundle({});
    const stored = new Map(after.cases.map((c) => [c.ref, c.title]));
    for (const c of cases) expect(stored.get(c.ref.trim()) ?? stored.get(c.ref), `case ${c.ref} after import`).toBe(c.title.trim());
  } catch (err) {
    if (!(err instanceof DeskError)) throw new Error(`the import crashed instead of refusing: ${String((err as Error)?.stack ?? err)}`);
    expect(err.message, err.message).toMatch(NAMES_A_PATH);
    expect(err.message).toMatch(/Nothing was changed/);
    expect(await service.exportBundle({})).toEqual(before);
  }
}

/** Every path into a value, so a mutation can land anywhere in the bundle. */
function pathsOf(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  const out = [path];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...path, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...path, k]));
  return out;
}
const PATHS = pathsOf(iopc).filter((p) => p.length > 0);

type Mutation = { path: (string | number)[]; op: 'replace' | 'delete' | 'copy-sibling'; value: unknown };
const odd = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ unit: 'binary', maxLength: 20 }), fc.constantFrom('', ' ', '2204-01-01', '2024-02-30', '\uD800', '\uFEFF', 1e308, -1, null, [], {}));
const mutation: fc.Arbitrary<Mutation> = fc.record({ path: fc.constantFrom(...PATHS), op: fc.constantFrom('replace', 'replace', 'delete', 'copy-sibling'), value: odd });

function mutate(bundle: unknown, muts: Mutation[]): unknown {
  const copy = structuredClone(bundle) as Record<string | number, unknown>;
  for (const { path, op, value } of muts) {
    const parent = path.slice(0, -1).reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string | number, unknown>)[k] : undefined), copy) as Record<string | number, unknown> | undefined;
    const key = path.at(-1)!;
    if (!parent || typeof parent !== 'object') continue;
    if (op === 'replace') parent[key] = value;
    else if (op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    }
    else {
      // The same field from a sibling case or answer: a duplicated reference or id.
      const grand = path.slice(0, -2).reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string | number, unknown>)[k] : undefined), copy);
      const index = path.at(-2);
      if (Array.isArray(grand) && typeof index === 'number' && grand.length > 1) {
        const sibling = grand[(index + 1) % grand.length] as Record<string | number, unknown> | undefined;
        if (sibling && typeof sibling === 'object') parent[key] = structuredClone(sibling[key]);
      }
    }
  }
  return copy;
}

describe('the bundle importer, fuzzed', () => {
  it('refuses random JSON with a path, changing nothing', async () => {
    await fc.assert(fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), importOrRefuse), { numRuns: 60 });
  });

  it('imports a mutated valid bundle in full or refuses it with a path, never half', async () => {
    await fc.assert(fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), (muts) => importOrRefuse(mutate(iopc, muts))), {
      numRuns: 80,
      // Always tried: two cases with one reference (the second must not silently replace the first), a bad date.
      examples: [[[{ path: ['cases', 0, 'ref'], op: 'copy-sibling', value: null }]], [[{ path: ['cases', 1, 'received'], op: 'replace', value: '2204-01-01' }]]],
    });
  });

  it('imports a mutated version 2 backup (history, a sent copy, the bin, an order) in full or refuses it with a path', async () => {
    // Made by the service itself from the month: an answer edited, a letter exported and sent, a case binned.
    const maker = tempWorkspacePath();
    const source = new DeskService(maker.path, { today: () => '2024-07-01' });
    let v2: Bundle;
    try {
      await source.importBundle({ bundle: iopc, replace: false });
      const open = await source.getCase({ id: (await source.findCaseByRef({ ref: '5024113' })).id! });
      await source.recordSentEdit({ caseId: open.id, reason: 'Reopened' });
      await source.updateCase({ id: open.id, patch: { status: 'in-review', sent: null } });
      await source.saveAnswer({ caseId: open.id, answer: { ...open.answers[0]!, doc: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Corrected.' }] }] } } });
      await source.exportLetter({ id: open.id, format: 'docx', draft: false });
      await source.updateCase({ id: open.id, patch: { status: 'sent', sent: '2024-07-01' } });
      await source.setLogOrder({ month: '2024-05', order: ['5024150', '5024007'] });
      await source.assignCase({ id: (await source.findCaseByRef({ ref: '5024007' })).id!, owner: 'sam.officer' });
      await source.deleteCase({ id: (await source.findCaseByRef({ ref: '5024150' })).id! });
      v2 = await source.exportBundle({});
    } finally {
      await source.dispose();
      maker.cleanup();
    }
    expect(v2.cases.find((c) => c.ref === '5024113')!.sentCopies?.map((f) => f.kind).sort()).toEqual(['docx', 'html']);
    const paths = pathsOf(v2).filter((p) => p.length > 0);
    const v2mutation: fc.Arbitrary<Mutation> = fc.record({ path: fc.constantFrom(...paths), op: fc.constantFrom('replace', 'replace', 'delete', 'copy-sibling'), value: odd });
    await fc.assert(fc.asyncProperty(fc.array(v2mutation, { minLength: 1, maxLength: 3 }), (muts) => importOrRefuse(mutate(v2, muts))), { numRuns: 60 });
  }, 120_000);

  it('reads the bytes of a bundle file or refuses them plainly, naming the file', async () => {
    const bytes = new TextEncoder().encode(iopcText);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }), fc.nat(bytes.length), (flips, cut) => {
        const b = bytes.slice(0, Math.max(1, cut));
        for (const [at, v] of flips) if (at < b.length) b[at] = v;
        try {
          parseBundleText(b, 'month.json');
        } catch (err) {
          expect(err).toBeInstanceOf(DeskError);
          expect((err as DeskError).message).toMatch(/^month\.json (is not UTF-8 text|could not be read as JSON)/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
