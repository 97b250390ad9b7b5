import { describe, expect, it } from 'vitest';
import { htmlToText } from './htmlToText';

describe('htmlToText', () => {
  it('drops head, styles, scripts and comments and decodes entities', () => {
    const html = '<html><head><title>x</title><style>p{}</style></head><body><!-- [if mso] --><script>alert(1)</script><p>Costs in &pound;&nbsp;and &#8364; &amp; &#x2014; &bogus;</p></body></html>';
    expect(htmlToText(html)).toBe('Costs in £ and € & — &bogus;');
  });

  it('numbers lists as a browser shows them, honouring type and start', () => {
    const html = '<ol start="4"><li>Four</li><li>Five<ol type="i"><li>roman one</li><li>roman two</li></ol></li></ol><ul><li>bullet</li></ul>';
    expect(htmlToText(html)).toBe('4. Four\n5. Five\ni. roman one\nii. roman two\n- bullet');
  });

  it("uses the caller's styles for nested lists without a type (a Word document's)", () => {
    const html = '<ol><li>One<ol><li>sub</li></ol></li></ol>';
    expect(htmlToText(html)).toBe('1. One\n1. sub');
    expect(htmlToText(html, { listStyles: ['1', 'a'] })).toBe('1. One\na. sub');
  });

  it('keeps table cells apart and line breaks where the reader saw them', () => {
    expect(htmlToText('<table><tr><td>Year</td><td>2024</td></tr><tr><td>Cost</td><td>£5</td></tr></table><p>a<br>b</p>')).toBe('Year 2024\nCost £5\n\na\nb');
  });
});
