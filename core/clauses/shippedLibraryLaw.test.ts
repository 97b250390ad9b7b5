import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Clause } from './clauseSchema';
import { citedSection } from './sectionReference';
import { loadClauseLibrary } from './loadClauseLibrary';
import { parsePoliceForces } from './policeForces';
import { splitParagraphs } from './fillClause';

// Points of law a reviewer found wrong in the shipped wording (issue 10). Each test names the
// provision it protects, so that an officer editing a clause can see which sentence the law needs.

const root = join(import.meta.dirname, '..', '..');
const templates = join(root, 'templates');
const clauseDir = join(templates, 'clauses');
const files = readdirSync(clauseDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ path: `templates/clauses/${name}`, text: readFileSync(join(clauseDir, name), 'utf8') }));
const library = loadClauseLibrary(files);
const byId = new Map(library.clauses.map((clause) => [clause.id, clause]));

function clause(id: string): Clause {
  const found = byId.get(id);
  if (!found) throw new Error(`the shipped library has no clause "${id}"`);
  return found;
}

/** Everything an officer reads when choosing and filling the clause: notes, prompts, choices and text. */
function allWording(found: Clause): string {
  const variables = found.variables.map((variable) => [variable.prompt, ...(variable.choices ?? []), String(variable.default ?? '')].join(' '));
  return [found.title, found.notes ?? '', ...variables, found.body].join('\n');
}

/** The paragraph that introduces the public interest factors. */
function publicInterestLead(found: Clause): string {
  const paragraphs = splitParagraphs(found.body);
  const at = paragraphs.findIndex((paragraph) => /^Public interest factors in favour of (?:disclosure|confirming)/.test(paragraph));
  return paragraphs[at - 1] ?? '';
}

const REVEALING = [/the information we hold/i, /information (?:that )?we (?:do )?hold/i, /information held by us/i, /we (?:have|hold) (?:located|found|identified)/i, /withheld information/i, /\bwe hold (?:the|this|some)\b/i, /\bwe hold information\b/i];

describe('breach of confidence (FOIA s41(1), FOISA s36(2))', () => {
  for (const id of ['foia-s41-1', 'foisa-s36-2']) {
    it(`${id}: the s2 test does not apply, and the public interest defence is part of "actionable"`, () => {
      const body = clause(id).body;
      expect(body).toMatch(/public interest test in section 2\S* of (?:FOIA|FOISA) does not apply because .*absolute/);
      expect(body).toMatch(/public interest defence .*as part of (?:deciding )?whether .*breach .*actionable/);
      // "not required to consider the public interest" contradicts the defence paragraph above it.
      expect(body).not.toMatch(/not required to consider whether the public interest/);
    });

    it(`${id}: does not make detriment a condition for private information`, () => {
      const found = clause(id);
      expect(found.body).not.toMatch(/would cause a detriment that a court would recognise/);
      expect(allWording(found)).toMatch(/detriment/);
      expect(allWording(found)).toMatch(/private (?:or personal )?information[^.]*(?:loss of privacy|not (?:always )?(?:needed|required))/);
    });
  }
});

describe('personal data of other people (FOIA s40(2), EIR reg 13, EISR reg 11(2), FOISA s38(1)(b))', () => {
  for (const id of ['foia-s40-2', 'eir-reg-13', 'eisr-reg-11-2', 'foisa-s38-1-b']) {
    it(`${id}: the ground is the officer's choice of the three ways a principle is breached`, () => {
      const found = clause(id);
      const ground = found.variables.find((variable) => variable.name === 'ground');
      expect(ground?.type).toBe('choice');
      expect(ground?.choices).toHaveLength(3);
      expect(ground?.choices?.some((choice) => /no lawful basis under Article 6\(1\)/.test(choice))).toBe(true);
      expect(ground?.choices?.some((choice) => /\bunfair\b/.test(choice))).toBe(true);
      expect(ground?.choices?.some((choice) => /Article 9\b.*Article 10\b|Article 10\b.*Article 9\b/.test(choice))).toBe(true);
      expect(found.body).toContain('{{ground}}');
      // The conclusion is the officer's, not a fixed sentence that Article 6 was the reason.
      expect(found.body).not.toMatch(/We have concluded that no lawful basis/);
    });

    it(`${id}: refers to "the data protection principles" as defined, including DPA 2018 s34(1)`, () => {
      const body = clause(id).body;
      expect(body).toMatch(/the data protection principles/);
      expect(body).not.toMatch(/data protection principles in Article 5\(1\) of the UK General Data Protection Regulation \(UK GDPR\)(?! and)/);
      expect(body).toMatch(/section 34\(1\) of the Data Protection Act 2018/);
    });
  }

  it('eir-reg-13: personal data reaches regulation 13 through regulation 12(3), not "throughout the EIR"', () => {
    const body = clause('eir-reg-13').body;
    expect(body).toMatch(/[Rr]egulation 12\(3\) provides that such personal data may be disclosed only in accordance with regulation 13/);
    expect(body).not.toMatch(/throughout the EIR/);
  });
});

describe('NCND for personal data (FOIA s40(5A), s40(5B))', () => {
  for (const id of ['foia-s40-5a', 'foia-s40-5b']) {
    it(`${id}: says its absolute status follows ICO practice, not the list in s2(3)`, () => {
      const notes = clause(id).notes ?? '';
      expect(notes).toMatch(/ICO/);
      expect(notes).toMatch(/section 2\(3\)/);
      expect(notes).toMatch(/40\(1\)/);
      expect(notes).toMatch(/40\(2\)/);
    });
  }
});

describe('repeated requests (FOIA s14(2), FOISA s14(2))', () => {
  it('foia-s14-2: applies only after compliance (information provided or told not held); a refusal never counts', () => {
    const found = clause('foia-s14-2');
    const notes = found.notes ?? '';
    expect(notes).toMatch(/provided/);
    expect(notes).toMatch(/not held/);
    expect(notes).toMatch(/refus\w* .*never counts|never counts/);
    expect(notes).not.toMatch(/refused it in a way that counts as compliance/);
    expect(found.body).toMatch(/complied with/);
  });

  it('foisa-s14-2: the period runs between the making of the two requests', () => {
    const found = clause('foisa-s14-2');
    expect(found.body).toMatch(/between the making of (?:that|your earlier) request and the making of this/);
    expect(found.variables.find((variable) => variable.name === 'previous_date')?.prompt).toMatch(/made/);
  });
});

describe('government policy (FOIA s35(1)(a))', () => {
  it('puts statistical background in s35(2) and public interest weight in s35(4)', () => {
    const notes = clause('foia-s35-1-a').notes ?? '';
    expect(notes).toMatch(/section 35\(2\)/);
    expect(notes).not.toMatch(/section 35\(2\) and \(4\)/);
    expect(notes).toMatch(/section 35\(4\)[^.]*(?:public interest|weight)/);
  });
});

describe('effective conduct of public affairs (FOIA s36)', () => {
  const s36 = ['foia-s36-2-b-i', 'foia-s36-2-b-ii', 'foia-s36-2-c', 'foia-s36-3'];
  for (const id of s36) {
    it(`${id}: the public interest paragraph is conditional (absolute for the Houses of Parliament)`, () => {
      const lead = publicInterestLead(clause(id));
      expect(lead).toMatch(/House of Commons or the House of Lords/);
      expect(lead).toMatch(/section 2\(3\)\(e\)/);
      expect(lead).toMatch(/qualified/);
    });
  }
});

describe('FOISA s39(1) and s27(1)', () => {
  it('foisa-s39-1: asks about endangering, never about substantial harm', () => {
    const found = clause('foisa-s39-1');
    const asked = found.variables.map((variable) => variable.prompt).join('\n');
    expect(asked).not.toMatch(/substantial/i);
    expect(found.body).not.toMatch(/substantial/i);
    expect(found.variables.find((variable) => variable.name === 'harm')?.prompt).toMatch(/endanger/);
  });

  it('foisa-s27-1: the 12 weeks run from when the request is made', () => {
    const found = clause('foisa-s27-1');
    expect(allWording(found)).not.toMatch(/request was received|date of receipt/);
    expect(found.body).toMatch(/12 weeks (?:after|of) the date on which (?:your|the) request was made/);
    expect(found.notes).toMatch(/made/);
  });
});

describe('EIR reg 6(1)(b): form or format', () => {
  it('applies only where a particular form or format was asked for, and gives the reg 6(2) explanation and rights', () => {
    const found = clause('eir-reg-6-1-b');
    expect(found.notes).toMatch(/particular form or format/);
    expect(found.body).toMatch(/form or format you asked for/);
    expect(found.body).toContain('{{requested_form}}');
    expect(found.body).toMatch(/regulation 6\(2\)/);
    expect(found.body).toMatch(/regulation 11/);
    expect(found.body).toMatch(/Information Commissioner/);
  });
});

describe('closing paragraphs', () => {
  it('closing-eisr-review-sic: gives the six months for applying to the SIC', () => {
    expect(clause('closing-eisr-review-sic').body).toMatch(/within six months/);
  });

  it('closing-reuse: cites the Re-use of Public Sector Information Regulations 2015 and fair dealing for reporting current events', () => {
    const body = clause('closing-reuse').body;
    expect(body).toMatch(/Re-use of Public Sector Information Regulations 2015/);
    expect(body).toMatch(/fair dealing for the purpose of reporting current events/);
    expect(body).not.toMatch(/news reporting/);
  });
});

describe('redirects to police bodies', () => {
  it('redirect-local-policing-body: names the Scottish Police Authority and the Northern Ireland Policing Board', () => {
    const found = clause('redirect-local-policing-body');
    const wording = allWording(found);
    expect(wording).toMatch(/Scottish Police Authority/);
    expect(wording).toMatch(/Northern Ireland Policing Board/);
    // The letter itself must not tell a Scottish or NI requester that a PCC oversees their force.
    expect(found.body).not.toMatch(/Police and Crime Commissioner/);
    expect(found.title).not.toMatch(/Police and Crime Commissioner/);
  });

  it('police-forces.json: the confirmed websites and BTP covering Great Britain', () => {
    const forces = parsePoliceForces(readFileSync(join(templates, 'police-forces.json'), 'utf8'));
    const byName = new Map(forces.map((force) => [force.name, force]));
    expect(byName.get('West Midlands Police')?.website).toBe('https://www.west-midlands.police.uk');
    expect(byName.get('South Yorkshire Police')?.website).toBe('https://www.southyorks.police.uk');
    expect(byName.get('British Transport Police')?.country).toBe('Great Britain');
  });
});

describe('the public interest extension notice (FOIA s17(1) given under s17(2))', () => {
  for (const id of ['foia-pit-extension', 'foia-pit-extension-ncnd']) {
    it(`${id}: has the s17(1)(c) reason, the s17(2) estimate, and the s17(7) review and s50 paragraphs`, () => {
      const found = clause(id);
      expect(found.variables.map((variable) => variable.name)).toEqual(expect.arrayContaining(['reason', 'decision_date']));
      expect(found.body).toContain('{{reason}}');
      expect(found.body).toMatch(/not yet reached a decision/);
      expect(found.body).toContain('{{decision_date}}');
      expect(found.body).toMatch(/internal review/);
      expect(found.body).toContain('{{org.reviewAddress}}');
      expect(found.body).toMatch(/section 50 of FOIA/);
      expect(found.body).toContain('https://ico.org.uk/make-a-complaint/');
    });
  }

  it('foia-pit-extension-ncnd: never confirms that information is held', () => {
    const found = clause('foia-pit-extension-ncnd');
    for (const pattern of REVEALING) expect(found.body, String(pattern)).not.toMatch(pattern);
    expect(found.body).toMatch(/duty to confirm or deny/);
    expect(found.body).toMatch(/should not be taken as an indication/);
    expect(clause('foia-pit-extension').notes).toMatch(/foia-pit-extension-ncnd|neither confirm nor deny/i);
  });
});

describe('the FOIA cost limit tiers', () => {
  it('names the £600 tier as every body in Part I of Schedule 1, not "central government"', () => {
    const readme = readFileSync(join(templates, 'README.md'), 'utf8');
    expect(readme).not.toMatch(/£600 for central government/);
    expect(readme).toMatch(/Part I of Schedule 1/);
    expect(clause('foia-s12-1').notes).toMatch(/£600[^.]*Part I of Schedule 1/);
  });
});

describe('the reigning Sovereign', () => {
  it('says "His Majesty", never "Her Majesty", in the library and in the app', () => {
    const offenders: string[] = [];
    const scan = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) scan(path);
        else if (/\.(?:ts|tsx|md|json|html)$/.test(entry.name) && !entry.name.endsWith('shippedLibraryLaw.test.ts') && /Her Majesty/.test(readFileSync(path, 'utf8'))) offenders.push(path);
      }
    };
    for (const dir of ['templates', 'core', 'renderer', 'electron']) scan(join(root, dir));
    expect(offenders).toEqual([]);
  });
});

describe('library gaps filled', () => {
  it('has EIR 12(5)(c), reg 13 NCND, FOIA NCND 22A(2), 37(2) and 39(2), and FOISA 38(1)(a)', () => {
    const present = new Set(library.clauses.map((found) => `${found.regimes[0]} ${found.kind} ${citedSection(found)}`));
    for (const wanted of ['eir exemption reg 12(5)(c)', 'eir ncnd reg 13(5A)', 'foia ncnd s22A(2)', 'foia ncnd s37(2)', 'foia ncnd s39(2)', 'foisa exemption s38(1)(a)']) {
      expect(present.has(wanted), wanted).toBe(true);
    }
  });

  it('eir-reg-12-5-c asks "would" only, and knows the emissions bar in reg 12(9) reaches only 12(5)(d) to (g)', () => {
    const found = clause('eir-reg-12-5-c');
    expect(found.notes).toMatch(/regulation 12\(9\) covers only regulation 12\(5\)\(d\) to \(g\)/);
    expect(found.body).toMatch(/would adversely affect intellectual property rights/);
    expect(found.body).not.toMatch(/would be likely to/);
  });

  it('s37(2) is absolute only for the Sovereign, heir and second in line; qualified for the rest', () => {
    expect(clause('foia-s37-2-sovereign')).toMatchObject({ kind: 'ncnd', section: '37(2)', absolute: true });
    expect(clause('foia-s37-2')).toMatchObject({ kind: 'ncnd', section: '37(2)', absolute: false });
    expect(clause('foia-s37-2-sovereign').body).toMatch(/His Majesty|the Sovereign/);
  });

  it('foisa-s38-1-a sends the requester to subject access', () => {
    const found = clause('foisa-s38-1-a');
    expect(found.absolute).toBe(true);
    expect(found.body).toMatch(/Article 15/);
    expect(found.body).toMatch(/subject access request/);
  });

  it('has a full-refusal opening for each regime, citing its own refusal notice provision', () => {
    expect(clause('eir-full-refusal').body).toMatch(/regulation 14 of the EIR/);
    expect(clause('foisa-full-refusal').body).toMatch(/section 16 of FOISA/);
    expect(clause('eisr-full-refusal').body).toMatch(/regulation 13 of the EISR/);
    for (const id of ['eir-full-refusal', 'foisa-full-refusal', 'eisr-full-refusal']) expect(clause(id).kind).toBe('standard');
  });
});

describe('further corrections found on review', () => {
  it('foia-s22-1: the intention to publish, by anyone, must exist when the request is made (s22(1)(b))', () => {
    const found = clause('foia-s22-1');
    expect(found.body).toMatch(/when your request was made/);
    expect(found.body).toMatch(/by us or by another person/);
    expect(allWording(found)).not.toMatch(/request (?:arrived|was received)/);
  });

  it('foia-s41-2: the NCND twin of s41(1) treats the public interest defence the same way', () => {
    const body = clause('foia-s41-2').body;
    expect(body).not.toMatch(/not required to consider the public interest/);
    expect(body).toMatch(/public interest defence.*as part of deciding whether confirming or denying would be an actionable breach/);
  });
});
