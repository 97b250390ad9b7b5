import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { dispatch } from '../../../core/api/dispatch';
import type { Bundle } from '../../../core/model';
import { DeskService } from '../deskService';
import { tempWorkspacePath } from '../testing/testWorkspace';
import { ChromiumPdfPrinter } from './chromiumPdfPrinter';
import { inspectPdf } from './pdfInspection';

// A letter's PDF export starts Chromium before the letter is assembled, so that the browser's start
// (paid on every CLI command) runs beside that work rather than after it (issue 13). The log's PDF
// needs no browser (./logPdf.ts).
const bundle = JSON.parse(readFileSync(new URL('../../../fixtures/iopc-month.bundle.json', import.meta.url).pathname, 'utf8')) as Bundle;

describe("a letter's PDF and the printer", () => {
  const ws = tempWorkspacePath();
  const printer = new ChromiumPdfPrinter();
  let service: DeskService;
  beforeAll(async () => {
    service = new DeskService(ws.path, { today: () => '2024-06-10', pdfPrinter: printer });
    await service.importBundle({ bundle, replace: false });
  });
  afterAll(async () => {
    await service.dispose();
    await printer.dispose();
    ws.cleanup();
  });

  it('starts the browser before the letter is assembled: the print finds it already started', async () => {
    const [first] = await service.listCases({ filter: 'all', search: '' });
    const result = await dispatch(service, 'exportLetter', { id: first!.id, format: 'pdf', draft: true });
    if (!result.ok) throw new Error(result.error.message);
    expect(printer.lastTimings).toMatchObject({ warm: true, printsOnPage: 1 });
    expect(inspectPdf(new Uint8Array(Buffer.from((result.value as { base64: string }).base64, 'base64')))).toMatchObject({ tagged: true });
  }, 60_000);
});
