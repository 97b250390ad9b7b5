import { describe, expect, it } from 'vitest';
import { splitRequest, splitRequestToJson } from './split-request';

/** Compact view of a split: "number|label|text", with "H " before headings. */
function rows(text: string): string[] {
  return splitRequest(text).map((q) => `${q.heading ? 'H ' : ''}${q.number}|${q.label}|${q.text}`);
}

describe('numbering styles', () => {
  it.each([
    ['1. A?\n2. B?', ['1|1.|A?', '2|2.|B?']],
    ['1) A?\n2) B?', ['1|1)|A?', '2|2)|B?']],
    ['(1) A?\n(2) B?', ['1|(1)|A?', '2|(2)|B?']],
    ['Q1: A?\nQ2: B?', ['1|Q1:|A?', '2|Q2:|B?']],
    ['Q1. A?\nQ2. B?', ['1|Q1.|A?', '2|Q2.|B?']],
    ['Question 1 - A?\nQuestion 2 - B?', ['1|Question 1 -|A?', '2|Question 2 -|B?']],
    ['Question 1: A?\nQuestion 2: B?', ['1|Question 1:|A?', '2|Question 2:|B?']],
    ['1.1 A?\n1.2 B?\n1.2.1 C?', ['1.1|1.1|A?', '1.2|1.2|B?', '1.2.1|1.2.1|C?']],
    ['a. A?\nb. B?', ['a|a.|A?', 'b|b.|B?']],
    ['a) A?\nb) B?', ['a|a)|A?', 'b|b)|B?']],
    ['(a) A?\n(b) B?', ['a|(a)|A?', 'b|(b)|B?']],
    ['A. A?\nB. B?', ['a|A.|A?', 'b|B.|B?']],
    ['i. A?\nii. B?', ['i|i.|A?', 'ii|ii.|B?']],
    ['(i) A?\n(ii) B?', ['i|(i)|A?', 'ii|(ii)|B?']],
    ['iii) A?\niv) B?', ['iii|iii)|A?', 'iv|iv)|B?']],
  ])('splits %j', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('reads run-together labels as number then letter', () => {
    expect(rows('1. Contact centre\nf. When?\n1g. Who maintains it?')).toEqual([
      'H 1|1.|Contact centre',
      '1.f|f.|When?',
      '1.g|1g.|Who maintains it?',
    ]);
    expect(rows('1(a) A?\n1(b) B?')).toEqual(['1.a|1(a)|A?', '1.b|1(b)|B?']);
  });

  it('nests relative labels and climbs back out by family', () => {
    expect(rows('1. Staff\na. How many?\n(i) Full time?\n(ii) Part time?\nb. Vacancies?\n2. Budget?')).toEqual([
      'H 1|1.|Staff',
      '1.a|a.|How many?',
      '1.a.i|(i)|Full time?',
      '1.a.ii|(ii)|Part time?',
      '1.b|b.|Vacancies?',
      '2|2.|Budget?',
    ]);
  });

  it('places decimal outline numbers under the heading they extend', () => {
    expect(rows('1. Staffing\n1.1 How many?\n2. Budget\n2.1 How much?')).toEqual([
      'H 1|1.|Staffing',
      '1.1|1.1|How many?',
      'H 2|2.|Budget',
      '2.1|2.1|How much?',
    ]);
  });
});

describe('letters and roman numerals', () => {
  it('reads i after h as the letter i', () => {
    const letters = 'abcdefghij'.split('').map((l) => `${l}. Item ${l}?`).join('\n');
    expect(splitRequest(letters).map((q) => q.number)).toEqual('abcdefghij'.split(''));
  });

  it('reads i at the start of a sub-list, or after a letter level, as a numeral', () => {
    expect(splitRequest('a. Sites:\ni. location\nii. reading\nb. Next?').map((q) => q.number)).toEqual([
      'a', 'a.i', 'a.ii', 'b',
    ]);
    expect(splitRequest('i. First?\nii. Second?').map((q) => q.number)).toEqual(['i', 'ii']);
  });

  it('reads v after iv as a numeral and v after u as a letter', () => {
    expect(splitRequest('i) A?\nii) B?\niii) C?\niv) D?\nv) E?').map((q) => q.number)).toEqual([
      'i', 'ii', 'iii', 'iv', 'v',
    ]);
    const letters = 'abcdefghijklmnopqrstuv'.split('').map((l) => `${l}) Item?`).join('\n');
    expect(splitRequest(letters).at(-1)?.number).toBe('v');
    expect(splitRequest(letters).at(-2)?.number).toBe('u');
  });

  it('lower-cases letters and numerals in the canonical number', () => {
    expect(splitRequest('A. Libraries\nI. Opening hours?\nII. Staff?').map((q) => q.number)).toEqual([
      'a', 'a.i', 'a.ii',
    ]);
  });
});

describe('headings', () => {
  it('emits a short title with sub-questions as a heading', () => {
    expect(splitRequest('2. CRM\na. Do you use a CRM?\nb. Which one?')[0]).toEqual({
      number: '2', label: '2.', text: 'CRM', heading: true,
    });
  });

  it('treats a stem ending in ":" as a heading, however long', () => {
    const stem = 'For each of the last five financial years please provide the following about the contract:';
    expect(splitRequest(`1. ${stem}\na) the supplier;\nb) the value.`)[0]?.heading).toBe(true);
  });

  it('keeps a numbered line that asks something as a question, with its sub-items nested under it', () => {
    expect(rows('1. Do you use ANPR cameras? If so:\na. how many;\nb. where.')).toEqual([
      '1|1.|Do you use ANPR cameras? If so:',
      '1.a|a.|how many;',
      '1.b|b.|where.',
    ]);
    const long = '1. Please provide the total number of formal complaints received about maternity services in each year';
    expect(splitRequest(`${long}\n(a) by subject\n(b) by outcome`)[0]?.heading).toBe(false);
  });

  it('never marks a question without sub-items as a heading', () => {
    expect(splitRequest('1. Storage\n2. Budget').every((q) => !q.heading)).toBe(true);
  });
});

describe('broken lines and artefacts', () => {
  it('joins a continuation line to its question with one space', () => {
    expect(rows('1. How many officers\nwere employed in 2023?\n2. Next?')[0]).toBe('1|1.|How many officers were employed in 2023?');
  });

  it('joins lines that PDF extraction double-spaced', () => {
    expect(rows('1. How many officers \n\nwere employed in 2023? \n\n2. Next?')[0]).toBe(
      '1|1.|How many officers were employed in 2023?',
    );
  });

  it('rejoins a split word without a space, but keeps the hyphen of a compound', () => {
    expect(splitRequest('1. The manage-\nment of the investi-\ngation?')[0]?.text).toBe('The management of the investigation?');
    expect(splitRequest('1. Do you use on-\npremise servers?')[0]?.text).toBe('Do you use on-premise servers?');
    expect(splitRequest('1. Which police-\nled schemes?')[0]?.text).toBe('Which police-led schemes?');
  });

  it('joins a word a soft hyphen broke', () => {
    expect(splitRequest('1. The organi\u00ADsa\u00AD\ntion chart?')[0]?.text).toBe('The organisation chart?');
  });

  it('collapses whitespace and strips PDF glyph artefacts', () => {
    expect(rows('¶ 1.  Contact   Centre ï\n\ta.\u00A0Do you have one?')).toEqual([
      'H 1|1.|Contact Centre',
      '1.a|a.|Do you have one?',
    ]);
    expect(splitRequest('1. Is the naïve model used?')[0]?.text).toBe('Is the naïve model used?');
  });

  it('handles Windows and old Mac line endings', () => {
    expect(rows('1. A?\r\n2. B?\r3. C?').length).toBe(3);
  });
});

describe('numbers that are not question labels', () => {
  it('leaves years, money, dates and times inside sentences alone', () => {
    const text = [
      '1. What was spent in each of the years 2021, 2022',
      'and 2023?',
      '2. The report said £1.5 million would be saved by',
      '1.5 million pounds of cuts; was it?',
      '3. Please send the agreement signed on',
      '1.1.2024.',
      '4. Who attended the event at',
      '10.30 am on 12 March?',
    ].join('\n');
    expect(splitRequest(text).map((q) => q.number)).toEqual(['1', '2', '3', '4']);
    expect(splitRequest(text)[2]?.text).toBe('Please send the agreement signed on 1.1.2024.');
  });

  it('leaves a cross-reference broken onto a new line alone', () => {
    expect(rows('1. How many arrests?\n2. Of the arrests in\n(1) above, how many were charged?')).toEqual([
      '1|1.|How many arrests?',
      '2|2.|Of the arrests in (1) above, how many were charged?',
    ]);
  });

  it('does not take an initial in a broken sentence for a label', () => {
    expect(rows('1. Please provide the letter sent by\nJ. Smith to the council.')).toEqual([
      '1|1.|Please provide the letter sent by J. Smith to the council.',
    ]);
  });
});

describe('the letter around the request', () => {
  it('drops greetings, sign-offs and signatures', () => {
    const text = 'Dear Sir/Madam,\n\n1. How many?\n2. How much?\n\nKind regards,\nJane Smith\n07700 900123\njane@example.org';
    expect(rows(text)).toEqual(['1|1.|How many?', '2|2.|How much?']);
  });

  it.each(['Hello,', 'Hi team', 'Dear FOI Team', 'Good morning,', 'To whom it may concern,'])('drops the greeting %j', (greeting) => {
    expect(rows(`${greeting}\n\nHow many libraries are there?`)).toEqual(['1||How many libraries are there?']);
  });

  it.each(['Kind regards', 'Yours faithfully', 'Many thanks', 'Thanks in advance', 'Best wishes,', 'Sent from my iPhone'])(
    'ends the request at %j',
    (signOff) => {
      expect(rows(`1. How many libraries are there?\n${signOff}\nA. Person`)).toEqual(['1|1.|How many libraries are there?']);
    },
  );

  it('drops a bare name on the last line', () => {
    expect(rows('1. How many libraries are there?\n2. How many staff?\n\nRachel Adeyemi')).toEqual([
      '1|1.|How many libraries are there?',
      '2|2.|How many staff?',
    ]);
  });

  it('drops preamble before the first question and closing remarks after the last', () => {
    const text = [
      'I am writing to request under the Freedom of Information Act the following.',
      'Please provide the following information:',
      '1. How many libraries are there?',
      '',
      'I would like to receive the information electronically.',
      'If you need clarification, please contact me.',
    ].join('\n');
    expect(rows(text)).toEqual(['1|1.|How many libraries are there?']);
  });

  it('keeps a paragraph between two questions with the first, but drops one after the last', () => {
    expect(rows('a. Do you have a wildlife officer?\n\nIf not, who deals with it.\n\nb. How many crimes?\n\nPlease reply soon.')).toEqual([
      'a|a.|Do you have a wildlife officer? If not, who deals with it.',
      'b|b.|How many crimes?',
    ]);
  });

  it('drops an unlabelled section title between questions', () => {
    expect(rows('1. How many?\n\nChildren\n\n2. How many children?')).toEqual(['1|1.|How many?', '2|2.|How many children?']);
  });
});

describe('unnumbered requests', () => {
  it('makes one question per distinct ask, numbered 1, 2, 3 with an empty label', () => {
    const text = 'How many fines were issued in 2023? I\'d also like to know how many were appealed. Finally, what was the income?';
    expect(rows(text)).toEqual([
      '1||How many fines were issued in 2023?',
      "2||I'd also like to know how many were appealed.",
      '3||Finally, what was the income?',
    ]);
  });

  it('makes a single ask one question numbered 1', () => {
    expect(rows('Please provide a copy of the council\'s tree policy.')).toEqual(["1||Please provide a copy of the council's tree policy."]);
  });

  it('keeps a detail with the ask it narrows', () => {
    expect(rows('How many thefts were reported in 2023? Please break this down by month. If so, who?')).toEqual([
      '1||How many thefts were reported in 2023? Please break this down by month. If so, who?',
    ]);
  });

  it('drops a generic introduction but keeps a specific one when it is the only ask', () => {
    expect(rows('I am writing to make a request under the Freedom of Information Act 2000. How many libraries are open?')).toEqual([
      '1||How many libraries are open?',
    ]);
    expect(rows('I am writing to request information about the closure of Elm Road library.')).toEqual([
      '1||I am writing to request information about the closure of Elm Road library.',
    ]);
  });

  it('does not split sentences at abbreviations or decimals', () => {
    expect(rows('What licence do you hold, e.g. E3 or E5? How much was the £1.5m contract with Acme Ltd. for?')).toEqual([
      '1||What licence do you hold, e.g. E3 or E5?',
      '2||How much was the £1.5m contract with Acme Ltd. for?',
    ]);
  });

  it('returns no questions for an empty paste or a letter with nothing in it', () => {
    expect(splitRequest('')).toEqual([]);
    expect(splitRequest('   \n\n ')).toEqual([]);
    expect(splitRequest('Dear FOI Team,\n\nKind regards,\nSteve')).toEqual([]);
  });
});

describe('bullets', () => {
  it('keeps a bulleted list under a numbered question in that question', () => {
    expect(rows('1. Please break down by:\n- age;\n- gender;\n- ethnicity.\n2. Next?')).toEqual([
      '1|1.|Please break down by: age; gender; ethnicity.',
      '2|2.|Next?',
    ]);
  });

  it('makes each bullet its own ask in a request that is only a bullet list', () => {
    expect(rows('Please provide the following information:\n• The number of A\n• The number of B')).toEqual([
      '1||The number of A',
      '2||The number of B',
    ]);
  });

  it('keeps bullets with a lead-in that says more than "the following"', () => {
    expect(rows('Please provide the following for 2023:\n* number of A\n* number of B')).toEqual([
      '1||Please provide the following for 2023: number of A; number of B',
    ]);
  });
});

describe('splitRequestToJson', () => {
  it('wraps the questions in the shape the CLI prints', () => {
    expect(splitRequestToJson('1. How many?')).toEqual({
      questions: [{ number: '1', label: '1.', text: 'How many?', heading: false }],
    });
  });
});
