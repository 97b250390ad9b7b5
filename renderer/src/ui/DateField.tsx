import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { IsoDate } from '../../../core/deadlines/isoDate';
import { HOW_TO_TYPE_A_DATE, formatDateForField, parseUkDateInput } from '../../../core/deadlines/ukDateInput';
import { todayInUk } from '../../../core/model/dates';
import { errorMessage } from '../desk';
import { CalendarPopup } from './CalendarPopup';
import { fieldErrorText } from './fieldErrorText';

interface Props {
  id: string;
  label: string;
  value: IsoDate | null;
  /**
   * Called once the officer is done (Enter, leaving the field, or a day picked from the calendar) and only
   * with a whole, real date, or null when they cleared an optional field. A rejection is shown at the field.
   */
  onCommit: (date: IsoDate | null) => unknown;
  /** Blank is refused at the field rather than saved as "no date". */
  required?: boolean;
  /** Ids of hints outside the field that describe it too. */
  describedBy?: string;
  /** A hint under the field; give it an id and name it in `describedBy`. */
  children?: ReactNode;
}

/**
 * A date typed the UK way (3/6/2024, 3/6/24, 3 June 2024), whatever the browser's locale, with a calendar
 * beside it. Nothing is saved while the officer types: a browser date input reports every keystroke, so
 * its year passed through 0002, 0020… and each was sent to the service (issue 11). Here the text is read
 * by core/deadlines/ukDateInput when the officer is done; Escape puts back the stored date.
 */
export function DateField({ id, label, value, onCommit, required = false, describedBy, children }: Props) {
  // What the officer has typed since the stored value last changed; null shows the stored value.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [calendarOpen, setCalendarOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const calendarButton = useRef<HTMLButtonElement>(null);
  // The date being saved right now: Enter then leaving the field must not save it twice.
  const saving = useRef<IsoDate | null | undefined>(undefined);

  // A new stored value (saved here, or set elsewhere: marking the case sent records today) replaces the text.
  useEffect(() => {
    setDraft(null);
    setError(null);
  }, [value]);

  // A form's own submit is held back while the field shows an error (the New case form).
  useEffect(() => {
    input.current?.setCustomValidity(error ?? '');
  }, [error]);

  async function save(next: IsoDate | null) {
    if (next === value) {
      setDraft(null);
      setError(null);
      return;
    }
    if (saving.current === next) return;
    saving.current = next;
    try {
      await onCommit(next);
      setDraft(null);
      setError(null);
    } catch (err) {
      // The officer's text stays in the field, with the reason beside it: nothing they typed is lost.
      setError(fieldErrorText(errorMessage(err), () => label));
    } finally {
      saving.current = undefined;
    }
  }

  function commitTyped() {
    if (draft === null) return;
    const read = parseUkDateInput(draft);
    if (read.kind === 'error') return setError(read.message);
    if (read.kind === 'empty') {
      if (required) return setError(`${label} is needed. ${HOW_TO_TYPE_A_DATE}.`);
      return void save(null);
    }
    void save(read.date);
  }

  const typed = draft === null ? null : parseUkDateInput(draft);
  const errorId = `${id}-error`;
  const formatId = `${id}-format`;
  const labelId = `${id}-label`;
  return (
    <div className="field date-field">
      <label htmlFor={id} id={labelId}>{label}</label>
      <div className="date-field-row">
        <input
          ref={input}
          id={id}
          type="text"
          autoComplete="off"
          spellCheck={false}
          required={required}
          value={draft ?? (value ? formatDateForField(value) : '')}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error ? errorId : null, describedBy ?? null, formatId].filter(Boolean).join(' ')}
          onChange={(e) => {
            setDraft(e.target.value);
            setError(null);
          }}
          onBlur={commitTyped}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              // Enter saves the date; it does not also submit the form around it.
              e.preventDefault();
              commitTyped();
            } else if (e.key === 'Escape' && (draft !== null || error)) {
              e.preventDefault();
              e.stopPropagation();
              setDraft(null);
              setError(null);
            }
          }}
        />
        <button
          ref={calendarButton}
          type="button"
          className="calendar-button"
          // Named without the field's label, so "Date sent" finds the text box alone; the label describes it.
          aria-label="Choose from a calendar"
          aria-describedby={labelId}
          aria-haspopup="dialog"
          aria-expanded={calendarOpen}
          // Keeps focus off the button on a click, so an open calendar's "focus left" does not reopen it.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => setCalendarOpen((open) => !open)}
        >
          <svg aria-hidden="true" focusable="false" width="18" height="18" viewBox="0 0 24 24">
            <path fill="currentColor" d="M7 2h2v2h6V2h2v2h3a1 1 0 0 1 1 1v15a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V5a1 1 0 0 1 1-1h3V2Zm12 8H5v9h14v-9ZM5 6v2h14V6H5Zm2 6h3v3H7v-3Z" />
          </svg>
        </button>
        {calendarOpen && (
          <CalendarPopup
            selected={typed?.kind === 'date' ? typed.date : value}
            today={todayInUk()}
            onPick={(date) => {
              setCalendarOpen(false);
              calendarButton.current?.focus();
              void save(date);
            }}
            onClose={(returnFocus) => {
              setCalendarOpen(false);
              if (returnFocus) calendarButton.current?.focus();
            }}
          />
        )}
      </div>
      <span id={formatId} className="visually-hidden">Day, month, year: for example 3/6/2024 or 3 June 2024.</span>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
