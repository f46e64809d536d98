// The thin Electron shell: one window with every security switch on, one IPC channel into the
// core's dispatcher, and the OS integrations only a shell can do. All logic lives in core/.
import { app, BrowserWindow, dialog, ipcMain, session, shell } from 'electron';
import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchLockedApp, type LockedApp } from '../core/locked-app';
import { useReadWorker } from '../core/files/bounded-reader';
import { safeStorageSealer } from './key-sealer';
import { IPC_CHANNEL } from '../core/contract/names';
import { isUserError } from '../model/errors';
import { DATABASE_FILE_NAME } from '../core/paths';
import { checkExternalUrl } from '../core/security/external-url';
import { CONTENT_SECURITY_POLICY, isTrustedSenderUrl, secureWebPreferences } from '../core/security/window-policy';
import { APP_VERSION } from '../core/version';

const here = fileURLToPath(new URL('.', import.meta.url));
useReadWorker(join(here, 'read-worker.js'));
const rendererFile = join(here, '../renderer/index.html');
const rendererUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

/** The one way out to the operating system's browser or mail client. */
function safeOpenExternal(url: string): boolean {
  const check = checkExternalUrl(url);
  if (!check.ok) return false;
  void shell.openExternal(check.url);
  return true;
}

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
        openExternal: safeOpenExternal,
        // The core has already checked the path lies inside the documents folder, or it is a file the user just saved.
        openPath: async (path) => (await shell.openPath(path)) === '',
        saveFileAs: async (suggestedName, bytes) => {
          const focused = BrowserWindow.getFocusedWindow();
          const options = { defaultPath: join(app.getPath('documents'), basename(suggestedName)) };
          const result = focused ? await dialog.showSaveDialog(focused, options) : await dialog.showSaveDialog(options);
          if (result.canceled || !result.filePath) return null;
          await writeFile(result.filePath, bytes);
          return result.filePath;
        },
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
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    safeOpenExternal(url);
    return { action: 'deny' };
  });
});

app.enableSandbox();
if (!app.requestSingleInstanceLock()) app.quit();

app.whenReady().then(async () => {
  lockDownSessions();
  const core = await startCore();
  if (!core) {
    app.quit();
    return;
  }
  ipcMain.handle(IPC_CHANNEL, (event, name: unknown, input: unknown) => {
    if (!isTrustedSenderUrl(event.senderFrame?.url ?? '', rendererUrl, rendererFile)) {
      return { ok: false, error: { code: 'UNTRUSTED_SENDER', message: 'Calls are only accepted from Scrutineer\'s own window.' } };
    }
    return core.dispatch(name, input);
  });
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Scrutineer',
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: secureWebPreferences(join(here, '../preload/index.cjs')),
  });
  window.once('ready-to-show', () => window.show());
  if (rendererUrl) void window.loadURL(rendererUrl);
  else void window.loadFile(rendererFile);
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('will-quit', () => core.close());
});

app.on('window-all-closed', () => app.quit());
