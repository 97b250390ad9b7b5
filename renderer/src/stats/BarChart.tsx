import type { StatisticsRow } from '../../../core/stats/statsContract';

const WIDTH = 640;
const LABEL_HEIGHT = 20;
const BAR_HEIGHT = 16;
const ROW_GAP = 12;
const VALUE_ROOM = 64;

/**
 * A horizontal bar chart of one column of a table. Accessible without sight or colour: the SVG is one
 * image whose title and description say every figure; each bar carries its measure's name above it
 * and its figure beside it as text; bars are a single colour; and the same figures are in the table
 * that follows (core/stats tables), which is what a screen reader should read.
 */
export function BarChart({ id, title, column, rows }: { id: string; title: string; column: string; rows: readonly StatisticsRow[] }) {
  const counts = rows.filter((r) => r.kind === 'count');
  if (counts.length === 0) return null;
  const values = counts.map((r) => r.values[r.values.length - 1] ?? 0);
  const max = Math.max(1, ...values);
  const step = LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP;
  const height = counts.length * step;
  const scale = (WIDTH - VALUE_ROOM) / max;
  const described = counts.map((r, i) => `${r.label}: ${values[i]}`).join('; ');
  return (
    <figure className="stats-chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-title`}>{`${title}, ${column}`}</title>
        <desc id={`${id}-desc`}>{described}</desc>
        {counts.map((r, i) => {
          const y = i * step;
          const w = Math.max(values[i]! > 0 ? 2 : 0, values[i]! * scale);
          return (
            <g key={r.id}>
              <text x={0} y={y + LABEL_HEIGHT - 5} className="stats-chart-label">
                {r.label}
              </text>
              <rect x={0} y={y + LABEL_HEIGHT} width={w} height={BAR_HEIGHT} className="stats-chart-bar" />
              <text x={w + 6} y={y + LABEL_HEIGHT + BAR_HEIGHT - 3} className="stats-chart-value">
                {values[i]}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="muted">
        Chart of {title.toLowerCase()}, {column}. The same figures are in the table below.
      </figcaption>
    </figure>
  );
}
