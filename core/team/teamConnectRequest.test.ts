import { describe, expect, it } from 'vitest';
import { readTeamConnectRequest } from './teamConnectRequest';

describe('the connect request the main process accepts from the window', () => {
  it('fills what was left out, and keeps what was given', () => {
    expect(readTeamConnectRequest({ host: 'db.example.gov.uk', user: 'jo', rememberPassword: true })).toEqual({ connectionString: '', host: 'db.example.gov.uk', port: '', database: '', user: 'jo', caFile: '', password: '', rememberPassword: true });
  });

  it('refuses anything else: an unknown key, a wrong type, a field too long, not an object', () => {
    expect(readTeamConnectRequest({ host: 'db', admin: true })).toBeNull();
    expect(readTeamConnectRequest({ port: 5432 })).toBeNull();
    expect(readTeamConnectRequest({ rememberPassword: 'yes' })).toBeNull();
    expect(readTeamConnectRequest({ user: 'x'.repeat(64) })).toBeNull();
    expect(readTeamConnectRequest(null)).toBeNull();
    expect(readTeamConnectRequest(['host'])).toBeNull();
  });
});
