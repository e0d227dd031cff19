import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { AppError, EVENT_CHANNEL, channelOf, methodNames } from '../contract/index.ts';
import type { App } from '../core/app.ts';
import { isAppUrl } from './window-options.ts';

/**
 * Registers one ipcMain handler per contract method. A call is answered only when it comes from the
 * app's own top frame; its input is parsed by the method's schema inside `app.call`.
 */
export function registerIpc(getApp: () => App, appUrl: string): void {
  for (const name of methodNames) {
    ipcMain.handle(channelOf(name), async (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isAppUrl(frame.url, appUrl)) {
        return { ok: false, error: new AppError('FORBIDDEN').toApiError() };
      }
      return getApp().callByName(name, input);
    });
  }
}

/** Forwards the core's push events to the window. */
export function forwardEvents(app: App, contents: WebContents): () => void {
  return app.events.subscribe((event) => {
    if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
  });
}
