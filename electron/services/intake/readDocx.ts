import mammoth from 'mammoth';
import type { RequestFile } from '../../../core/model';
import { htmlToText } from './htmlToText';
import { tidyText } from './tidyText';
import { unreadableFile } from './unreadableFile';

/** Word's default multilevel list: what an officer sees when a requester used automatic numbering. */
const WORD_LIST_STYLES = ['1', 'a', 'i'];

/**
 * Through mammoth's HTML rather than its raw text: raw text drops Word's automatic numbering,
 * and the numbers are how the splitter finds the questions.
 */
export async function readDocx(name: string, bytes: Uint8Array): Promise<RequestFile> {
  let html: string;
  try {
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch {
    throw unreadableFile(name, 'could not be read as a Word document', 'Open it in Word and save it again as .docx, or paste the text instead.');
  }
  const text = htmlToText(html, { listStyles: WORD_LIST_STYLES });
  return { text: tidyText(text), received: null, requester: null, subject: '', attachments: [], sourceKind: 'docx' };
}
