import { Menu, type MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  backupNow(): void;
  openDataFolder(): void;
  print(): void;
  about(): void;
}

/** The application menu, in Vietnamese, with the editing roles the grids rely on (copy, paste, undo). */
export function buildMenu(actions: MenuActions, dev: boolean): Menu {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'Tệp',
      submenu: [
        { label: 'Sao lưu ngay', accelerator: 'CmdOrCtrl+Shift+S', click: actions.backupNow },
        { label: 'Mở thư mục dữ liệu', click: actions.openDataFolder },
        { type: 'separator' },
        { label: 'In…', accelerator: 'CmdOrCtrl+P', click: actions.print },
        { type: 'separator' },
        { label: 'Thoát', role: 'quit' },
      ],
    },
    {
      label: 'Chỉnh sửa',
      // The shortcuts are shown but not taken by the menu (registerAccelerator: false): the page must get
      // Ctrl+Z / Ctrl+Y / Ctrl+C / Ctrl+V itself, since the grids implement Excel's undo and clipboard.
      submenu: [
        { label: 'Hoàn tác', role: 'undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false },
        { label: 'Làm lại', role: 'redo', accelerator: 'CmdOrCtrl+Y', registerAccelerator: false },
        { type: 'separator' },
        { label: 'Cắt', role: 'cut', accelerator: 'CmdOrCtrl+X', registerAccelerator: false },
        { label: 'Sao chép', role: 'copy', accelerator: 'CmdOrCtrl+C', registerAccelerator: false },
        { label: 'Dán', role: 'paste', accelerator: 'CmdOrCtrl+V', registerAccelerator: false },
        { label: 'Chọn tất cả', role: 'selectAll', accelerator: 'CmdOrCtrl+A', registerAccelerator: false },
      ],
    },
    {
      label: 'Xem',
      submenu: [
        { label: 'Tải lại', role: 'reload' },
        { label: 'Kích thước thật', role: 'resetZoom' },
        { label: 'Phóng to', role: 'zoomIn' },
        { label: 'Thu nhỏ', role: 'zoomOut' },
        { type: 'separator' },
        { label: 'Toàn màn hình', role: 'togglefullscreen' },
        ...(dev ? [{ label: 'Công cụ phát triển', role: 'toggleDevTools' } as const] : []),
      ],
    },
    {
      label: 'Trợ giúp',
      submenu: [
        { label: 'Giới thiệu KTTT', click: actions.about },
        { label: 'Thư mục dữ liệu', click: actions.openDataFolder },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
