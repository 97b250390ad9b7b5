import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { FIRST_ROWS, useRowsInStages } from './useRowsInStages';

function Rows({ total, mustShow, seen }: { total: number; mustShow: number; seen: number[] }) {
  const { limit } = useRowsInStages(total, () => mustShow);
  seen.push(Math.min(limit, total));
  return (
    <ol>
      {Array.from({ length: Math.min(limit, total) }, (_, i) => (
        <li key={i}>Question {i + 1}</li>
      ))}
    </ol>
  );
}

describe('a long list drawn in two stages', () => {
  it('draws the first rows with the screen, then every row', () => {
    const seen: number[] = [];
    render(<Rows total={200} mustShow={0} seen={seen} />);
    expect(seen[0]).toBe(FIRST_ROWS);
    expect(screen.getAllByRole('listitem')).toHaveLength(200);
  });

  it('draws the row the officer comes back to in the first stage', () => {
    const seen: number[] = [];
    render(<Rows total={200} mustShow={150} seen={seen} />);
    expect(seen[0]).toBeGreaterThanOrEqual(150);
    expect(seen[0]).toBeLessThan(200);
  });

  it('draws a short list at once, in one stage', () => {
    const seen: number[] = [];
    render(<Rows total={5} mustShow={0} seen={seen} />);
    expect(new Set(seen)).toEqual(new Set([5]));
  });

});
