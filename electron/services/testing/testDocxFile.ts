import { AlignmentType, Document, LevelFormat, Packer, Paragraph } from 'docx';

/**
 * A request letter as Word writes it, for tests: the questions in Word's automatic numbering
 * (1. / a.), so the numbers exist only in the numbering definitions, not in the text.
 */
export async function buildTestDocx(lines: Array<string | { text: string; level: 0 | 1 }>): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'questions',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
            { level: 1, format: LevelFormat.LOWER_LETTER, text: '%2.', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: lines.map((line) =>
          typeof line === 'string' ? new Paragraph({ text: line }) : new Paragraph({ text: line.text, numbering: { reference: 'questions', level: line.level } }),
        ),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
