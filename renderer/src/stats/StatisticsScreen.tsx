import { useEffect, useState } from 'react';
import type { DeskApi } from '../../../core/api/contract';
import { formatUkDate } from '../../../core/deadlines/ukDateFormat';
import { todayInUk } from '../../../core/model';
import { formatValue } from '../../../core/stats/statisticsCsv';
import type { StatisticsReport, StatisticsTable } from '../../../core/stats/statsContract';
import { errorMessage } from '../desk';
import { downloadBase64, MIME } from '../ui/downloadFile';
import { BarChart } from './BarChart';
import './stats.css';

const QUARTERS = [
  { value: '1', label: 'January to March (Q1)' },
  { value: '2', label: 'April to June (Q2)' },
  { value: '3', label: 'July to September (Q3)' },
  { value: '4', label: 'October to December (Q4)' },
] as const;

/** The quarter just finished: what a body publishes next (a quarter's figures follow its end). */
/** "1 April 2024": the weekday adds nothing to a period's bounds. */
const ukDate = (iso: string) => formatUkDate(iso).replace(/^\S+ /, '');

function lastQuarter(today: string): { year: number; quarter: string } {
  const year = Number(today.slice(0, 4));
  const current = Math.ceil(Number(today.slice(5, 7)) / 3);
  return current === 1 ? { year: year - 1, quarter: '4' } : { year, quarter: String(current - 1) };
}

/**
 * Statistics (s45 Code of Practice, section 8): the figures for a quarter or a year, each table with a
 * chart and the same figures as a table, and the files to publish them (CSV, DOCX).
 */
export function StatisticsScreen({ desk }: { desk: DeskApi }) {
  const [today] = useState(() => todayInUk());
  const [year, setYear] = useState(() => lastQuarter(today).year);
  // A quarter's number, or 'year' for the whole calendar year.
  const [quarter, setQuarter] = useState<string>(() => lastQuarter(today).quarter);
  const [report, setReport] = useState<StatisticsReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'csv' | 'docx' | null>(null);
  const period = quarter === 'year' ? String(year) : `${year}-Q${quarter}`;

  useEffect(() => {
    let current = true;
    setError(null);
    desk.statistics({ period }).then(
      (r) => current && setReport(r),
      (err) => current && setError(errorMessage(err)),
    );
    // A slower answer for a period no longer chosen must not replace the one now shown.
    return () => {
      current = false;
    };
  }, [desk, period]);

  const exportAs = async (format: 'csv' | 'docx') => {
    setBusy(format);
    setError(null);
    try {
      const file = await desk.exportStatistics({ period, format });
      downloadBase64(file.fileName, file.base64, format === 'csv' ? 'text/csv' : MIME.docx);
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };

  const years = Array.from({ length: 11 }, (_, i) => Number(today.slice(0, 4)) - i);
  const shown = report?.period === period ? report : null;

  return (
    <section className="stats-screen" aria-labelledby="stats-title">
      <h1 id="stats-title">Statistics</h1>
      <p className="muted">
        The figures the Freedom of Information Code of Practice (section 8) asks public bodies to publish, laid out as central government&apos;s quarterly tables.
      </p>
      <div className="stats-controls">
        {/* Labels by id, not wrapped: the name is the label alone, not the label and the chosen option. */}
        <div className="stats-field">
          <label htmlFor="stats-year">Year</label>
          <select id="stats-year" value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div className="stats-field">
          <label htmlFor="stats-period">Period</label>
          <select id="stats-period" value={quarter} onChange={(e) => setQuarter(e.target.value)}>
            {QUARTERS.map((q) => (
              <option key={q.value} value={q.value}>
                {q.label}
              </option>
            ))}
            <option value="year">Whole year, by quarter</option>
          </select>
        </div>
        <button type="button" className="primary" disabled={!shown || busy !== null} onClick={() => void exportAs('csv')}>
          {busy === 'csv' ? 'Exporting…' : 'Export CSV'}
        </button>
        <button type="button" className="primary" disabled={!shown || busy !== null} onClick={() => void exportAs('docx')}>
          {busy === 'docx' ? 'Exporting…' : 'Export Word (DOCX)'}
        </button>
      </div>
      {error && (
        <p className="banner error" role="alert">
          {error}
        </p>
      )}
      <div role="status" className="muted">
        {shown ? `${shown.title}. Requests received from ${ukDate(shown.from)} to ${ukDate(shown.to)}, as they stood on ${ukDate(shown.asOf)}.` : error ? '' : 'Counting…'}
      </div>
      {shown && (
        <>
          {shown.tables.map((t) => (
            <TableSection key={t.id} table={t} columns={shown.columns} />
          ))}
          <section className="stats-table-section" aria-labelledby="stats-notes">
            <h2 id="stats-notes">Notes</h2>
            <ul className="stats-notes">
              {shown.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </section>
        </>
      )}
    </section>
  );
}

function TableSection({ table, columns }: { table: StatisticsTable; columns: readonly string[] }) {
  const headingId = `stats-${table.id}`;
  const last = columns[columns.length - 1] ?? '';
  return (
    <section className="stats-table-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{table.title}</h2>
      <p>{table.description}</p>
      {table.unavailable ? (
        <p className="stats-unavailable">{table.unavailable}</p>
      ) : table.rows.length === 0 ? (
        <p>None in this period.</p>
      ) : (
        <>
          <BarChart id={`chart-${table.id}`} title={table.title} column={last} rows={table.rows} />
          <table className="stats-table">
            <caption className="visually-hidden">{table.title}</caption>
            <thead>
              <tr>
                <th scope="col">Measure</th>
                {columns.map((c) => (
                  <th key={c} scope="col" className="figure">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={r.id} className={r.kind === 'total' ? 'total' : undefined}>
                  <th scope="row">{r.kind === 'percent' ? `${r.label} (%)` : r.label}</th>
                  {r.values.map((v, i) => (
                    <td key={columns[i]} className="figure">
                      {v === null ? (
                        <>
                          <span aria-hidden="true">–</span>
                          <span className="visually-hidden">none answered</span>
                        </>
                      ) : (
                        formatValue(r, v)
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
