import { describe, expect, it } from 'vitest';
import { isAppUrl, isSafeExternalUrl } from './appOrigin';

describe('isAppUrl', () => {
  it.each(['app://desk/index.html', 'app://desk/', 'app://desk/assets/a.js?x=1#y'])('trusts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });
  it.each([
    'app://desk.evil/index.html',
    'app://evil/desk',
    'app://user@desk/index.html',
    'https://desk/index.html',
    'file:///desk/index.html',
    'app://print/abc',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isSafeExternalUrl', () => {
  it('lets only https through', () => {
    expect(isSafeExternalUrl('https://ico.org.uk/')).toBe(true);
    for (const url of ['http://ico.org.uk/', 'file:///etc/passwd', 'smb://host/share', 'mailto:a@b.c', 'javascript:alert(1)', 'ms-msdt:/id', 'nonsense']) {
      expect(isSafeExternalUrl(url)).toBe(false);
    }
  });
});
