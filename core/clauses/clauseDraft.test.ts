import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  blankableSelection,
  blanksInBody,
  clauseFileText,
  clauseIdFromTitle,
  draftOfClause,
  variableNameFromPrompt,
  withBlank,
  withoutBlank,
  wordingFromText,
  type ClauseDraft,
} from './clauseDraft';
import { fillClause } from './fillClause';
import { parseClauseFile } from './parseClauseFile';

function reparsed(draft: ClauseDraft): ClauseDraft {
  const parsed = parseClauseFile(`${draft.id}.md`, clauseFileText(draft));
  expect(parsed.errors).toEqual([]);
  return draftOfClause(parsed.clause!);
}

describe('a clause form written as Markdown and read back', () => {
  it('gives the same clause: form → Markdown → parse → same clause', () => {
    const draft: ClauseDraft = {
      id: 'our-camera-vans',
      title: 'Camera vans: "where" and \\ when — officers’ notes # not a comment',
      kind: 'standard',
      regimes: ['foia', 'foisa'],
      absolute: false,
      harm: 'none',
      version: 1,
      notes: 'Use for: vans, not fixed cameras',
      variables: [
        { name: 'force', prompt: 'The name of the police force', type: 'text' },
        { name: 'when', prompt: 'Date of the survey', type: 'date' },
        { name: 'count', prompt: 'How many: vans', type: 'number', default: 12 },
        { name: 'period', prompt: 'Period', type: 'choice', choices: ['a week', 'a month, or "so"', 'yes'], default: 'yes' },
        { name: 'web', prompt: 'Where it is published', type: 'link', default: 'https://example.org/a#b' },
      ],
      body: 'We deploy {{count}} vans for {{force}} each {{period}}.\n\nThe survey of {{when}} is at {{web}}. Ask {{org.name}}.',
    };
    expect(reparsed(draft)).toEqual(draft);
  });

  it('keeps an exemption\'s section, absolute and harm test', () => {
    const draft: ClauseDraft = {
      id: 'our-s31-bodycam',
      title: 'Body-worn camera footage',
      kind: 'exemption',
      regimes: ['foia'],
      section: '31(1)(a)',
      absolute: false,
      harm: 'prejudice',
      version: 3,
      variables: [],
      body: 'Disclosure would be likely to prejudice the prevention of crime.',
    };
    expect(reparsed(draft)).toEqual(draft);
    expect(clauseFileText(draft)).toContain('variables: []');
  });

  it('round-trips every shipped clause through the form\'s draft', () => {
    const dir = join(import.meta.dirname, '..', '..', 'templates', 'clauses');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
      const clause = parseClauseFile(file, readFileSync(join(dir, file), 'utf8')).clause!;
      const draft = draftOfClause(clause);
      expect(reparsed(draft), file).toEqual(draft);
    }
  });
});

describe('blanks', () => {
  it('derives a variable name from the prompt that reads well in the answer, and never repeats one', () => {
    expect(variableNameFromPrompt('The name of the police force')).toBe('name_of_the_police_force');
    expect(variableNameFromPrompt('What is the date of the survey?')).toBe('date_of_the_survey');
    expect(variableNameFromPrompt('Force', ['force'])).toBe('force_2');
    expect(variableNameFromPrompt('2024 figures')).toBe('blank_2024_figures');
    expect(variableNameFromPrompt('Café opening hours for the whole of the county and its districts')).toMatch(/^cafe_opening_hours[a-z_]*$/);
    expect(variableNameFromPrompt('Café opening hours for the whole of the county and its districts').length).toBeLessThanOrEqual(32);
  });

  it('derives an id from the title', () => {
    expect(clauseIdFromTitle('Camera van locations')).toBe('camera-van-locations');
    expect(clauseIdFromTitle('Camera van locations', ['camera-van-locations'])).toBe('camera-van-locations-2');
    expect(clauseIdFromTitle('!!!')).toBe('own-clause');
  });

  it('turns the selected words into a blank that fills, and puts them back when the blank is removed', () => {
    const body = 'Northshire Police deploys vans weekly.';
    const selection = blankableSelection(body, 0, 18);
    expect(selection).toEqual({ ok: true, from: 0, to: 17, text: 'Northshire Police' });
    if (!selection.ok) return;
    const blanked = withBlank(body, selection.from, selection.to, 'force');
    expect(blanked).toBe('{{force}} deploys vans weekly.');
    expect(blanksInBody(`${blanked} {{org.name}}`)).toEqual(['force']);
    const variables = [{ name: 'force', prompt: 'Force', type: 'text' as const }];
    expect(fillClause({ body: blanked, variables }, { force: 'Westmoor Police' }, { org: {} }).text).toBe('Westmoor Police deploys vans weekly.');
    expect(withoutBlank(blanked, 'force', 'Northshire Police')).toBe(body);
    expect(blankableSelection(blanked, 2, 12)).toMatchObject({ ok: false });
    expect(blankableSelection(blanked, 0, 0)).toMatchObject({ ok: false, reason: 'Select the words to turn into a blank first.' });
  });

  it('keeps braces typed in an answer from reading as a blank', () => {
    const wording = wordingFromText('Use {{this}} literally.\u00a0\n\n');
    expect(wording).toBe('Use { {this} } literally.');
    expect(blanksInBody(wording)).toEqual([]);
  });
});
