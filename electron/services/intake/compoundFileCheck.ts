/**
 * An Outlook .msg is a compound file (MS-CFB): a header, then sectors chained by a table (the FAT),
 * a directory of streams kept as a tree, and small streams in a "mini stream" with a table of its
 * own. msgreader believes every count and follows every chain until it ends, so a crafted file
 * can make it loop for ever: the 4.6 KB file whose header claims 2^31 FAT sectors (its DIFAT chain
 * names itself) filled the heap until the process aborted, and a chain or a directory tree that
 * loops does the same. Each is checked here first, in time linear in the file's size: every count
 * and start fits inside the file, every chain ends without revisiting a sector, and the directory
 * tree visits no entry twice. (The worker's limits in untrusted/ stand behind this check.)
 */

const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const NO_ENTRY = 0xffffffff;
/** The header holds the first 109 FAT sector numbers; each DIFAT sector holds (size / 4 - 1) more. */
const FAT_SECTORS_IN_HEADER = 109;
const DIRECTORY_ENTRY_SIZE = 128;
/** Streams shorter than this live in the mini stream. */
const MINI_STREAM_CUTOFF = 4096;
const STORAGE = 1;
const STREAM = 2;
const ROOT = 5;

class Damaged extends Error {}

/** Why this cannot be a well-formed compound file, or null when it is one msgreader can safely read. */
export function compoundFileProblem(bytes: Uint8Array): string | null {
  try {
    checkCompoundFile(bytes);
    return null;
  } catch (err) {
    if (err instanceof Damaged) return err.message;
    throw err;
  }
}

function checkCompoundFile(bytes: Uint8Array): void {
  if (bytes.byteLength < 512) throw new Damaged('it is shorter than a compound file header');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => {
    if (at + 4 > bytes.byteLength) throw new Damaged('it is cut short');
    return view.getUint32(at, true);
  };
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) throw new Damaged('its sector size is not one Outlook writes');
  const sectorSize = 1 << shift;
  const perSector = sectorSize / 4;
  // Sector n starts at (n + 1) * sectorSize: the header takes the first sector's place.
  const sectors = Math.max(0, Math.ceil(bytes.byteLength / sectorSize) - 1);
  const offsetOf = (sector: number) => (sector + 1) * sectorSize;
  const fatSectors = u32(0x2c);
  const directoryStart = u32(0x30);
  const miniFatStart = u32(0x3c);
  const miniFatSectors = u32(0x40);
  const difatStart = u32(0x44);
  const difatSectors = u32(0x48);
  if (fatSectors === 0 || fatSectors > sectors) throw new Damaged(`its header claims ${fatSectors} table sectors in a file of ${sectors}`);
  if (difatSectors > sectors || miniFatSectors > sectors) throw new Damaged('its header claims more sectors than the file holds');
  if (fatSectors > FAT_SECTORS_IN_HEADER + difatSectors * (perSector - 1)) throw new Damaged('its header lists fewer table sectors than it claims');

  // The FAT's own sectors: 109 in the header, the rest in the DIFAT chain.
  const fat: number[] = [];
  for (let i = 0; i < Math.min(fatSectors, FAT_SECTORS_IN_HEADER); i++) fat.push(u32(0x4c + i * 4));
  const seenDifat = new Set<number>();
  for (let sector = difatStart, i = 0; fat.length < fatSectors; i++) {
    if (i >= difatSectors || sector >= sectors || seenDifat.has(sector)) throw new Damaged('its table of sectors is damaged');
    seenDifat.add(sector);
    for (let j = 0; j < perSector - 1 && fat.length < fatSectors; j++) fat.push(u32(offsetOf(sector) + j * 4));
    sector = u32(offsetOf(sector) + (perSector - 1) * 4);
  }
  if (fat.some((sector) => sector >= sectors)) throw new Damaged('its table of sectors points outside the file');
  const nextSector = (sector: number) => u32(offsetOf(fat[Math.floor(sector / perSector)]!) + (sector % perSector) * 4);

  /** The sectors of a chain, in order; it must stay in the file, end properly, and never loop. */
  const chain = (start: number, count: number, next: (n: number) => number, what: string): number[] => {
    const out: number[] = [];
    const seen = new Uint8Array(count);
    for (let n = start; n !== END_OF_CHAIN; n = next(n)) {
      if (n >= count) throw new Damaged(`its ${what} points outside the file`);
      if (seen[n]) throw new Damaged(`its ${what} loops`);
      seen[n] = 1;
      out.push(n);
    }
    return out;
  };
  const fatEntries = Math.min(sectors, fat.length * perSector);
  const bigChain = (start: number, what: string) => chain(start, fatEntries, nextSector, what);

  const directory = bigChain(directoryStart, 'directory');
  const entries = directory.length * (sectorSize / DIRECTORY_ENTRY_SIZE);
  const entryAt = (index: number) => offsetOf(directory[Math.floor(index / (sectorSize / DIRECTORY_ENTRY_SIZE))]!) + (index % (sectorSize / DIRECTORY_ENTRY_SIZE)) * DIRECTORY_ENTRY_SIZE;
  const typeOf = (index: number) => bytes[entryAt(index) + 0x42]!;
  if (entries === 0 || typeOf(0) !== ROOT) throw new Damaged('it has no root directory entry');

  const miniFat = miniFatStart === END_OF_CHAIN || miniFatStart === FREE_SECTOR ? [] : bigChain(miniFatStart, 'small-stream table');
  const miniSectors = miniFat.length * perSector;
  const nextMini = (n: number) => u32(offsetOf(miniFat[Math.floor(n / perSector)]!) + (n % perSector) * 4);
  const rootStart = u32(entryAt(0) + 0x74);
  if (rootStart !== END_OF_CHAIN && rootStart !== FREE_SECTOR) bigChain(rootStart, 'small-stream store');

  // The directory is a tree of left/right siblings and children: visit each entry at most once.
  const visited = new Uint8Array(entries);
  const pending = [u32(entryAt(0) + 0x4c)];
  while (pending.length > 0) {
    const index = pending.pop()!;
    if (index === NO_ENTRY) continue;
    if (index >= entries || index === 0) throw new Damaged('its directory points outside itself');
    if (visited[index]) throw new Damaged('its directory loops');
    visited[index] = 1;
    const at = entryAt(index);
    const type = typeOf(index);
    if (type !== STORAGE && type !== STREAM) throw new Damaged('its directory names an entry that is not there');
    pending.push(u32(at + 0x44), u32(at + 0x48), u32(at + 0x4c));
    const start = u32(at + 0x74);
    const size = u32(at + 0x78);
    if (type !== STREAM || size === 0) continue;
    if (size < MINI_STREAM_CUTOFF) chain(start, miniSectors, nextMini, 'small-stream table');
    else if (size > sectors * sectorSize) throw new Damaged('a stream in it is larger than the file');
    else bigChain(start, 'table of sectors');
  }
}
