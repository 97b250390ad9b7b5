import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DeskError } from '../../../core/api/errors';
import { RequestFileSchema } from '../../../core/model';
import { htmlToDoc } from '../htmlToDoc';
import { htmlToText } from '../intake/htmlToText';
import { parseRequestFile } from '../intake/parseRequestFile';
import { buildTestDocx } from '../testing/testDocxFile';
import { buildTestMsg } from '../testing/testMsgFile';

// Fuzzing the readers of files from outside (issue 12). Each property bounds the time of one
// input, so a parser that goes quadratic or loops on some input fails here rather than in the app.
// The seeds are fixed so a failure reproduces; numRuns are modest so the file runs in seconds.

const SEED = 20250114;
const timed = async <T>(limitMs: number, run: () => T | Promise<T>): Promise<T> => {
  const started = performance.now();
  const out = await run();
  expect(performance.now() - started).toBeLessThan(limitMs);
  return out;
};

/** Pieces of the HTML mail programs and Word write, and of the HTML attackers write. */
const HTML_TOKENS = [
  '<p>', '</p>', '<br>', '<div>', '</div>', '<ol>', '<ol type="a">', '<ol type="i" start="3999">', '<ol start="1e400">', '</ol>', '<ul>', '</ul>',
  '<li>', '</li>', '<table>', '<tr>', '<td>', '</td>', '</tr>', '</table>', '<style>', '</style>', '<script>', '</script>', '<head>', '</head>',
  '<title>', '</title>', '<!--', '-->', '<a href="x">', '</a>', '<a ', '<', '>', '&amp;', '&#x1F600;', '&#0;', '&#99999999;', '&nbsp;', '&bogus;',
  '1. ', 'a) ', '(ii) ', 'How many?', ' ', '\n', '\r\n', '\t', '\u00a0', '\u200b', 'Ω', '<h1>', '</h1>', '<b>', '</b>', '<img src="cid:x">',
];
const htmlToken = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HTML_TOKENS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });
const html = fc.array(htmlToken, { maxLength: 300 }).map((parts) => parts.join(''));
/** A short pattern repeated thousands of times: what makes a quadratic parser show itself. */
const repeated = (maxTimes: number) =>
  fc.tuple(fc.array(fc.constantFrom(...HTML_TOKENS), { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: maxTimes })).map(([parts, times]) => parts.join('').repeat(times));

/** A parser may refuse a file only with the officer's kind of error, never anything else. */
async function readsOrRefuses(name: string, bytes: Uint8Array, limitMs: number): Promise<void> {
  const outcome = await timed(limitMs, () =>
    parseRequestFile(name, bytes).then(
      (file) => ({ file }),
      (err: unknown) => ({ err }),
    ),
  );
  if ('err' in outcome) {
    expect(outcome.err).toBeInstanceOf(DeskError);
    expect((outcome.err as DeskError).code).toBe('invalid-input');
    expect((outcome.err as DeskError).message).toMatch(new RegExp(`^${name.replace('.', '\\.')} `));
  } else {
    expect(RequestFileSchema.parse(outcome.file)).toEqual(outcome.file);
  }
}

/** Byte-level damage: overwrite, cut short, or splice a run of bytes from elsewhere in the file. */
const damaged = (original: Uint8Array) =>
  fc
    .array(
      fc.oneof(
        fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
        fc.record({ kind: fc.constant('set32' as const), at: fc.nat(), value: fc.constantFrom(0, 1, 2, 0xfffffffe, 0xffffffff, 0x7fffffff, 0x80000000) }),
        fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      ),
      { minLength: 1, maxLength: 6 },
    )
    .map((edits) => {
      let bytes = Uint8Array.from(original);
      for (const edit of edits) {
        const at = edit.at % bytes.length;
        if (edit.kind === 'set') bytes[at] = edit.value;
        else if (edit.kind === 'set32' && at + 4 <= bytes.length) new DataView(bytes.buffer).setUint32(at - (at % 4), edit.value, true);
        else if (edit.kind === 'cut' && at > 0) bytes = bytes.slice(0, at);
      }
      return bytes;
    });

describe('fuzz: htmlToText (HTML-only email bodies and Word documents)', () => {
  it('always gives tidy text, in bounded time', async () => {
    await fc.assert(
      fc.asyncProperty(html, async (input) => {
        const out = await timed(200, () => htmlToText(input));
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\n{3}|\r/);
        // Whatever the input, what is hidden stays hidden: nothing of a closed <script> shows.
        expect(await timed(200, () => htmlToText(`<p>A</p><script>${input.replace(/<\/script/gi, '')}SECRET</script><p>B</p>`))).not.toContain('SECRET');
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('stays linear on any short pattern repeated thousands of times', async () => {
    await fc.assert(
      fc.asyncProperty(repeated(20_000), async (input) => {
        await timed(500, () => htmlToText(input));
      }),
      { seed: SEED, numRuns: 40 },
    );
  });
});

describe('fuzz: htmlToDoc (HTML into the editor)', () => {
  beforeAll(async () => {
    // The server-side DOM takes over a second to load the first time: not part of any input's time.
    await htmlToDoc('<p>warm</p>');
  }, 20_000);

  it('always gives an editor document, in bounded time', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(html, repeated(500)), async (input) => {
        const doc = await timed(1_000, () => htmlToDoc(input));
        expect(doc.type).toBe('doc');
        expect(Array.isArray(doc.content)).toBe(true);
        expect(() => JSON.stringify(doc)).not.toThrow();
      }),
      { seed: SEED, numRuns: 60 },
    );
  });
});

describe('fuzz: the mail and Word readers', () => {
  const eml = readFileSync(new URL('../intake/fixtures/request.eml', import.meta.url));
  const msg = buildTestMsg({
    subject: 'FOI',
    body: 'Dear team,\r\n1. Who?\r\n2. When?',
    senderName: 'Ola Nowak',
    senderEmail: 'ola@example.org',
    delivered: new Date(Date.UTC(2025, 0, 6, 9)),
    attachments: [{ name: 'a.pdf', content: '%PDF stand-in' }],
  });
  let docx: Uint8Array;
  beforeAll(async () => {
    docx = await buildTestDocx(['Dear team,', { text: 'How many?', level: 0 }, { text: 'Since when?', level: 1 }]);
  });

  it('.eml: damaged emails, HTML bodies and random bytes are read or refused in words, in bounded time', async () => {
    const htmlEmail = html.map((body) => new TextEncoder().encode(`From: a@example.org\r\nSubject: x\r\nContent-Type: text/html\r\n\r\n${body}`));
    await fc.assert(
      fc.asyncProperty(fc.oneof(damaged(eml), htmlEmail, fc.uint8Array({ minLength: 1, maxLength: 2_000 })), async (bytes) => {
        await readsOrRefuses('request.eml', bytes, 1_000);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('.msg: damaged compound files are read or refused in words, in bounded time', async () => {
    await fc.assert(
      fc.asyncProperty(damaged(msg), async (bytes) => {
        await readsOrRefuses('request.msg', bytes, 1_000);
      }),
      { seed: SEED, numRuns: 300 },
    );
    // Damage aimed where it hurts: the header, the FAT and the directory are in the first sectors.
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ at: fc.integer({ min: 0, max: 4095 }), value: fc.constantFrom(0, 1, 2, 3, 0xfffffffe, 0xffffffff, 0x7fffffff) }), { minLength: 1, maxLength: 4 }),
        async (edits) => {
          const bytes = Uint8Array.from(msg);
          for (const edit of edits) new DataView(bytes.buffer).setUint32(edit.at - (edit.at % 4), edit.value, true);
          await readsOrRefuses('request.msg', bytes, 1_000);
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('.docx: damaged Word documents are read or refused in words, in bounded time', async () => {
    await fc.assert(
      fc.asyncProperty(damaged(docx), async (bytes) => {
        await readsOrRefuses('letter.docx', bytes, 2_000);
      }),
      { seed: SEED, numRuns: 80 },
    );
  });
});
