/**
 * A case title as it reads inside a sentence: "your request about telephony", never "about
 * Telephony". Titles are typed as headings ("Telephony Contracts", "CCTV in Car Parks"), so:
 * - acronyms and words with capitals inside them stay as typed (CCTV, ICT, NHS, COVID-19, iPhone, McDonald);
 * - "I" and the names of days, months and the nations of the UK stay capitalised;
 * - in a title written in Title Case every other capitalised word is lowered; otherwise only the first
 *   word is, so a proper noun later in an ordinary sentence ("use of drones in Leeds") keeps its capital.
 * A trailing full stop goes: the title sits mid-sentence.
 */
const KEEP = new Set(
  [
    'I', 'UK', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
    'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
    'England', 'Scotland', 'Wales', 'Northern', 'Ireland', 'Britain', 'British', 'English', 'Scottish', 'Welsh', 'Irish', 'London',
    'Christmas', 'Easter', 'Parliament', 'Government', 'Brexit',
  ],
);
// Small words a Title Case heading leaves in lower case: they do not count towards deciding it is one.
const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'per', 'vs', 'via']);

const isCapitalised = (w: string) => /^\p{Lu}[\p{Ll}'’]*(?:-\p{Lu}?[\p{Ll}'’]+)*$/u.test(w);
const lowerable = (w: string) => isCapitalised(w) && !KEEP.has(w.replace(/['’]s$/, ''));

export function sentenceCaseTitle(title: string): string {
  const text = title.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  if (!text) return text;
  const tokens = text.split(/(\s+|[/,:;()"“”]+)/);
  const words = tokens.filter((t) => /\p{L}/u.test(t));
  const counted = words.filter((w) => !SMALL.has(w.toLowerCase()));
  const titleCase = counted.length >= 2 && counted.every((w) => /^\p{Lu}/u.test(w));
  let first = true;
  return tokens
    .map((t) => {
      if (!/\p{L}/u.test(t)) return t;
      const lower = (first || titleCase) && lowerable(t);
      first = false;
      return lower ? t.toLowerCase() : t;
    })
    .join('');
}
