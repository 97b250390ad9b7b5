import { describe, expect, it } from 'vitest';
import { contentWidths, type Measure } from './lineBreaking';
import { columnWidths } from './pdfTable';
import { CELL_PAD } from './pdfStyles';

const measure: Measure = (text) => text.length;
const pad = 2 * CELL_PAD.x;
const cell = (column: number, min: number, max: number, colspan = 1) => ({ column, colspan, min, max });
const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("a table's columns, sized as a browser's automatic layout sizes them", () => {
  it('measures a cell by its widest word and its width on one line', () => {
    expect(contentWidths([{ text: 'a wide-ranging review', face: 'regular' }], measure)).toEqual({ min: 7, max: 21 });
    expect(contentWidths([{ text: 'one', face: 'regular' }, { lineBreak: true }, { text: 'three words here', face: 'regular' }], measure)).toEqual({ min: 5, max: 16 });
  });

  it('shares spare room by how much text each column holds, filling the width', () => {
    const widths = columnWidths(2, [cell(0, 4, 4), cell(1, 10, 40)], 400);
    expect(total(widths)).toBeCloseTo(400);
    expect(widths[1]! / widths[0]!).toBeCloseTo((40 + pad) / (4 + pad));
  });

  it('gives a short column its words and the long one the rest, when the text will not fit on one line', () => {
    const widths = columnWidths(2, [cell(0, 30, 30), cell(1, 60, 2000)], 400);
    expect(total(widths)).toBeCloseTo(400);
    expect(widths[0]).toBeGreaterThanOrEqual(30 + pad);
    expect(widths[0]).toBeLessThan(40 + pad);
  });

  it('shrinks every column alike when even the widest words do not fit, and leaves spanning cells out of the sizing', () => {
    const widths = columnWidths(3, [cell(0, 300, 300), cell(1, 300, 300), cell(2, 300, 300), cell(0, 5000, 5000, 3)], 450);
    expect(widths.map((w) => Math.round(w))).toEqual([150, 150, 150]);
  });

  it('keeps an empty column open by its padding', () => {
    const widths = columnWidths(2, [cell(0, 0, 0), cell(1, 50, 50)], 200);
    expect(widths[0]).toBeGreaterThan(0);
    expect(total(widths)).toBeCloseTo(200);
  });
});
