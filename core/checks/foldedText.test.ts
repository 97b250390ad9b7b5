import { describe, expect, it } from 'vitest';
import { foldText, originalRange } from './foldedText';

describe('foldText', () => {
  it('drops invisible characters, maps look-alikes and accents, and keeps the way back', () => {
    const original = 'J\u043Erd\u200Ban Zo\u0065\u0308 ｆｉ';
    const f = foldText(original);
    expect(f.text).toBe('Jordan Zoe fi');
    const at = f.text.indexOf('Jordan');
    // The original range covers the zero-width space inside the name, so a redaction removes it too.
    const back = originalRange(f, at, at + 'Jordan'.length);
    expect(original.slice(back.from, back.to)).toBe('J\u043Erd\u200Ban');
    const zoe = f.text.indexOf('Zoe');
    const z = originalRange(f, zoe, zoe + 3);
    expect(original.slice(z.from, z.to)).toBe('Zo\u0065\u0308');
    expect(f.starts).toHaveLength(f.text.length);
  });

  it('keeps case and ASCII as it is', () => {
    const f = foldText('Mr EXAMPLE, 07700 900123\n');
    expect(f.text).toBe('Mr EXAMPLE, 07700 900123\n');
    expect(f.starts.every((s, i) => s === i && f.ends[i] === i + 1)).toBe(true);
  });

  it('folds a long text in linear time', () => {
    const text = 'a\u0301\u200B'.repeat(50_000);
    const t0 = performance.now();
    expect(foldText(text).text).toBe('a'.repeat(50_000));
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
