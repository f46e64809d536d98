// The thin Electron shell: one window with every security switch on, its page served from
// app://scrutineer/ (never file://), one IPC channel into the core's dispatcher, and the OS
// integrations only a shell can do. All logic lives in core/; the rules the shell applies are
// plain functions there (core/security, core/files/save-export) so tests run them without Electron.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchLockedApp, type LockedApp } from '../core/locked-app';
import { useReadWorker } from '../core/files/bounded-reader';
import { safeStorageSealer } from './key-sealer';
import { IPC_CHANNEL } from '../core/contract/names';
import { isUserError } from '../model/errors';
import { DATABASE_FILE_NAME } from '../core/paths';
import { APP_ENTRY, APP_ORIGIN, APP_SCHEME, serveAppRequest } from '../core/security/app-protocol';
import { allowedExternalLink, CONTENT_SECURITY_POLICY, isTrustedSenderUrl, secureWebPreferences } from '../core/security/window-policy';
import { savingShell } from '../core/files/save-export';
import { APP_VERSION } from '../core/version';

const here = fileURLToPath(new URL('.', import.meta.url));
useReadWorker(join(here, 'read-worker.js'));
const rendererDir = join(here, '../renderer');
const development = !app.isPackaged;
const rendererUrl = development ? process.env.ELECTRON_RENDERER_URL : undefined;

// Before ready: app:// is a standard, secure origin, so 'self' in the CSP means it and fetch works.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

/** The save dialog offers only the built file's type; main opens only what it has just written. */
const saving = savingShell({
  choosePath: async ({ defaultName, filter }) => {
    const focused = BrowserWindow.getFocusedWindow();
    const options = { defaultPath: join(app.getPath('documents'), defaultName), filters: [filter] };
    const result = focused ? await dialog.showSaveDialog(focused, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  writeFile: (path, bytes) => writeFile(path, bytes),
  openPath: async (path) => (await shell.openPath(path)) === '',
});

/**
 * Opens the core, or waits locked until the window's unlock screen gives the passphrase (a key
 * file protected by one, for a shared machine) or the recovery key; see core/locked-app.
 */
async function startCore(): Promise<LockedApp | undefined> {
  // SCRUTINEER_DB lets tests point the app at a temporary file; SCRUTINEER_DB_KEY gives them its key.
  const databasePath = process.env.SCRUTINEER_DB ?? join(app.getPath('userData'), DATABASE_FILE_NAME);
  const givenKey = process.env.SCRUTINEER_DB_KEY;
  try {
    return await launchLockedApp({
      databasePath,
      keys: { sealer: safeStorageSealer(), ...(givenKey ? { given: { text: givenKey, from: 'SCRUTINEER_DB_KEY' } } : {}) },
      automaticBackups: { onProblem: (error) => console.error(error) },
      host: {
        transport: 'electron',
        appVersion: APP_VERSION,
        // A case document: the core has already checked the path lies inside its private documents folder.
        openPath: async (path) => (await shell.openPath(path)) === '',
        saveFileAs: saving.saveFileAs,
        openSaved: saving.openSaved,
      },
      paths: { templatesDir: join(app.getAppPath(), 'templates'), migrationsDir: join(app.getAppPath(), 'db', 'migrations') },
      onInternalError: (error) => console.error(error),
    });
  } catch (error) {
    dialog.showErrorBox('Scrutineer cannot open its database', isUserError(error) ? error.message : String(error));
    return undefined;
  }
}

function lockDownSessions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // Exports are saved by main through files.export; a download the page starts is never written.
  ses.on('will-download', (event) => event.preventDefault());
  ses.setSpellCheckerEnabled(process.platform === 'darwin');
  // The dev server's pages get the same CSP as app:// answers carry themselves.
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const allowed = allowedExternalLink(url);
    if (allowed) void shell.openExternal(allowed);
    return { action: 'deny' };
  });
});

app.enableSandbox();
if (!app.requestSingleInstanceLock()) app.quit();

app.whenReady().then(async () => {
  lockDownSessions();
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, rendererDir));
  if (!development) Menu.setApplicationMenu(null);
  const core = await startCore();
  if (!core) {
    app.quit();
    return;
  }
  ipcMain.handle(IPC_CHANNEL, (event, name: unknown, input: unknown) => {
    if (!isTrustedSenderUrl(event.senderFrame?.url ?? '', rendererUrl, APP_ORIGIN)) {
      return { ok: false, error: { code: 'UNTRUSTED_SENDER', message: 'Calls are only accepted from Scrutineer\'s own window.' } };
    }
    return core.dispatch(name, input);
  });
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    // Then the page's title (document.title), which never carries a case reference: taskbars and
    // shared screens show it (renderer/src/components/PageTitle.tsx).
    title: 'Scrutineer',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(join(here, '../preload/index.cjs'), { development, platform: process.platform }),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(rendererUrl ?? APP_ENTRY);
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('will-quit', () => core.close());
});

app.on('window-all-closed', () => app.quit());
