import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseClauseFile } from './parseClauseFile';
import { loadClauseLibrary } from './loadClauseLibrary';
import { splitFrontMatter } from './frontMatter';

const fixture = (name: string) => ({ path: `fixtures/${name}`, text: readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8') });

const GOOD = `---
id: good-clause
title: "Law enforcement: a test"
kind: exemption
regimes:
  - foia
section: "31(1)(a)"
absolute: false
harm: prejudice
version: 2
variables:
  - name: likelihood
    prompt: "How likely"
    type: choice
    choices: [would, "would be likely to"]
  - name: days
    prompt: 'Days, it''s a number'
    type: number
    default: 20
---

Disclosure {{likelihood}} prejudice. {{ days }} days. {{org.name}} {{case.ref}}
`;

describe('parseClauseFile', () => {
  it('reads a well-formed clause', () => {
    const { clause, errors } = parseClauseFile('good.md', GOOD);
    expect(errors).toEqual([]);
    expect(clause).toMatchObject({
      id: 'good-clause',
      title: 'Law enforcement: a test',
      kind: 'exemption',
      regimes: ['foia'],
      section: '31(1)(a)',
      absolute: false,
      harm: 'prejudice',
      version: 2,
      sourcePath: 'good.md',
      variables: [
        { name: 'likelihood', prompt: 'How likely', type: 'choice', choices: ['would', 'would be likely to'] },
        { name: 'days', prompt: "Days, it's a number", type: 'number', default: 20 },
      ],
    });
    expect(clause?.body).toBe('Disclosure {{likelihood}} prejudice. {{ days }} days. {{org.name}} {{case.ref}}');
  });

  it('reports an unknown kind on the line of "kind:"', () => {
    const { clause, errors } = parseClauseFile('fixtures/unknown-kind.md', fixture('unknown-kind.md').text);
    expect(clause).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ path: 'fixtures/unknown-kind.md', line: 4, severity: 'error' });
    expect(errors[0]?.message).toMatch(/kind/);
  });

  it('reports a body placeholder with no variable on its own line, and an unused variable as a warning', () => {
    const { path, text } = fixture('unknown-variable.md');
    const { clause, errors } = parseClauseFile(path, text);
    expect(clause).toBeUndefined();
    expect(errors).toEqual([
      { path, line: 19, severity: 'error', message: expect.stringMatching(/\{\{resaon\}\}/) },
      { path, line: 11, severity: 'warning', message: expect.stringMatching(/"spare" is declared but the text never uses it/) },
    ]);
  });

  it('still returns a clause whose only problems are warnings', () => {
    const text = GOOD.replace('{{ days }} days. ', '');
    const { clause, errors } = parseClauseFile('warn.md', text);
    expect(clause?.id).toBe('good-clause');
    expect(errors).toEqual([{ path: 'warn.md', line: 16, severity: 'warning', message: expect.stringMatching(/"days"/) }]);
  });

  it('reports a header line that is not "name: value"', () => {
    const { path, text } = fixture('broken-header.md');
    const { clause, errors } = parseClauseFile(path, text);
    expect(clause).toBeUndefined();
    expect(errors).toContainEqual({ path, line: 6, severity: 'error', message: expect.stringMatching(/expected "name: value"/) });
  });

  it('reports a choice variable without choices on the variable line', () => {
    const { path, text } = fixture('bad-choice.md');
    const { errors } = parseClauseFile(path, text);
    expect(errors).toEqual([{ path, line: 8, severity: 'error', message: expect.stringMatching(/needs a list of choices/) }]);
  });

  it('reports a file with no front matter on line 1', () => {
    const { path, text } = fixture('no-header.md');
    const { errors } = parseClauseFile(path, text);
    expect(errors).toEqual([{ path, line: 1, severity: 'error', message: expect.stringMatching(/must start with a "---" line/) }]);
  });

  it('reports missing fields, unclosed headers, unclosed placeholders, bad sections and typo fields', () => {
    const missing = parseClauseFile('m.md', '---\nid: x\nkind: standard\nregimes: [foia]\nversion: 1\n---\nText\n');
    expect(missing.errors).toContainEqual({ path: 'm.md', line: 1, severity: 'error', message: '"title" is missing' });

    const unclosed = parseClauseFile('u.md', '---\nid: x\ntitle: y\n');
    expect(unclosed.errors).toEqual([{ path: 'u.md', line: 1, severity: 'error', message: expect.stringMatching(/never closed/) }]);

    const brace = parseClauseFile('b.md', '---\nid: x\ntitle: y\nkind: standard\nregimes: [foia]\nversion: 1\n---\n\nLine one\nLine {{two\n');
    expect(brace.errors).toEqual([{ path: 'b.md', line: 10, severity: 'error', message: expect.stringMatching(/never closed/) }]);

    const section = parseClauseFile('s.md', '---\nid: x\ntitle: y\nkind: exemption\nregimes: [foia]\nsection: "s.31 1 a"\nabsolute: false\nharm: class\nversion: 1\n---\nText\n');
    expect(section.errors).toEqual([{ path: 's.md', line: 6, severity: 'error', message: expect.stringMatching(/section must look like/) }]);

    const typo = parseClauseFile('t.md', '---\nid: x\ntitle: y\nkind: standard\nregimes: [foia]\nregime: foia\nversion: 1\n---\nText\n');
    expect(typo.clause).toBeDefined();
    expect(typo.errors).toEqual([{ path: 't.md', line: 6, severity: 'warning', message: expect.stringMatching(/unknown detail "regime"/) }]);
  });

  it('requires absolute and harm for refusals but defaults them for boilerplate', () => {
    const exemption = parseClauseFile('e.md', '---\nid: x\ntitle: y\nkind: exemption\nregimes: [foia]\nsection: "21"\nversion: 1\n---\nText\n');
    expect(exemption.errors.map((error) => error.message)).toEqual(['"absolute" is missing', '"harm" is missing']);
    const closing = parseClauseFile('c.md', '---\nid: x\ntitle: y\nkind: closing\nregimes: [foia]\nversion: 1\n---\nText\n');
    expect(closing.clause).toMatchObject({ absolute: false, harm: 'none', variables: [] });
  });
});

describe('loadClauseLibrary', () => {
  it('keeps loading after a malformed file and reports duplicate ids', () => {
    const files = [
      { path: 'a.md', text: GOOD },
      fixture('unknown-kind.md'),
      { path: 'b.md', text: `\n${GOOD}` },
      fixture('no-header.md'),
    ];
    const { clauses, errors } = loadClauseLibrary(files);
    expect(clauses.map((clause) => clause.sourcePath)).toEqual(['a.md']);
    expect(errors.map((error) => [error.path, error.line])).toEqual([
      ['fixtures/unknown-kind.md', 4],
      ['b.md', 3],
      ['fixtures/no-header.md', 1],
    ]);
    expect(errors[1]?.message).toMatch(/already used by a\.md/);
  });
});

describe('splitFrontMatter', () => {
  it('reads nested lists of maps with block lists inside, and records lines', () => {
    const result = splitFrontMatter('---\n# a comment\nlist:\n- one\n- "two, three"\nmaps:\n  - a: 1\n    b: true\n    c:\n      - x\n      - y\n  - a: -2\n---\nbody');
    expect(result.errors).toEqual([]);
    expect(result.data).toEqual({ list: ['one', 'two, three'], maps: [{ a: 1, b: true, c: ['x', 'y'] }, { a: -2 }] });
    expect(result.lines.get('maps.1.a')).toBe(12);
    expect(result.lines.get('maps.0.c.1')).toBe(11);
    expect(result.body).toBe('body');
    expect(result.bodyStartLine).toBe(14);
  });

  it('rejects tabs and stray indentation with their lines', () => {
    const result = splitFrontMatter('---\na: 1\n\tb: 2\nc: 3\n    d: 4\n---\n');
    expect(result.errors).toEqual([
      { line: 3, message: 'indent with spaces, not tabs' },
      { line: 5, message: '"c" already has a value on its own line' },
    ]);
  });
});
