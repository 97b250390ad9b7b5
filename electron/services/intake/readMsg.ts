import * as msgreader from '@kenjiuno/msgreader';
import type { FieldsData } from '@kenjiuno/msgreader';
import type { RequestFile } from '../../../core/model';
import { attachmentNames } from './attachmentNames';
import { compoundFileProblem } from './compoundFileCheck';
import { htmlToText } from './htmlToText';
import { tidyText } from './tidyText';
import { ukDateOf } from './ukDate';
import { unreadableFile } from './unreadableFile';

type MsgReaderClass = typeof msgreader.default;

// The package is CommonJS with `exports.default`: Node's ESM import (the built CLI, vitest) sees
// module.exports as the default, a bundler's interop sees the class itself.
const MsgReader: MsgReaderClass =
  ((msgreader.default as unknown as { default?: MsgReaderClass }).default ?? msgreader.default);

const REMEDY = 'Save it from Outlook again (File › Save As › Outlook Message Format), or paste the text instead.';

/** The compound-file signature every .msg starts with. */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function readMsg(name: string, bytes: Uint8Array): RequestFile {
  if (!CFB_SIGNATURE.every((b, i) => bytes[i] === b)) throw unreadableFile(name, 'could not be read as an Outlook message', REMEDY);
  // The officer's remedy is the same whatever the structure gets wrong, so the detail stays out of the message.
  if (compoundFileProblem(bytes)) throw unreadableFile(name, 'could not be read as an Outlook message', REMEDY);
  let data: FieldsData;
  try {
    data = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)).getFileData();
  } catch {
    throw unreadableFile(name, 'could not be read as an Outlook message', REMEDY);
  }
  if (data.error || data.dataType !== 'msg') throw unreadableFile(name, 'could not be read as an Outlook message', REMEDY);
  const email = (data.senderSmtpAddress || (data.senderEmail?.includes('@') ? data.senderEmail : '') || '').trim();
  const senderName = (data.senderName ?? '').trim();
  const html = data.bodyHtml ?? (data.html ? new TextDecoder().decode(data.html) : '');
  const body = data.body?.trim() ? data.body : html ? htmlToText(html) : '';
  return {
    text: tidyText(body),
    // Delivery time is when it reached the mailbox, the day of receipt; submit time is the sender's clock.
    received: ukDateOf(data.messageDeliveryTime) ?? ukDateOf(data.clientSubmitTime),
    requester: email || senderName ? { name: senderName, email } : null,
    subject: (data.subject ?? '').trim(),
    attachments: attachmentNames(
      (data.attachments ?? [])
        .filter((a) => !a.attachmentHidden)
        .map((a) => (a.innerMsgContent ? `${a.name ?? 'message'}.msg` : a.fileName || a.fileNameShort)),
    ),
    sourceKind: 'msg',
  };
}
