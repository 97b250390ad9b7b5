import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citedSection } from './sectionReference';
import { loadClauseLibrary } from './loadClauseLibrary';
import { parsePoliceForces } from './policeForces';
import { splitParagraphs } from './fillClause';

// The shipped library is data that officers edit: these tests are the safety net that the law-shaped
// promises (every exemption present, NCND wording safe, s21 without NCND) survive their edits.

const templates = join(import.meta.dirname, '..', '..', 'templates');
const clauseDir = join(templates, 'clauses');
const files = readdirSync(clauseDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ path: `templates/clauses/${name}`, text: readFileSync(join(clauseDir, name), 'utf8') }));
const library = loadClauseLibrary(files);
const clauses = library.clauses;
const byId = new Map(clauses.map((clause) => [clause.id, clause]));
const foia = clauses.filter((clause) => clause.regimes.includes('foia'));

describe('shipped clause library', () => {
  it('parses every file with no errors and no warnings', () => {
    expect(library.errors).toEqual([]);
    expect(clauses).toHaveLength(files.length);
  });

  it('names each file after its clause id, so officers can find a clause by its file', () => {
    for (const clause of clauses) expect(clause.sourcePath).toBe(`templates/clauses/${clause.id}.md`);
  });

  it('has an exemption clause for every FOIA section in the table, 21 to 44', () => {
    const sections = ['21', '22', '22A', '23', '24', '26', '27', '28', '29', '30', '31', '32', '33', '34', '35', '36', '37', '38', '39', '40', '41', '42', '43', '44'];
    for (const section of sections) {
      const found = foia.filter((clause) => clause.kind === 'exemption' && clause.section?.match(/^\d+[A-Z]?/)?.[0] === section);
      expect(found.length, `s${section}`).toBeGreaterThan(0);
    }
  });

  it('has the subsections officers cite', () => {
    const cited = new Set(foia.filter((clause) => clause.kind === 'exemption').map(citedSection));
    for (const section of ['s31(1)(a)', 's31(1)(b)', 's31(1)(g)', 's40(2)', 's40(1)', 's43(1)', 's43(2)', 's27(1)(a)', 's30(1)(a)', 's35(1)(a)', 's36(2)(b)(i)', 's36(2)(c)', 's38(1)(a)', 's38(1)(b)', 's42(1)', 's44(1)(a)', 's21', 's22(1)', 's24(1)', 's23(1)', 's41(1)']) {
      expect(cited.has(section), section).toBe(true);
    }
  });

  it('has every listed NCND provision, and none for section 21', () => {
    const ncnd = new Set(foia.filter((clause) => clause.kind === 'ncnd').map(citedSection));
    for (const section of ['s23(5)', 's24(2)', 's26(3)', 's27(4)', 's30(3)', 's31(3)', 's35(3)', 's38(2)', 's40(5A)', 's40(5B)', 's41(2)', 's42(2)', 's43(3)', 's44(2)']) {
      expect(ncnd.has(section), section).toBe(true);
    }
    expect(clauses.filter((clause) => clause.kind === 'ncnd' && clause.section?.startsWith('21'))).toEqual([]);
    expect(byId.get('foia-s21')?.body).not.toMatch(/neither confirm/i);
  });

  it('never words an NCND clause in a way that reveals whether anything is held', () => {
    const revealing = [/the information we hold/i, /information (?:that )?we (?:do )?hold/i, /information held by us/i, /we (?:have|hold) (?:located|found|identified)/i, /withheld information/i, /\bwe hold (?:the|this|some)\b/i, /exempt because it is/i];
    for (const clause of clauses.filter((candidate) => candidate.kind === 'ncnd')) {
      for (const pattern of revealing) expect(clause.body, `${clause.id} ${pattern}`).not.toMatch(pattern);
      expect(clause.body, clause.id).toMatch(/neither confirms nor denies/);
    }
  });

  it('gives each qualified exemption the public interest paragraphs, and each absolute one says no test is needed', () => {
    for (const clause of clauses.filter((candidate) => candidate.kind === 'exemption')) {
      const names = clause.variables.map((variable) => variable.name);
      expect(names, clause.id).toContain('reason');
      if (clause.absolute) {
        expect(clause.body, clause.id).toMatch(/absolute|no (?:separate )?public interest test|does not involve a separate public interest test/i);
        expect(names, clause.id).not.toContain('factors_for');
      } else {
        expect(names, clause.id).toEqual(expect.arrayContaining(['factors_for', 'factors_against', 'conclusion']));
        const paragraphs = splitParagraphs(clause.body);
        expect(paragraphs, clause.id).toContain('Public interest factors in favour of disclosure');
        expect(paragraphs.some((paragraph) => /^Public interest factors in favour of maintaining the (?:exemption|exception)$/.test(paragraph)), clause.id).toBe(true);
      }
    }
  });

  it('asks "would" or "would be likely to" with the harm for every prejudice-based FOIA and FOISA exemption', () => {
    const tested = clauses.filter((clause) => clause.kind === 'exemption' && ['prejudice', 'substantial-prejudice', 'endanger', 'reasonable-opinion'].includes(clause.harm) && !clause.regimes.includes('eir'));
    expect(tested.length).toBeGreaterThan(15);
    for (const clause of tested) {
      const likelihood = clause.variables.find((variable) => variable.name === 'likelihood');
      expect(likelihood?.choices, clause.id).toEqual(['would', 'would be likely to']);
      expect(clause.variables.some((variable) => variable.name === 'harm'), clause.id).toBe(true);
    }
  });

  it('applies the EIR presumption in favour of disclosure in every EIR exception', () => {
    for (const clause of clauses.filter((candidate) => candidate.regimes.includes('eir') && ['exemption', 'not-held', 'ncnd'].includes(candidate.kind))) {
      expect(clause.body, clause.id).toMatch(/regulation 12\(2\)/i);
    }
    for (const section of ['12(4)(a)', '12(4)(b)', '12(4)(c)', '12(4)(d)', '12(4)(e)', '12(5)(a)', '12(5)(b)', '12(5)(d)', '12(5)(e)', '12(5)(f)', '12(5)(g)', '13(1)']) {
      expect(clauses.some((clause) => clause.regimes.includes('eir') && clause.section === section), section).toBe(true);
    }
  });

  it('uses the FOISA substantial prejudice test and the FOISA cost limit', () => {
    const foisa = clauses.filter((clause) => clause.regimes.includes('foisa'));
    expect(foisa.filter((clause) => clause.kind === 'exemption').length).toBeGreaterThanOrEqual(10);
    expect(byId.get('foisa-s35-1-a')?.harm).toBe('substantial-prejudice');
    expect(byId.get('foisa-s35-1-a')?.body).toMatch(/prejudice substantially/);
    expect(byId.get('foisa-s12-1')?.body).toMatch(/£600/);
    expect(byId.get('foisa-s12-1')?.body).toMatch(/40 hours/);
    expect(byId.get('foisa-s12-1')?.body).toMatch(/£15/);
  });

  it('puts the organisation cost limit and section 16 advice in the FOIA cost refusal', () => {
    const body = byId.get('foia-s12-1')?.body ?? '';
    for (const needle of ['{{org.costLimit}}', '{{org.costHours}}', '{{estimate_hours}}', 'section 16']) expect(body).toContain(needle);
  });

  it('links the closing paragraphs to the regulators', () => {
    expect(byId.get('closing-ico-complaint')?.body).toContain('https://ico.org.uk/make-a-complaint/');
    expect(byId.get('closing-foisa-review-sic')?.body).toContain('https://www.foi.scot/appeal');
    expect(byId.get('closing-foia-internal-review')?.variables.find((variable) => variable.name === 'review_days')?.default).toBe(20);
    expect(byId.get('redirect-all-police-forces')?.body).toContain('https://www.police.uk/forces/');
  });
});

describe('police forces list', () => {
  const forces = parsePoliceForces(readFileSync(join(templates, 'police-forces.json'), 'utf8'));

  it('has the 43 territorial forces of England and Wales, Police Scotland, PSNI and BTP', () => {
    expect(forces.filter((force) => force.country === 'England' || force.country === 'Wales')).toHaveLength(43);
    const names = forces.map((force) => force.name);
    for (const name of ['Police Scotland', 'Police Service of Northern Ireland', 'British Transport Police']) expect(names).toContain(name);
    expect(forces).toHaveLength(46);
  });

  it('is exactly the list offered by the single-force redirect', () => {
    const choices = byId.get('redirect-police-force')?.variables.find((variable) => variable.name === 'force')?.choices;
    expect(choices).toEqual(forces.map((force) => force.name));
  });
});
