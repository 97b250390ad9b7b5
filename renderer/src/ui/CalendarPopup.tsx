import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { addDays, weekday, type IsoDate } from '../../../core/deadlines/isoDate';
import { formatDateForField } from '../../../core/deadlines/ukDateInput';
import { formatUkDate } from './dates';

interface Props {
  /** The date the field holds, marked and focused first; else `today`. */
  selected: IsoDate | null;
  today: IsoDate;
  onPick: (date: IsoDate) => void;
  /**
   * Closed without a choice: the field keeps what it had. After Escape focus goes back to the field's
   * calendar button; when focus left for elsewhere on the page, it stays where the officer put it.
   */
  onClose: (returnFocus: boolean) => void;
}

const WEEKDAY_HEADINGS = [
  ['Mo', 'Monday'],
  ['Tu', 'Tuesday'],
  ['We', 'Wednesday'],
  ['Th', 'Thursday'],
  ['Fr', 'Friday'],
  ['Sa', 'Saturday'],
  ['Su', 'Sunday'],
] as const;

/**
 * A month to pick a day from, Monday first as UK calendars are, the same in every browser locale (the
 * browser's own picker follows the machine's locale). Keyboard as the WAI-ARIA date picker dialog:
 * arrows move a day or a week, Page Up/Down a month (with Shift a year), Home/End the week's ends,
 * Enter picks, Escape closes.
 */
export function CalendarPopup({ selected, today, onPick, onClose }: Props) {
  const [active, setActive] = useState<IsoDate>(selected ?? today);
  const grid = useRef<HTMLTableElement>(null);
  // Focus follows the active day when the grid is opened or driven by keys, not after a click on
  // "Next month": the officer clicking it again would otherwise find the button gone from under focus.
  const focusDay = useRef(true);
  const month = active.slice(0, 7);
  const first = `${month}-01`;
  // "1 June 2024" without its day: the month the grid shows.
  const monthLabel = formatDateForField(first).replace(/^1 /, '');

  useEffect(() => {
    if (!focusDay.current) return;
    focusDay.current = false;
    grid.current?.querySelector<HTMLButtonElement>(`button[data-date="${active}"]`)?.focus();
  }, [active]);

  // Only the years the deadline engine counts: beyond them the arithmetic refuses, and the move is ignored.
  function moveTo(next: () => IsoDate, withFocus: boolean) {
    try {
      const date = next();
      weekday(date);
      focusDay.current = withFocus;
      setActive(date);
    } catch {
      // At 1900 or 2199 already.
    }
  }

  function onKeyDown(e: KeyboardEvent) {
    const moves: Record<string, () => IsoDate> = {
      ArrowLeft: () => addDays(active, -1),
      ArrowRight: () => addDays(active, 1),
      ArrowUp: () => addDays(active, -7),
      ArrowDown: () => addDays(active, 7),
      Home: () => addDays(active, -((weekday(active) + 6) % 7)),
      End: () => addDays(active, 6 - ((weekday(active) + 6) % 7)),
      PageUp: () => addMonths(active, e.shiftKey ? -12 : -1),
      PageDown: () => addMonths(active, e.shiftKey ? 12 : 1),
    };
    const move = moves[e.key];
    if (!move) return;
    e.preventDefault();
    moveTo(move, true);
  }

  return (
    <div
      className="calendar"
      role="dialog"
      aria-label={`Choose a date: ${monthLabel}`}
      tabIndex={-1}
      onBlur={(e) => {
        // Focus gone elsewhere on the page: closed, as a menu would.
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onClose(false);
      }}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        onClose(true);
      }}
    >
      <div className="calendar-head">
        <button type="button" onClick={() => moveTo(() => addMonths(active, -1), false)} aria-label="Previous month">‹</button>
        <p className="calendar-month" aria-live="polite">{monthLabel}</p>
        <button type="button" onClick={() => moveTo(() => addMonths(active, 1), false)} aria-label="Next month">›</button>
      </div>
      <table ref={grid} onKeyDown={onKeyDown}>
        <thead>
          <tr>
            {WEEKDAY_HEADINGS.map(([short, long]) => (
              <th key={short} scope="col" abbr={long}>{short}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(first).map((week) => (
            <tr key={week[0] ?? `${first}-lead`}>
              {week.map((day, i) =>
                day === null ? (
                  <td key={`blank-${i}`} />
                ) : (
                  <td key={day}>
                    <button
                      type="button"
                      data-date={day}
                      tabIndex={day === active ? 0 : -1}
                      className={day === selected ? 'chosen' : undefined}
                      aria-current={day === today ? 'date' : undefined}
                      aria-label={`${formatUkDate(day)}${day === selected ? ', chosen' : ''}`}
                      onClick={() => onPick(day)}
                    >
                      {Number(day.slice(8, 10))}
                    </button>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The month's days in weeks from Monday, null before the 1st and after the last day. */
function weeksOf(first: IsoDate): (IsoDate | null)[][] {
  const cells: (IsoDate | null)[] = Array.from({ length: (weekday(first) + 6) % 7 }, () => null);
  for (let day = first; day.slice(0, 7) === first.slice(0, 7); day = addDays(day, 1)) cells.push(day);
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks: (IsoDate | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The same day `months` later, or the month's last day when it is shorter (31 January → 29 February). */
function addMonths(date: IsoDate, months: number): IsoDate {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const start = `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-01`;
  // The 1st of the month after, less a day: the last day of this one.
  const last = Number(addDays(`${addDays(start, 31).slice(0, 8)}01`, -1).slice(8, 10));
  const day = Math.min(Number(date.slice(8, 10)), last);
  return `${start.slice(0, 8)}${day < 10 ? '0' : ''}${day}`;
}
