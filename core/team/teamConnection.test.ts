import { describe, expect, it } from 'vitest';
import { checkTeamConnection, describeTeamConnection, isLoopbackHost, parseTeamConnectionString, teamConnectionString } from './teamConnection';

describe('parseTeamConnectionString', () => {
  it('reads user, server, port, database and TLS, with verify-full by default', () => {
    const { settings, password } = parseTeamConnectionString('postgres://jo_bloggs@db.example.gov.uk/disclosure_desk?sslrootcert=/etc/ssl/org-ca.pem');
    expect(settings).toEqual({ host: 'db.example.gov.uk', port: 5432, database: 'disclosure_desk', user: 'jo_bloggs', sslmode: 'verify-full', sslrootcert: '/etc/ssl/org-ca.pem' });
    expect(password).toBeNull();
    expect(parseTeamConnectionString('postgresql://jo@db.example.gov.uk:6432/desk').settings).toMatchObject({ port: 6432, sslmode: 'verify-full', sslrootcert: null });
  });

  it('takes a password out of the string: never part of the settings, the description or the remembered string', () => {
    const parsed = parseTeamConnectionString('postgres://jo_bloggs:s%40cret%3Apw@db.example.gov.uk/disclosure_desk');
    expect(parsed.password).toBe('s@cret:pw');
    expect(JSON.stringify(parsed.settings)).not.toContain('cret');
    expect(teamConnectionString(parsed.settings)).toBe('postgres://jo_bloggs@db.example.gov.uk/disclosure_desk?sslmode=verify-full');
    expect(describeTeamConnection(parsed.settings)).toBe('jo_bloggs @ db.example.gov.uk / disclosure_desk');
    expect(parseTeamConnectionString('postgres://jo@db.example.gov.uk/desk?password=pw').password).toBe('pw');
  });

  it.each(['disable', 'allow', 'prefer', 'require', 'verify-ca'])('refuses sslmode=%s for a server across the network, saying why and what to use', (mode) => {
    expect(() => parseTeamConnectionString(`postgres://jo@db.example.gov.uk/desk?sslmode=${mode}`)).toThrow(
      new RegExp(`sslmode=${mode} is refused: it .*db\\.example\\.gov\\.uk.*Use sslmode=verify-full`),
    );
  });

  it('lets a server on this computer go without TLS, and without TLS by default', () => {
    expect(parseTeamConnectionString('postgres://postgres@127.0.0.1:5555/desk?sslmode=disable').settings.sslmode).toBe('disable');
    expect(parseTeamConnectionString('postgres://postgres@localhost/desk').settings.sslmode).toBe('disable');
    expect(parseTeamConnectionString('postgres://postgres@[::1]/desk').settings).toMatchObject({ host: '::1', sslmode: 'disable' });
    expect(parseTeamConnectionString('postgres://postgres@127.0.0.1/desk?sslmode=verify-full').settings.sslmode).toBe('verify-full');
  });

  it('refuses what it does not understand rather than ignoring it', () => {
    expect(() => parseTeamConnectionString('db.example.gov.uk/desk')).toThrow(/starts with postgres:\/\//);
    expect(() => parseTeamConnectionString('postgres://jo@db.example.gov.uk/desk?sslcert=me.crt')).toThrow(/does not use "sslcert"/);
    expect(() => parseTeamConnectionString('postgres://jo@db.example.gov.uk/desk?sslmode=verify')).toThrow(/sslmode "verify" is not one PostgreSQL knows/);
    expect(() => parseTeamConnectionString('postgres://jo@db.example.gov.uk/')).toThrow(/Fill in the database name/);
    expect(() => parseTeamConnectionString('postgres://db.example.gov.uk/desk')).toThrow(/Fill in your user name/);
    expect(() => parseTeamConnectionString('postgres://jo@a.example,b.example/desk')).toThrow(/give one server/);
  });
});

describe('checkTeamConnection (the dialog\'s fields)', () => {
  it('checks each field, naming it and the fix', () => {
    expect(checkTeamConnection({ host: ' db.example.gov.uk ', port: '', database: 'desk', user: 'jo' })).toMatchObject({ host: 'db.example.gov.uk', port: 5432, sslmode: 'verify-full' });
    expect(() => checkTeamConnection({ host: '', database: 'desk', user: 'jo' })).toThrow(/Fill in the server name/);
    expect(() => checkTeamConnection({ host: 'db.example.gov.uk', port: '54x', database: 'desk', user: 'jo' })).toThrow(/port must be a whole number from 1 to 65535/);
    expect(() => checkTeamConnection({ host: 'db.example.gov.uk', port: 70000, database: 'desk', user: 'jo' })).toThrow(/port must be/);
  });

  it('describes a connection with its port when it is not the usual one', () => {
    expect(describeTeamConnection({ host: 'db.example.gov.uk', port: 6432, database: 'desk', user: 'jo' })).toBe('jo @ db.example.gov.uk:6432 / desk');
  });
});

it('knows loopback from a network address', () => {
  expect(['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]'].every(isLoopbackHost)).toBe(true);
  expect(['db.example.gov.uk', '10.0.0.1', '128.0.0.1', 'localhost.example.com'].some(isLoopbackHost)).toBe(false);
});

it('checks a server on loopback when a CA is given, as the officer who chose one expects', () => {
  expect(checkTeamConnection({ host: '127.0.0.1', database: 'desk', user: 'jo', sslrootcert: '/etc/ssl/org-ca.pem' }).sslmode).toBe('verify-full');
  expect(parseTeamConnectionString('postgres://jo@127.0.0.1/desk', { caFile: '/etc/ssl/org-ca.pem' }).settings).toMatchObject({ sslmode: 'verify-full', sslrootcert: '/etc/ssl/org-ca.pem' });
  expect(parseTeamConnectionString('postgres://jo@db.example.gov.uk/desk?sslrootcert=/a.pem', { caFile: '/b.pem' }).settings.sslrootcert).toBe('/b.pem');
});
