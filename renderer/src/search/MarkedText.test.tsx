import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkedText } from './MarkedText';

describe('MarkedText', () => {
  it('marks the matches and reads nothing from a case as markup', () => {
    const { container } = render(
      <p>
        <MarkedText segments={[{ text: 'our <b>contact</b> ', mark: false }, { text: 'centre<img src=x onerror=alert(1)>', mark: true }, { text: '<script>alert(1)</script>', mark: false }]} />
      </p>,
    );
    expect(container.querySelectorAll('mark')).toHaveLength(1);
    expect(container.querySelector('mark')!.textContent).toBe('centre<img src=x onerror=alert(1)>');
    expect(container.querySelector('b, img, script')).toBeNull();
    expect(container.textContent).toBe('our <b>contact</b> centre<img src=x onerror=alert(1)><script>alert(1)</script>');
  });
});
