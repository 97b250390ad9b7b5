import PostalMime, { type Email } from 'postal-mime';
import type { RequestFile } from '../../../core/model';
import { attachmentNames } from './attachmentNames';
import { htmlToText } from './htmlToText';
import { tidyText } from './tidyText';
import { ukDateOf } from './ukDate';
import { unreadableFile } from './unreadableFile';

const FIELD_NAME = /^[!-9;-~]+$/;
const REMEDY = 'Save the email from your mail program again (as .eml), or paste the text instead.';

/**
 * postal-mime accepts anything and calls the first lines headers, so a letter renamed to .eml
 * would come back as an "email" with no body. A real message starts with well-formed header lines
 * and has at least one of From, Subject or Date.
 */
function isEmail(email: Email): boolean {
  const first = email.headers[0];
  if (!first || !FIELD_NAME.test(first.originalKey)) return false;
  return email.headers.some((h) => h.key === 'from' || h.key === 'subject' || h.key === 'date');
}

/**
 * Thunderbird and other mbox-based clients may save a message with the mailbox's "From " separator
 * line on top, which is not a header; without this the whole message would look like a letter.
 */
function withoutMboxSeparator(bytes: Uint8Array): Uint8Array {
  const isSeparator = [0x46, 0x72, 0x6f, 0x6d, 0x20].every((b, i) => bytes[i] === b);
  if (!isSeparator) return bytes;
  const end = bytes.indexOf(0x0a);
  return end === -1 ? bytes : bytes.subarray(end + 1);
}

export async function readEml(name: string, bytes: Uint8Array): Promise<RequestFile> {
  let email: Email;
  try {
    email = await PostalMime.parse(withoutMboxSeparator(bytes));
  } catch {
    throw unreadableFile(name, 'could not be read as an email', REMEDY);
  }
  if (!isEmail(email)) throw unreadableFile(name, 'is not an email message (it has no From, Subject or Date line)', REMEDY);
  const from = email.from && 'address' in email.from && email.from.address ? email.from : null;
  const body = email.text?.trim() ? email.text : email.html ? htmlToText(email.html) : '';
  return {
    text: tidyText(body),
    received: ukDateOf(email.date),
    requester: from ? { name: from.name.trim(), email: from.address!.trim() } : null,
    subject: (email.subject ?? '').trim(),
    // Pictures the HTML shows inline (a logo in a signature) are part of the body, not attachments.
    attachments: attachmentNames(email.attachments.filter((a) => !a.related).map((a) => a.filename)),
    sourceKind: 'eml',
  };
}
