import mammoth from 'mammoth';
import type { RequestFile } from '../../../core/model';
import { BoundedZip, ZipLimitError, type ZipLimits } from '../untrusted/boundedZip';
import { htmlToText } from './htmlToText';
import { tidyText } from './tidyText';
import { unreadableFile } from './unreadableFile';

/** Word's default multilevel list: what an officer sees when a requester used automatic numbering. */
const WORD_LIST_STYLES = ['1', 'a', 'i'];

const REMEDY = 'Open it in Word and save it again as .docx, or paste the text instead.';

/**
 * What a request letter may unpack to. A long letter's document.xml is a megabyte or two; mammoth
 * needs about 150 times the XML's size in memory and more than linear time (8 MB of paragraphs:
 * 17 s and 1.3 GB; 20 MB: 43 s and 2.6 GB), and a 485 KB file that unpacked to 200 MB was reported
 * at 2.6 GB and rising. Pictures are never unpacked (the text is all the splitter reads), so they
 * do not count.
 */
export const DOCX_ZIP_LIMITS: ZipLimits = { maxEntries: 10_000, maxEntryBytes: 8 * 1024 * 1024, maxTotalBytes: 32 * 1024 * 1024 };

const isMedia = (name: string) => /(^|\/)media\//.test(name);

/**
 * Through mammoth's HTML rather than its raw text: raw text drops Word's automatic numbering,
 * and the numbers are how the splitter finds the questions. mammoth is handed the document's
 * parts through a size-checked zip, not the bytes: it would otherwise unpack with JSZip, unchecked.
 */
export async function readDocx(name: string, bytes: Uint8Array, limits: ZipLimits = DOCX_ZIP_LIMITS): Promise<RequestFile> {
  let html: string;
  try {
    const zip = BoundedZip.open(bytes, limits);
    zip.checkDeclared(zip.entries.filter((entry) => !isMedia(entry.name)));
    ({ value: html } = await mammoth.convertToHtml(
      { file: mammothFile(zip) } as unknown as Parameters<typeof mammoth.convertToHtml>[0],
      // Pictures become empty <img>: reading them would only cost memory.
      { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    ));
  } catch (err) {
    if (err instanceof ZipLimitError && err.kind === 'too-large') {
      throw unreadableFile(name, `is too large to read safely: ${err.message}`, 'Save the letter again without pictures or embedded files, or paste the text instead.');
    }
    throw unreadableFile(name, 'could not be read as a Word document', REMEDY);
  }
  const text = htmlToText(html, { listStyles: WORD_LIST_STYLES });
  return { text: tidyText(text), received: null, requester: null, subject: '', attachments: [], sourceKind: 'docx' };
}

/** The shape mammoth's own unzip gives it (lib/zipfile.js): exists and read, nothing written back. */
function mammothFile(zip: BoundedZip) {
  return {
    exists: (part: string) => zip.has(part),
    read: async (part: string, encoding?: string) => {
      const data = zip.read(part);
      if (encoding === 'base64') return Buffer.from(data).toString('base64');
      return encoding ? new TextDecoder(encoding).decode(data) : data;
    },
    write: () => {
      throw new Error('a request letter is only read');
    },
  };
}
