import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

describe('npm start on a busy port', () => {
  it('says in one line that the port is in use and how to pick another, before building anything', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as AddressInfo).port;
    try {
      // spawnSync blocks this thread, but the blocker's socket stays bound: binding is the kernel's job.
      const out = spawnSync(process.execPath, ['scripts/start.mjs'], {
        env: { ...process.env, PORT: String(port) },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(out.status).toBe(1);
      expect(out.stderr).toContain(`Port ${port} is already in use`);
      expect(out.stderr).toContain('PORT=');
      expect(out.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(out.stdout).not.toContain('vite'); // nothing was built
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it('rejects a PORT that is not a port number', () => {
    const out = spawnSync(process.execPath, ['scripts/start.mjs'], {
      env: { ...process.env, PORT: 'abc' },
      encoding: 'utf8',
    });
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('PORT must be a number');
  });
});
