import CFB from 'cfb';

/**
 * Builds a real Outlook .msg (MS-OXMSG) for tests: a compound file written by SheetJS's cfb with
 * the streams Outlook itself writes for a plain message. No .msg from a real mailbox is committed:
 * it would carry someone's personal data.
 */
export interface TestMsg {
  subject: string;
  body: string;
  senderName: string;
  senderEmail: string;
  /** PR_MESSAGE_DELIVERY_TIME; omitted when undefined. */
  delivered?: Date;
  attachments?: Array<{ name: string; content: string }>;
}

// Property types (MS-OXCDATA 2.11.1) and tags (MS-OXPROPS) used below.
const PT_LONG = 0x0003;
const PT_UNICODE = 0x001f;
const PT_SYSTIME = 0x0040;
const PT_BINARY = 0x0102;
const PR_MESSAGE_CLASS = 0x001a;
const PR_SUBJECT = 0x0037;
const PR_SENDER_NAME = 0x0c1a;
const PR_SENDER_EMAIL_ADDRESS = 0x0c1f;
const PR_SENDER_ADDRTYPE = 0x0c1e;
const PR_MESSAGE_DELIVERY_TIME = 0x0e06;
const PR_BODY = 0x1000;
const PR_STORE_SUPPORT_MASK = 0x340d;
const PR_ATTACH_DATA_BIN = 0x3701;
const PR_ATTACH_METHOD = 0x3705;
const PR_ATTACH_LONG_FILENAME = 0x3707;
const PR_ATTACH_NUM = 0x0e21;
const STORE_UNICODE_OK = 0x00040000;
const ATTACH_BY_VALUE = 1;
/** PROPATTR_READABLE | PROPATTR_WRITABLE, as Outlook writes them. */
const FLAGS = 6;

type Prop = { id: number; type: number; value: Buffer };

const unicode = (id: number, text: string): Prop => ({ id, type: PT_UNICODE, value: Buffer.from(text + '\0', 'utf16le') });
const long = (id: number, n: number): Prop => {
  const value = Buffer.alloc(4);
  value.writeUInt32LE(n);
  return { id, type: PT_LONG, value };
};
const time = (id: number, at: Date): Prop => {
  // FILETIME: 100 ns ticks since 1601-01-01 UTC.
  const value = Buffer.alloc(8);
  value.writeBigUInt64LE(BigInt(at.getTime()) * 10_000n + 116_444_736_000_000_000n);
  return { id, type: PT_SYSTIME, value };
};

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');
const streamName = (p: Prop) => `__substg1.0_${hex4(p.id)}${hex4(p.type)}`;
const isFixed = (p: Prop) => p.type === PT_LONG || p.type === PT_SYSTIME;

/**
 * The property stream (MS-OXMSG 2.4.1): a header (32 bytes at the top level, 8 in an attachment),
 * then 16 bytes a property. Fixed-size values sit in the entry; variable ones live in their own
 * stream and the entry holds their size.
 */
function propertyStream(props: Prop[], header: Buffer): Buffer {
  const entries = props.map((p) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt32LE(((p.id << 16) | p.type) >>> 0, 0);
    entry.writeUInt32LE(FLAGS, 4);
    if (isFixed(p)) p.value.copy(entry, 8);
    else entry.writeUInt32LE(p.value.length, 8);
    return entry;
  });
  return Buffer.concat([header, ...entries]);
}

function addStorage(cfb: CFB.CFB$Container, folder: string, props: Prop[], header: Buffer): void {
  CFB.utils.cfb_add(cfb, `${folder}/__properties_version1.0`, propertyStream(props, header));
  for (const p of props) if (!isFixed(p)) CFB.utils.cfb_add(cfb, `${folder}/${streamName(p)}`, p.value);
}

export function buildTestMsg(msg: TestMsg): Uint8Array {
  const attachments = msg.attachments ?? [];
  const cfb = CFB.utils.cfb_new();
  const top: Prop[] = [
    unicode(PR_MESSAGE_CLASS, 'IPM.Note'),
    unicode(PR_SUBJECT, msg.subject),
    unicode(PR_BODY, msg.body),
    unicode(PR_SENDER_NAME, msg.senderName),
    unicode(PR_SENDER_EMAIL_ADDRESS, msg.senderEmail),
    unicode(PR_SENDER_ADDRTYPE, 'SMTP'),
    long(PR_STORE_SUPPORT_MASK, STORE_UNICODE_OK),
    ...(msg.delivered ? [time(PR_MESSAGE_DELIVERY_TIME, msg.delivered)] : []),
  ];
  // Top-level header: 8 reserved, next recipient id, next attachment id, recipient count, attachment count, 8 reserved.
  const header = Buffer.alloc(32);
  header.writeUInt32LE(attachments.length, 12);
  header.writeUInt32LE(attachments.length, 20);
  addStorage(cfb, '', top, header);
  attachments.forEach((a, i) => {
    const folder = `/__attach_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}`;
    addStorage(cfb, folder, [
      long(PR_ATTACH_NUM, i),
      long(PR_ATTACH_METHOD, ATTACH_BY_VALUE),
      unicode(PR_ATTACH_LONG_FILENAME, a.name),
      { id: PR_ATTACH_DATA_BIN, type: PT_BINARY, value: Buffer.from(a.content, 'utf8') },
    ], Buffer.alloc(8));
  });
  return dropSheetJsPlaceholder(CFB.write(cfb, { type: 'buffer' }) as Buffer);
}

/**
 * cfb always writes a 4-byte stream "\u0001Sh33tJ5" (its marker that the file is non-empty), and
 * no Outlook message has it. cfb chains siblings as right-sibling lists sorted by name length, so
 * the marker, the shortest name, is the root's first child: point the root at its right sibling
 * and free the directory entry. Its few bytes in the mini stream are left unreferenced.
 */
function dropSheetJsPlaceholder(file: Buffer): Uint8Array {
  const sectorSize = 1 << file.readUInt16LE(0x1e);
  const sector = (n: number) => (n + 1) * sectorSize;
  const fatSectors: number[] = [];
  for (let i = 0; i < file.readUInt32LE(0x2c); i++) fatSectors.push(file.readUInt32LE(0x4c + 4 * i));
  const fatNext = (n: number) => {
    const perSector = sectorSize / 4;
    return file.readUInt32LE(sector(fatSectors[Math.floor(n / perSector)]!) + 4 * (n % perSector));
  };
  const entries: number[] = [];
  for (let s = file.readUInt32LE(0x30); s < 0xfffffffa; s = fatNext(s)) {
    for (let off = sector(s); off < sector(s) + sectorSize; off += 128) entries.push(off);
  }
  const nameOf = (off: number) => file.toString('utf16le', off, off + Math.max(0, file.readUInt16LE(off + 0x40) - 2));
  const root = entries[0]!;
  const markerId = file.readUInt32LE(root + 0x4c);
  const marker = entries[markerId];
  if (marker === undefined || nameOf(marker) !== '\u0001Sh33tJ5') throw new Error('cfb changed how it writes its marker: update buildTestMsg');
  file.writeUInt32LE(file.readUInt32LE(marker + 0x48), root + 0x4c);
  file.fill(0, marker, marker + 128);
  // An unused entry still needs "no sibling" and "no child" links (MS-CFB 2.6.3).
  file.writeInt32LE(-1, marker + 0x44);
  file.writeInt32LE(-1, marker + 0x48);
  file.writeInt32LE(-1, marker + 0x4c);
  return new Uint8Array(file.buffer, file.byteOffset, file.byteLength);
}
