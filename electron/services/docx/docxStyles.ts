import { AlignmentType, LevelFormat, LineRuleType, TabStopType, type INumberingOptions, type IStylesOptions } from 'docx';

/**
 * The look and the accessibility plumbing every exported DOCX shares: Arial 11pt (Liberation Sans
 * stands in for it, metric for metric, where Arial is missing), real heading styles with outline
 * levels so Word's navigation pane and PDF bookmarks see them, and en-GB as the language of every
 * run so spelling and screen readers use UK English.
 */
export const FONT = 'Arial';
export const LANGUAGE = 'en-GB';

/** A4 with 20 mm margins. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 };
export const TEXT_WIDTH_TWIPS = PAGE.width - 2 * PAGE.margin;

const heading = (level: number, sizePt: number) => ({
  id: `Heading${level}`,
  name: `heading ${level}`,
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { font: FONT, size: sizePt * 2, bold: true, color: '0B0C0C' },
  paragraph: { outlineLevel: level - 1, keepNext: true, keepLines: true, spacing: { before: level === 1 ? 0 : 280, after: 120, line: 240, lineRule: LineRuleType.AUTO } },
});

export function questionStyle(depth: number): string {
  const d = Math.min(Math.max(depth, 0), 3);
  return d ? `Question${d + 1}` : 'Question';
}

export function docxStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: 22, language: { value: LANGUAGE }, color: '0B0C0C' },
        paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
      },
    },
    paragraphStyles: [
      heading(1, 20),
      heading(2, 15),
      heading(3, 12.5),
      heading(4, 11),
      // One style per depth, with the label hanging in a tab stop, rather than properties on every
      // paragraph: a year's log has thousands of questions, and fewer elements write faster.
      ...[0, 1, 2, 3].map((depth) => ({
        id: questionStyle(depth),
        name: depth ? `Question ${depth + 1}` : 'Question',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: depth === 0,
        run: { bold: true },
        paragraph: {
          keepNext: true,
          spacing: { before: 200, after: 60 },
          indent: { left: 360 * depth + 567, hanging: 567 },
          tabStops: [{ type: TabStopType.LEFT, position: 360 * depth + 567 }],
        },
      })),
      {
        // Answers sit under their question's text, as in the HTML, so the eye can tell them apart.
        id: 'Answer',
        name: 'Answer',
        basedOn: 'Normal',
        next: 'Answer',
        paragraph: { indent: { left: 567 } },
      },
      {
        id: 'CoversNote',
        name: 'Covers note',
        basedOn: 'Normal',
        next: 'Question',
        run: { italics: true },
        paragraph: { keepNext: true, spacing: { before: 200, after: 60 } },
      },
      {
        id: 'HeaderFooterText',
        name: 'Header and footer text',
        basedOn: 'Normal',
        run: { size: 18, color: '505A5F' },
        paragraph: { spacing: { after: 0 } },
      },
    ],
    characterStyles: [
      {
        id: 'Hyperlink',
        name: 'Hyperlink',
        basedOn: 'DefaultParagraphFont',
        run: { color: '1D5EA8', underline: {} },
      },
    ],
  };
}

const levels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: (level: number) => string, start = 1) =>
  Array.from({ length: 9 }, (_, level) => ({
    level,
    format,
    text: text(level),
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }));

export const BULLET_LIST = 'bullet-list';
const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN] as const;

export function docxNumbering(): INumberingOptions {
  return {
    config: [
      { reference: BULLET_LIST, levels: levels(LevelFormat.BULLET, (l) => (l % 2 === 0 ? '\u2022' : '\u25E6')) },
      { reference: 'ordered-list-1', levels: orderedLevels(1) },
    ],
  };
}

function orderedLevels(start: number) {
  return Array.from({ length: 9 }, (_, level) => ({
    ...levels(ORDERED_FORMATS[level % 3]!, () => `%${level + 1}.`, start)[level]!,
  }));
}

/** A numbered list's definition; a list that starts other than at 1 gets a definition of its own. */
export function orderedListDefinition(start: number): string | { reference: string; levels: ReturnType<typeof orderedLevels> } {
  return start === 1 ? 'ordered-list-1' : { reference: `ordered-list-${start}`, levels: orderedLevels(start) };
}
