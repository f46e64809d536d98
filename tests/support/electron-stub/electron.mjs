// A stand-in for the `electron` module, so the built main bundle (out/main/index.js) runs in plain
// Node: it records what main asks of Electron, answers like production (packaged), and once the
// window has loaded its page drives the scenario in ./scenario.mjs. Test use only.
import { EventEmitter } from 'node:events';
import { runScenario } from './scenario.mjs';

export const record = { privileged: [], protocolHandlers: {}, ipcHandlers: {}, windows: [], loads: [], menus: [], sessionEvents: [], spellchecker: [], opened: [], external: [], dialogs: [], errors: [], windowOpenHandlers: [] };

const ready = new EventEmitter();
export const app = {
  isPackaged: true,
  getPath: (name) => (name === 'documents' ? process.env.STUB_DOCUMENTS : process.env.STUB_USER_DATA),
  getAppPath: () => process.env.STUB_APP_PATH,
  whenReady: () => Promise.resolve(),
  enableSandbox: () => {},
  requestSingleInstanceLock: () => true,
  quit: () => {},
  on: (name, listener) => ready.on(name, listener),
};

export const protocol = {
  registerSchemesAsPrivileged: (schemes) => record.privileged.push(...schemes),
  handle: (scheme, handler) => (record.protocolHandlers[scheme] = handler),
};

export const ipcMain = { handle: (channel, handler) => (record.ipcHandlers[channel] = handler) };

export const Menu = { setApplicationMenu: (menu) => record.menus.push(menu) };

const defaultSession = {
  setPermissionRequestHandler: () => {},
  setPermissionCheckHandler: () => {},
  setSpellCheckerEnabled: (on) => record.spellchecker.push(on),
  on: (name) => record.sessionEvents.push(name),
  webRequest: { onHeadersReceived: () => {} },
};
export const session = { defaultSession };

export class BrowserWindow {
  static getFocusedWindow() {
    return null;
  }
  constructor(options) {
    record.windows.push(options);
    const contents = { on: () => {}, setWindowOpenHandler: (handler) => record.windowOpenHandlers.push(handler) };
    this.webContents = contents;
    ready.emit('web-contents-created', {}, contents);
  }
  once() {}
  show() {}
  isMinimized() {
    return false;
  }
  async loadURL(url) {
    record.loads.push({ how: 'loadURL', url });
    setTimeout(() => void runScenario(record).catch((error) => { console.error(error); process.exit(3); }), 0);
  }
  async loadFile(path) {
    record.loads.push({ how: 'loadFile', url: path });
  }
}

export const dialog = {
  showSaveDialog: async (...args) => {
    const options = args.at(-1);
    record.dialogs.push({ defaultPath: options.defaultPath, filters: options.filters });
    return { canceled: false, filePath: process.env.STUB_SAVE_AS };
  },
  showErrorBox: (title, text) => record.errors.push(`${title}: ${text}`),
};

export const shell = {
  openPath: async (path) => (record.opened.push(path), ''),
  openExternal: async (url) => void record.external.push(url),
};

export const safeStorage = { isEncryptionAvailable: () => false, getSelectedStorageBackend: () => 'basic_text', encryptString: () => Buffer.alloc(0), decryptString: () => '' };

export const contextBridge = {};
export const ipcRenderer = {};
export default { app, protocol, ipcMain, Menu, session, BrowserWindow, dialog, shell, safeStorage };
