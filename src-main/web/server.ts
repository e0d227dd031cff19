import crypto from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PushEvent } from '../contract/index.ts';
import type { App } from '../core/app.ts';
import { serveStatic } from './static-files.ts';
import { MAX_IMPORT_BYTES } from '../contract/imports.ts';

export interface WebServerOptions {
  app: App;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  /** Largest JSON body accepted, in bytes (default: room for the largest spreadsheet import). */
  maxBodyBytes?: number;
  /** Longest wait for a request's headers and for the whole request (defaults: 15 s and 2 min). */
  timeouts?: { headersMs: number; requestMs: number };
}

export interface WebServer {
  url: string;
  /** The URL with the per-launch token, to open in a browser. */
  openUrl: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

const API_PREFIX = '/api/call/';

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Refusals may leave a body unread, so the connection is not reused for the next request. */
function refuse(res: ServerResponse, status: number, message: string): void {
  res.setHeader('Connection', 'close');
  const code = status === 404 ? 'UNKNOWN_METHOD' : status === 401 || status === 403 ? 'FORBIDDEN' : 'INVALID_INPUT';
  sendJson(res, status, { ok: false, error: { code, message } });
}

/** Constant-time comparison so the token cannot be guessed byte by byte from response times. */
function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/**
 * Reads a body up to `limit` bytes; null past it, having stopped reading (the caller answers 413 and closes the
 * connection), so a client cannot make the server read without end.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      req.off('data', onData);
      req.pause();
      resolve(null);
    };
    req.on('data', onData);
    req.on('end', () => resolve(size > limit ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Answers 413 to a body past the limit. Closing at once, with unread bytes in the socket, would reset the
 * connection and lose the answer; so the rest is read and dropped, for a moment and a bounded amount only.
 */
function refuseOversized(req: IncomingMessage, res: ServerResponse, limit: number): void {
  refuse(res, 413, 'Yêu cầu quá lớn.');
  let drained = 0;
  const stop = setTimeout(() => req.destroy(), 1000);
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > limit) req.destroy();
  });
  req.on('close', () => clearTimeout(stop));
  req.resume();
}

/** `application/json`, with or without parameters (`; charset=utf-8`), and nothing else: not `application/jsonx`. */
function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() === 'application/json';
}

/** The method name of /api/call/NAME; null when its percent-escapes are malformed. */
function methodOf(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname.slice(API_PREFIX.length));
  } catch {
    return null;
  }
}

/** A client that sends its headers or its body too slowly is cut off, so partial requests are not held forever. */
const HEADERS_TIMEOUT_MS = 15_000;
const REQUEST_TIMEOUT_MS = 120_000;

function serverOptionsOf(options: WebServerOptions): http.ServerOptions {
  const timeouts = options.timeouts ?? { headersMs: HEADERS_TIMEOUT_MS, requestMs: REQUEST_TIMEOUT_MS };
  return {
    headersTimeout: timeouts.headersMs,
    requestTimeout: timeouts.requestMs,
    // How often partial requests are checked against those limits (Node's default is every 30 s).
    connectionsCheckingInterval: Math.min(1000, timeouts.headersMs),
  };
}

/**
 * The browser door: the renderer build and the contract over HTTP, on 127.0.0.1 only.
 * A call needs the per-launch token, a Host of this server (against DNS rebinding) and, when the browser
 * sends one, an Origin of this server. Anything else is refused before the core sees it.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const token = options.token ?? crypto.randomBytes(24).toString('base64url');
  // The largest call is a spreadsheet sent for import, as base64.
  const maxBody = options.maxBodyBytes ?? Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 64 * 1024;
  let port = 0;
  const ownHosts = () => new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const ownOrigins = () => new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  const streams = new Set<ServerResponse>();

  const server = http.createServer(serverOptionsOf(options), async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      if (!ownHosts().has(req.headers.host ?? '')) return refuse(res, 403, 'Máy chủ chỉ phục vụ địa chỉ 127.0.0.1.');
      const origin = req.headers.origin;
      const isApi = url.pathname.startsWith('/api/');
      if (isApi && origin !== undefined && !ownOrigins().has(origin)) return refuse(res, 403, 'Nguồn yêu cầu không được phép.');

      if (url.pathname === '/api/events' && req.method === 'GET') {
        if (!sameToken(url.searchParams.get('token') ?? undefined, token)) return refuse(res, 401, 'Thiếu hoặc sai mã truy cập.');
        res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
        res.write(': kttt\n\n');
        streams.add(res);
        req.on('close', () => streams.delete(res));
        return;
      }
      if (url.pathname.startsWith(API_PREFIX)) {
        const auth = req.headers.authorization;
        if (!sameToken(auth?.startsWith('Bearer ') ? auth.slice(7) : undefined, token))
          return refuse(res, 401, 'Thiếu hoặc sai mã truy cập.');
        if (req.method !== 'POST') return refuse(res, 405, 'Chỉ chấp nhận POST.');
        if (!isJson(req.headers['content-type'])) return refuse(res, 415, 'Nội dung phải là JSON (application/json).');
        const method = methodOf(url.pathname);
        if (method === null) return refuse(res, 400, 'Tên chức năng trong địa chỉ không hợp lệ.');
        const body = await readBody(req, maxBody);
        if (body === null) return refuseOversized(req, res, maxBody);
        let input: unknown;
        try {
          input = body === '' ? {} : JSON.parse(body);
        } catch {
          return refuse(res, 400, 'Nội dung JSON không hợp lệ.');
        }
        const result = await options.app.callByName(method, input);
        if (!result.ok && result.error.code === 'UNKNOWN_METHOD') return sendJson(res, 404, result);
        if (!result.ok && result.error.code === 'INVALID_INPUT') return sendJson(res, 400, result);
        return sendJson(res, 200, result);
      }
      if (isApi) return refuse(res, 404, 'Không có địa chỉ này.');
      if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'Chỉ chấp nhận GET.');
      if (!serveStatic(options.staticDir, url.pathname, res)) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('Không tìm thấy.');
      }
    } catch (err) {
      // A client that went away in the middle of its request: nothing to answer, nothing to report.
      if (req.destroyed || (err as NodeJS.ErrnoException).code === 'ECONNRESET') return;
      console.error('Lỗi máy chủ web', err);
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'Đã xảy ra lỗi không mong muốn.' } });
      else res.end();
    }
  });

  const unsubscribe = options.app.events.subscribe((event: PushEvent) => {
    const line = `data: ${JSON.stringify(event)}\n\n`;
    for (const s of streams) s.write(line);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    openUrl: `${url}/?token=${token}`,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        unsubscribe();
        for (const s of streams) s.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
