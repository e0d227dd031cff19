import type {
  ApiError,
  EventName,
  EventPayloads,
  ExposedApi,
  InputOf,
  MethodName,
  OutputOf,
  PushEvent,
  Result,
} from '../../src-main/contract/index.ts';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser. */
    api?: ExposedApi;
  }
}

/** The only way the renderer reaches the core: IPC in Electron, HTTP through the browser door. */
export interface Client {
  readonly mode: 'electron' | 'browser';
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<Result<OutputOf<M>>>;
  onEvent<E extends EventName>(name: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

const TOKEN_KEY = 'kttt.token';

/** The browser door hands the token in the URL once; keep it for the tab and take it out of the address bar. */
function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

const offline: ApiError = {
  code: 'INTERNAL',
  message: 'Mất kết nối tới KTTT. Hãy kiểm tra cửa sổ dòng lệnh đang chạy "npm run web" rồi tải lại trang.',
};

function browserClient(): Client {
  const token = takeToken();
  const listeners = new Set<(e: PushEvent) => void>();
  let source: EventSource | null = null;
  const ensureStream = () => {
    if (source) return;
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (m: MessageEvent<string>) => {
      const event = JSON.parse(m.data) as PushEvent;
      for (const l of listeners) l(event);
    };
  };
  return {
    mode: 'browser',
    async call(method, input) {
      try {
        const res = await fetch(`/api/call/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
        return (await res.json()) as Result<OutputOf<typeof method>>;
      } catch {
        return { ok: false, error: offline };
      }
    },
    onEvent(name, listener) {
      ensureStream();
      const l = (e: PushEvent) => {
        if (e.name === name) listener(e.payload as EventPayloads[typeof name]);
      };
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

function electronClient(api: ExposedApi): Client {
  return {
    mode: 'electron',
    call: (method, input) => (api[method] as (i: typeof input) => Promise<Result<OutputOf<typeof method>>>)(input),
    onEvent: (name, listener) => api.onEvent(name, listener),
  };
}

export const client: Client = window.api ? electronClient(window.api) : browserClient();
