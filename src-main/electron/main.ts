import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, Menu, shell } from 'electron';
import { AppError } from '../contract/index.ts';
import { describeOpenFailure, newestBackup, openApp, recoverFromBackup, type App } from '../core/app.ts';
import { resolveDbPath } from '../core/db/location.ts';
import { importWorkerOption } from '../core/import/analyzer.ts';
import { findResourcesDir } from '../core/resources.ts';
import { forwardEvents, registerIpc } from './ipc.ts';
import { buildMenu } from './menu.ts';
import { denyAllPermissions, lockDown } from './security.ts';
import { buildWindowOptions } from './window-options.ts';
import { loadBounds, saveBounds } from './window-state.ts';
import { ElectronPdfPrinter } from './print.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const devUrl = process.env.ELECTRON_RENDERER_URL;
const appUrl = devUrl ?? pathToFileURL(path.join(here, '../renderer/index.html')).href;
let mainWindow: BrowserWindow | null = null;
let core: App | null = null;

/** Opens the database; a damaged file leads to an offer to restore the newest backup, never a crash. */
async function openCore(dbPath: string): Promise<App | null> {
  const resourcesDir = findResourcesDir([path.join(process.resourcesPath, 'resources'), path.join(here, '../../resources')]);
  const open = () =>
    openApp({
      dbPath,
      resourcesDir,
      appVersion: app.getVersion(),
      door: 'app',
      dailyBackup: true,
      pdfPrinter: new ElectronPdfPrinter(),
      ...importWorkerOption(import.meta.url),
    });
  try {
    return await open();
  } catch (err) {
    const newest = newestBackup(dbPath);
    if (err instanceof AppError && err.code === 'DB_CORRUPT' && newest) {
      const choice = await dialog.showMessageBox({
        type: 'error',
        title: 'Cơ sở dữ liệu bị hỏng',
        message: describeOpenFailure(err),
        detail: `Có thể khôi phục bản sao lưu mới nhất:\n${newest.path}\nTệp hỏng sẽ được giữ lại trong thư mục sao lưu.`,
        buttons: ['Khôi phục bản sao lưu mới nhất', 'Thoát'],
        defaultId: 0,
        cancelId: 1,
      });
      if (choice.response === 0) {
        try {
          recoverFromBackup(dbPath, newest.path);
          return await open();
        } catch (again) {
          dialog.showErrorBox('Không khôi phục được', describeOpenFailure(again));
          return null;
        }
      }
      return null;
    }
    dialog.showErrorBox('Không mở được cơ sở dữ liệu', describeOpenFailure(err));
    return null;
  }
}

function createWindow(opened: App): BrowserWindow {
  const stateDir = app.getPath('userData');
  const bounds = loadBounds(stateDir);
  const win = new BrowserWindow(buildWindowOptions(path.join(here, '../preload/preload.cjs'), bounds));
  lockDown(win.webContents, appUrl);
  const stopEvents = forwardEvents(opened, win.webContents);
  win.once('ready-to-show', () => {
    if (bounds.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => saveBounds(stateDir, { ...win.getNormalBounds(), maximized: win.isMaximized() }));
  win.on('closed', () => {
    stopEvents();
    mainWindow = null;
  });
  Menu.setApplicationMenu(
    buildMenu(
      {
        backupNow: () =>
          void opened.call('db.backup', {}).then((r) => {
            if (r.ok)
              void dialog.showMessageBox(win, {
                type: 'info',
                message: 'Đã sao lưu cơ sở dữ liệu.',
                detail: (r.value as { path: string }).path,
              });
            else dialog.showErrorBox('Sao lưu không thành công', r.error.message);
          }),
        openDataFolder: () => void shell.openPath(path.dirname(opened.ctx.dbPath)),
        print: () => win.webContents.print({ silent: false, printBackground: true }),
        about: () =>
          void dialog.showMessageBox(win, {
            type: 'info',
            title: 'Giới thiệu',
            message: `KTTT ${app.getVersion()}`,
            detail: 'Quản lý tổ chức kinh tế tập thể cho Liên minh Hợp tác xã tỉnh.',
          }),
      },
      !app.isPackaged,
    ),
  );
  if (devUrl) void win.loadURL(devUrl);
  else void win.loadFile(path.join(here, '../renderer/index.html'));
  return win;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDown(contents, appUrl));
  app.on('window-all-closed', () => {
    void core?.close().finally(() => app.quit());
  });
  void app.whenReady().then(async () => {
    denyAllPermissions();
    const dbPath = resolveDbPath(process.argv, process.env, app.getPath('userData'));
    core = await openCore(dbPath);
    if (!core) {
      app.quit();
      return;
    }
    const opened = core;
    registerIpc(() => opened, appUrl);
    mainWindow = createWindow(opened);
  });
}
