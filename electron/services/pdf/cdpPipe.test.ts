import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CdpPipe } from './cdpPipe';
import { findChromium } from './findChromium';

// The DevTools pipe against the real system Chromium: it starts, answers, reports what goes wrong
// in words an officer can act on, and leaves no process and no profile folder behind.
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'];
const alive = (pid: number | undefined) => {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('CdpPipe', () => {
  let pipe: CdpPipe | null = null;
  afterEach(async () => pipe?.close());

  it('starts Chromium, answers commands, and on close ends it and deletes its temporary profile', async () => {
    pipe = await CdpPipe.launch({ executablePath: findChromium(), args: ARGS });
    const version = await pipe.send('Browser.getVersion');
    expect(String(version['product'])).toMatch(/Chrom/);
    expect(existsSync(pipe.profile)).toBe(true);
    const { pid, profile } = pipe;
    const group = () => execFileSync('ps', ['-eo', 'pgid=,stat='], { encoding: 'utf8' }).split('\n').filter((l) => l.trim().split(/\s+/)[0] === String(pid) && !l.includes('Z'));
    expect(group().length).toBeGreaterThan(1); // the browser and the processes it started
    await pipe.close();
    expect(alive(pid)).toBe(false);
    expect(group()).toEqual([]);
    expect(existsSync(profile)).toBe(false);
    expect(pipe.closed).toBe(true);
    await expect(pipe.send('Browser.getVersion')).rejects.toThrow(/The browser that prints PDFs stopped/);
  }, 30_000);

  it('says the browser cannot be started when the file is not there', async () => {
    await expect(CdpPipe.launch({ executablePath: '/nowhere/chromium', args: ARGS })).rejects.toMatchObject({
      code: 'browser-missing',
      message: expect.stringMatching(/Could not start the browser at \/nowhere\/chromium \(ENOENT\)\. Give the path of Chromium/),
    });
  });

  it('says the browser did not start when the program exits without answering', async () => {
    await expect(CdpPipe.launch({ executablePath: '/bin/true', args: [] })).rejects.toThrow(/The browser at \/bin\/true did not start: The browser that prints PDFs stopped \(exit code 0\)/);
  });

  it('rejects what is waiting, with the reason, when the browser dies', async () => {
    pipe = await CdpPipe.launch({ executablePath: findChromium(), args: ARGS });
    const closed = new Promise<string>((resolve) => (pipe!.onClose = resolve));
    process.kill(pipe.pid!, 'SIGKILL');
    expect(await closed).toBe('ended by SIGKILL');
    await expect(pipe.send('Browser.getVersion')).rejects.toThrow(/stopped \(ended by SIGKILL\)\. Try the export again/);
  }, 30_000);

  it('gives up on a command the browser never answers, naming it', async () => {
    pipe = await CdpPipe.launch({ executablePath: findChromium(), args: ARGS });
    // A promise that never settles, awaited in the page: the browser never answers.
    const { targetInfos } = (await pipe.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string }[] };
    const { sessionId } = (await pipe.send('Target.attachToTarget', { targetId: targetInfos.find((t) => t.type === 'page')!.targetId, flatten: true })) as { sessionId: string };
    await expect(pipe.send('Runtime.evaluate', { expression: 'new Promise(() => {})', awaitPromise: true }, sessionId, 300)).rejects.toThrow(/did not finish Runtime\.evaluate within 300 ms/);
    await expect(pipe.send('No.suchMethod')).rejects.toThrow(/The browser refused No\.suchMethod/);
  }, 30_000);
});
