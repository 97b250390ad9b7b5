import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, type DeskInput, type DeskMethod, type DeskOutput } from '../../../core/api';
import { DeskService } from '../deskService';
import { tempWorkspacePath } from '../testing/testWorkspace';
import { findTemplatesDir } from './templatesDir';

// Through dispatch, as the window calls it: the contract's validation is part of what is tested.
let ws: ReturnType<typeof tempWorkspacePath>;
let service: DeskService;
async function call<M extends DeskMethod>(method: M, input: DeskInput<M>): Promise<DeskOutput<M>> {
  const result = await dispatch(service, method, input);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as DeskOutput<M>;
}

const OWN = `---
id: our-bodycam
title: "Body-worn video retention"
kind: standard
regimes: [foia]
version: 1
variables:
  - name: days
    prompt: "How many days footage is kept"
    type: number
---

{{org.name}} keeps body-worn video for {{days}} days.
`;

beforeEach(async () => {
  ws = tempWorkspacePath();
  service = new DeskService(ws.path);
});
afterEach(async () => {
  service.close();
  ws.cleanup();
});

describe('the clause library service', () => {
  it('finds the shipped templates from the source tree and lists all 127 clauses', async () => {
    expect(findTemplatesDir()).toMatch(/templates$/);
    const list = await call('listClauses', {});
    expect(list.length).toBe(127);
    expect(list.every((c) => c.source === 'shipped' && !c.retired)).toBe(true);
    expect(list.find((c) => c.id === 'foia-s31-1-a')).toMatchObject({ kind: 'exemption', section: '31(1)(a)', version: 1 });
    expect(await call('libraryErrors', {})).toEqual([]);
  });

  it('saves an own clause and refuses malformed text with the line of the problem', async () => {
    const saved = await call('saveClause', { text: OWN });
    expect(saved).toMatchObject({ id: 'our-bodycam', version: 1, source: 'local' });
    const broken = OWN.replace('kind: standard', 'kind: standrad');
    await expect(call('saveClause', { text: broken })).rejects.toThrow(/our-bodycam\.md line 4: "kind" must be one of/);
    const unknownVariable = OWN.replace('{{days}}', '{{weeks}}');
    await expect(call('saveClause', { text: unknownVariable })).rejects.toThrow(/line 13: the text uses \{\{weeks\}\}/);
    expect((await call('getClause', { id: 'our-bodycam' })).version).toBe(1);
  });

  it('saving again adds a version; unchanged text adds none; old versions stay readable', async () => {
    await call('saveClause', { text: OWN });
    await call('saveClause', { text: OWN });
    expect((await call('getClause', { id: 'our-bodycam' })).version).toBe(1);
    const v2 = await call('saveClause', { text: OWN.replace('keeps', 'retains') });
    expect(v2.version).toBe(2);
    expect(v2.text).toMatch(/^version: 2$/m);
    expect((await call('getClause', { id: 'our-bodycam', version: 1 })).body).toContain('keeps');
  });

  it('editing a shipped clause makes a local copy that continues its versions', async () => {
    const shipped = await call('getClause', { id: 'foia-s31-1-a' });
    expect(shipped.source).toBe('shipped');
    const edited = await call('saveClause', { text: shipped.text.replace('We are withholding', 'We have withheld') });
    expect(edited).toMatchObject({ id: 'foia-s31-1-a', version: 2, source: 'local' });
    const list = await call('listClauses', {});
    expect(list.filter((c) => c.id === 'foia-s31-1-a')).toHaveLength(1);
    expect(list.find((c) => c.id === 'foia-s31-1-a')?.body).toContain('We have withheld');
    // An answer written with the shipped wording can still find it.
    expect((await call('getClause', { id: 'foia-s31-1-a', version: 1 })).body).toContain('We are withholding');
  });

  it('duplicates under a new id, and refuses an id already in use', async () => {
    const copy = await call('duplicateClause', { id: 'foia-s31-1-a', newId: 'our-s31-bodycam' });
    expect(copy).toMatchObject({ id: 'our-s31-bodycam', version: 1, source: 'local', title: 'Law enforcement: prevention or detection of crime (copy)' });
    await expect(call('duplicateClause', { id: 'foia-s31-1-a', newId: 'foia-s40-2' })).rejects.toThrow(/conflict/);
    await expect(call('duplicateClause', { id: 'foia-s31-1-a', newId: 'Not An Id' })).rejects.toThrow(/invalid-input/);
  });

  it('retiring hides a clause from the palette but keeps it resolvable', async () => {
    await call('retireClause', { id: 'foia-s31-1-a', retired: true });
    expect((await call('listClauses', {})).some((c) => c.id === 'foia-s31-1-a')).toBe(false);
    expect((await call('listClauses', { includeRetired: true })).find((c) => c.id === 'foia-s31-1-a')?.retired).toBe(true);
    expect((await call('getClause', { id: 'foia-s31-1-a' })).retired).toBe(true);
    // Still retired after an edit, and back once un-retired.
    const text = (await call('getClause', { id: 'foia-s31-1-a' })).text;
    await call('saveClause', { text: text.replace('withholding', 'holding back') });
    expect((await call('getClause', { id: 'foia-s31-1-a' })).retired).toBe(true);
    await call('retireClause', { id: 'foia-s31-1-a', retired: false });
    expect((await call('listClauses', {})).some((c) => c.id === 'foia-s31-1-a')).toBe(true);
    // Survives reopening the workspace.
    service.close();
    service = new DeskService(ws.path);
    expect((await call('getClause', { id: 'foia-s31-1-a' })).body).toContain('holding back');
  });

  it('exports a zip pack of own clauses and imports it into another workspace', async () => {
    await call('saveClause', { text: OWN });
    await call('duplicateClause', { id: 'foia-s40-2', newId: 'our-s40-staff' });
    const pack = await call('exportClausePack', {});
    expect(pack).toMatchObject({ count: 2 });
    expect(pack.fileName).toMatch(/^clause-pack-\d{4}-\d{2}-\d{2}\.zip$/);
    const zip = await JSZip.loadAsync(Buffer.from(pack.base64, 'base64'));
    expect(Object.keys(zip.files).sort()).toEqual(['our-bodycam.md', 'our-s40-staff.md']);

    service.close();
    ws.cleanup();
    ws = tempWorkspacePath();
    service = new DeskService(ws.path);
    expect(await call('importClausePack', { base64: pack.base64 })).toEqual({ imported: ['our-bodycam', 'our-s40-staff'], errors: [] });
    expect((await call('getClause', { id: 'our-bodycam' })).source).toBe('local');
  });

  it('imports all or nothing, listing every error with its file and line', async () => {
    const zip = new JSZip();
    zip.file('pack/our-bodycam.md', OWN);
    zip.file('pack/bad.md', OWN.replace('our-bodycam', 'our-bad').replace('title: "Body-worn video retention"\n', ''));
    zip.file('pack/twin.md', OWN);
    zip.file('pack/README.md', 'not a clause');
    const base64 = Buffer.from(await zip.generateAsync({ type: 'uint8array' })).toString('base64');
    const result = await call('importClausePack', { base64 });
    expect(result.imported).toEqual([]);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'pack/bad.md', line: 1, message: '"title" is missing' }),
        expect.objectContaining({ path: 'pack/twin.md', message: expect.stringMatching(/already used by pack\/our-bodycam\.md/) }),
      ]),
    );
    expect((await call('listClauses', {})).some((c) => c.id === 'our-bodycam')).toBe(false);
    expect((await call('importClausePack', { base64: Buffer.from('not a zip').toString('base64') })).errors[0]?.message).toMatch(/not a zip/);
  });

  it('imports loose .md files chosen from a folder', async () => {
    const result = await call('importClausePack', { files: [{ name: 'our-bodycam.md', text: OWN }] });
    expect(result).toEqual({ imported: ['our-bodycam'], errors: [] });
  });

  it('fills a clause with the organisation and the case', async () => {
    await call('saveOrganisation', { name: 'Office of the Police Watchdog', shortName: 'OPW', contactEmail: 'foi@opw.example', defaultRegime: 'foia', address: '', reviewAddress: 'review@opw.example', website: '', costTier: 'central', allowedEmails: [] });
    await call('saveClause', { text: OWN });
    const filled = await call('fillClause', { id: 'our-bodycam', values: {} });
    expect(filled.text).toBe('Office of the Police Watchdog keeps body-worn video for [days] days.');
    expect(filled.missing).toEqual(['days']);
    const c = await call('createCase', { ref: 'FOI-1', title: 'Costs', regime: 'foia', received: '2025-03-14' });
    const cost = await call('fillClause', { id: 'foia-s12-1', values: {}, caseId: c.id });
    expect(cost.text).toContain('£600');
    expect(cost.text).not.toContain('£450');
  });

  it('lists the police forces from the shipped list', async () => {
    const forces = await call('listPoliceForces', {});
    expect(forces.length).toBeGreaterThanOrEqual(45);
    expect(forces.find((f) => f.name === 'Police Scotland')?.country).toBe('Scotland');
  });

  it('reports a malformed shipped file but loads the rest', async () => {
    const templates = join(ws.dir, 'templates');
    mkdirSync(join(templates, 'clauses'), { recursive: true });
    cpSync(join(findTemplatesDir(), 'police-forces.json'), join(templates, 'police-forces.json'));
    writeFileSync(join(templates, 'clauses', 'our-bodycam.md'), OWN);
    writeFileSync(join(templates, 'clauses', 'broken.md'), OWN.replace('our-bodycam', 'broken').replace('---\n\n{{org', '\n{{org'));
    const other = new DeskService(join(ws.dir, 'other.sqlite'), { templatesDir: templates });
    try {
      expect((await other.listClauses({ includeRetired: false })).map((c) => c.id)).toEqual(['our-bodycam']);
      expect(await other.libraryErrors()).toEqual([expect.objectContaining({ path: 'templates/clauses/broken.md', line: 1, severity: 'error' })]);
    } finally {
      other.close();
    }
  });
});
