import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser } from 'playwright-core';
import { assembleLetter } from '../../core/documents/assembleLetter';
import { assembleLogMonth } from '../../core/documents/assembleLogMonth';
import { letterHtml } from '../../core/documents/letterHtml';
import { logHtml } from '../../core/documents/logHtml';
import type { Bundle, Case } from '../../core/model';
import { bundleCaseToCase } from './bundleCodec';
import { findChromium } from './pdf/findChromium';

/**
 * axe-core against the one HTML behind the preview and the PDF, in a real Chromium, with every rule
 * axe has (WCAG 2.0–2.2 A/AA and best practices): the published log must have no violations at all.
 */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const bundle = JSON.parse(readFileSync(new URL('../../fixtures/iopc-month.bundle.json', import.meta.url), 'utf8')) as Bundle;

let browser: Browser;
let cases: Case[];
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  cases = await Promise.all(bundle.cases.map((c, i) => bundleCaseToCase(c, `case-${i}`, '2024-06-10T00:00:00Z')));
}, 60_000);
afterAll(async () => browser?.close());

type AxeResult = { violations: { id: string; impact: string; help: string; nodes: { target: unknown }[] }[]; passes: unknown[] };

async function axe(html: string, media: 'screen' | 'print'): Promise<AxeResult> {
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    await page.emulateMedia({ media });
    await page.addScriptTag({ content: axeSource });
    return (await page.evaluate(() => (window as unknown as { axe: { run: (o: unknown) => Promise<unknown> } }).axe.run({ resultTypes: ['violations'] }))) as AxeResult;
  } finally {
    await page.close();
  }
}

const summary = (r: AxeResult) => r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);

describe('axe-core finds no violations', () => {
  for (const month of ['2024-05', '2024-06']) {
    for (const media of ['screen', 'print'] as const) {
      it(`in the ${month} log (${media})`, async () => {
        const html = logHtml(assembleLogMonth({ organisation: bundle.organisation!, cases, month }));
        const result = await axe(html, media);
        expect(summary(result)).toEqual([]);
      });
    }
  }

  it('in an empty month', async () => {
    expect(summary(await axe(logHtml(assembleLogMonth({ organisation: bundle.organisation!, cases, month: '2024-01' })), 'screen'))).toEqual([]);
  });

  it('in every response letter', async () => {
    const org = { ...bundle.organisation!, address: '10 South Colonnade\nLondon\nE14 4PU' };
    for (const c of cases) {
      expect(summary(await axe(letterHtml(assembleLetter({ organisation: org, case: c, today: '2024-06-10' })), 'screen')), c.ref).toEqual([]);
    }
  });

  it('and would report one: a heading level skipped is caught', async () => {
    const html = logHtml(assembleLogMonth({ organisation: bundle.organisation!, cases, month: '2024-06' })).replace(/<(\/?)h2\b/g, '<$1h4');
    expect((await axe(html, 'screen')).violations.map((v) => v.id)).toContain('heading-order');
  });
});
