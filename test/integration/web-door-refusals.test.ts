import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../src-main/web/server.ts';
import { dbSnapshot, openTestApp, tempDir } from '../helpers/temp.ts';

let server: WebServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start() {
  const app = await openTestApp();
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>KTTT</title>');
  server = await startWebServer({ app, staticDir, maxBodyBytes: 1024 * 1024 });
  return { app, server };
}

/** Raw HTTP so the test controls every header, including Host and Origin. */
function request(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, agent: false, method: opts.method ?? 'POST', path: opts.path, headers: opts.headers },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('the browser door', () => {
  it('listens on 127.0.0.1 only and answers a good call', async () => {
    const { server: s } = await start();
    expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(s.openUrl).toContain(`token=${s.token}`);
    const r = await request(s.port, {
      path: '/api/call/settings.get',
      headers: { Authorization: `Bearer ${s.token}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { officeName: '' } });
  });

  it('refuses calls without the token, with a wrong token, from another origin or host, malformed, or unknown — and writes nothing', async () => {
    const { app, server: s } = await start();
    const before = dbSnapshot(app);
    const good = { Authorization: `Bearer ${s.token}`, 'Content-Type': 'application/json' };
    const write = JSON.stringify({ officeName: 'Kẻ lạ' });
    const cases: { headers: Record<string, string>; body?: string; path?: string; method?: string; status: number }[] = [
      { headers: { 'Content-Type': 'application/json' }, body: write, status: 401 },
      { headers: { ...good, Authorization: 'Bearer sai' }, body: write, status: 401 },
      { headers: { ...good, Origin: 'http://evil.example' }, body: write, status: 403 },
      { headers: { ...good, Host: `evil.example:${s.port}` }, body: write, status: 403 },
      { headers: { ...good, 'Content-Type': 'text/plain' }, body: write, status: 415 },
      { headers: good, body: '{khong phai json', status: 400 },
      { headers: good, body: JSON.stringify({ officeName: 12 }), status: 400 },
      { headers: good, body: write, path: '/api/call/settings.xoa', status: 404 },
      { headers: good, body: write, method: 'GET', status: 405 },
      { headers: good, body: 'x'.repeat(2 * 1024 * 1024), status: 413 },
    ];
    for (const [i, c] of cases.entries()) {
      const r = await request(s.port, {
        path: c.path ?? '/api/call/settings.set',
        headers: c.headers,
        body: c.body,
        method: c.method ?? 'POST',
      }).catch((e: unknown) => {
        throw new Error(`case ${i}: ${String(e)}`);
      });
      expect(r.status, JSON.stringify(c.headers) + (c.path ?? '')).toBe(c.status);
    }
    expect(dbSnapshot(app)).toBe(before);
    expect(await app.call('settings.get', {})).toMatchObject({ value: { officeName: '' } });
  });

  it('serves the renderer but never a file outside it', async () => {
    const { server: s } = await start();
    expect((await request(s.port, { method: 'GET', path: '/' })).status).toBe(200);
    expect((await request(s.port, { method: 'GET', path: '/../../package.json' })).status).toBe(404);
    expect((await request(s.port, { method: 'GET', path: '/%2e%2e/%2e%2e/package.json' })).status).toBe(404);
  });

  it('takes a spreadsheet of several megabytes for import by default', async () => {
    const app = await openTestApp();
    const staticDir = tempDir();
    server = await startWebServer({ app, staticDir });
    const body = JSON.stringify({ fileName: 'lon.csv', contentBase64: Buffer.alloc(3 * 1024 * 1024, 'a').toString('base64') });
    const r = await request(server.port, {
      path: '/api/call/imports.open',
      headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
      body,
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { fileName: 'lon.csv' } }); // received and read
  });
});
