import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../src-main/web/server.ts';
import { openTestApp, tempDir } from '../helpers/temp.ts';

let server: WebServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const LIMIT = 1024 * 1024;

async function start(): Promise<WebServer> {
  const app = await openTestApp();
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>KTTT</title>');
  server = await startWebServer({ app, staticDir, maxBodyBytes: LIMIT, timeouts: { headersMs: 500, requestMs: 1500 } });
  return server;
}

function call(s: WebServer, pathName: string, contentType: string, body = '{}') {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: s.port,
        agent: false,
        method: 'POST',
        path: pathName,
        headers: { Authorization: `Bearer ${s.token}`, 'Content-Type': contentType, Host: `127.0.0.1:${s.port}` },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

describe('the browser door under hostile calls', () => {
  it('answers 400, not 500, to a malformed percent-escape in the method name', async () => {
    const s = await start();
    const r = await call(s, '/api/call/settings.get%E0%A4%A', 'application/json');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('matches the content type exactly: parameters allowed, look-alikes refused', async () => {
    const s = await start();
    expect((await call(s, '/api/call/settings.get', 'application/json; charset=utf-8')).status).toBe(200);
    expect((await call(s, '/api/call/settings.get', 'Application/JSON')).status).toBe(200);
    for (const look of ['application/jsonp', 'application/json-patch+json', 'application/jsonx; charset=utf-8', 'text/plain']) {
      expect((await call(s, '/api/call/settings.get', look)).status, look).toBe(415);
    }
  });

  it('stops reading a body that never ends soon past the limit and closes the connection', async () => {
    const s = await start();
    const socket = net.connect(s.port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    socket.write(
      `POST /api/call/settings.get HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nAuthorization: Bearer ${s.token}\r\n` +
        'Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
    );
    let closed = false;
    socket.resume();
    socket.on('close', () => (closed = true));
    socket.on('error', () => (closed = true));
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    let sent = 0;
    const until = Date.now() + 20_000;
    while (!closed && Date.now() < until && sent < 256 * LIMIT) {
      socket.write(`${chunk.length.toString(16)}\r\n`);
      socket.write(chunk);
      socket.write('\r\n');
      sent += chunk.length;
      await new Promise((r) => setImmediate(r));
    }
    expect(closed).toBe(true);
    // What the server took in: its limit, what it drains to answer, and what sat in the sockets' buffers.
    expect(sent).toBeLessThan(16 * LIMIT);
    socket.destroy();
  });

  it('answers 413 at once to a body declared larger than the limit, without waiting for it', async () => {
    const s = await start();
    const socket = net.connect(s.port, '127.0.0.1');
    socket.write(
      `POST /api/call/settings.get HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nAuthorization: Bearer ${s.token}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${100 * LIMIT}\r\n\r\n{"a":`,
    );
    const answer = await new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (d: Buffer) => (text += d.toString()));
      socket.on('close', () => resolve(text));
      socket.on('error', () => resolve(text));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413/);
    expect(answer).toContain('Yêu cầu quá lớn');
  });

  it('closes a connection whose headers never finish', async () => {
    const s = await start();
    const socket = net.connect(s.port, '127.0.0.1');
    socket.write(`POST /api/call/settings.get HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nX-Slow: `);
    socket.resume();
    const started = Date.now();
    const closedAfter = await new Promise<number>((resolve) => {
      socket.on('close', () => resolve(Date.now() - started));
      socket.on('error', () => undefined);
      setTimeout(() => resolve(-1), 10_000);
    });
    expect(closedAfter).toBeGreaterThan(0);
    expect(closedAfter).toBeLessThan(5000);
  });

  it('closes a request whose body trickles in slower than the request time-out', async () => {
    const s = await start();
    const socket = net.connect(s.port, '127.0.0.1');
    socket.write(
      `POST /api/call/settings.get HTTP/1.1\r\nHost: 127.0.0.1:${s.port}\r\nAuthorization: Bearer ${s.token}\r\n` +
        'Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n{',
    );
    socket.resume();
    const started = Date.now();
    const timer = setInterval(() => socket.write(' '), 200);
    const closedAfter = await new Promise<number>((resolve) => {
      socket.on('close', () => resolve(Date.now() - started));
      socket.on('error', () => undefined);
      setTimeout(() => resolve(-1), 10_000);
    });
    clearInterval(timer);
    expect(closedAfter).toBeGreaterThan(0);
    expect(closedAfter).toBeLessThan(6000);
  });
});
