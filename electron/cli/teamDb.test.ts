import { expect, it } from 'vitest';
import { cli } from './runForTest';

// `--db postgres://…` on the commands that open a workspace: the connection is checked by the team
// workspace's rules before anything else (TLS, the CA file), and the password is never printed.
it.each([
  ['search', '--db', 'URL', 'parking'],
  ['stats', '--db', 'URL', '--quarter', '2024-Q2'],
  ['export', 'bundle', '--db', 'URL', '--out', 'cases.json'],
  ['bin', 'list', '--db', 'URL'],
  ['team', 'init', '--db', 'URL'],
])('desk %s refuses sslmode=disable for a server across the network, saying why', async (...argv) => {
  const url = 'postgres://jo_bloggs:hunter2@db.example.gov.uk/disclosure_desk?sslmode=disable';
  const r = await cli(...argv.map((a) => (a === 'URL' ? url : a)));
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/sslmode=disable is refused: it would let the connection to db\.example\.gov\.uk go unencrypted.*Use sslmode=verify-full/);
  expect(r.err + r.out).not.toContain('hunter2');
});

it('asks for the CA file when verify-full has none to check the server with', async () => {
  const r = await cli('search', '--db', 'postgres://jo_bloggs@db.example.gov.uk/disclosure_desk', 'parking');
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/needs the CA certificate that signed the server's certificate/);
});

it('names a team workspace it cannot reach by its description, never its string', async () => {
  const r = await cli('search', '--db', 'postgres://jo_bloggs:hunter2@127.0.0.1:5999/disclosure_desk', 'parking');
  expect(r.code).toBe(1);
  expect(r.err).toMatch(/The team workspace jo_bloggs @ 127\.0\.0\.1:5999 \/ disclosure_desk cannot be reached/);
  expect(r.err).not.toContain('hunter2');
});
