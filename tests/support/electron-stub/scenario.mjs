// What the bundle test does once main has loaded its page: the calls a compromised page could
// make, through the handlers main registered, and what came of them, printed as one JSON line.
export async function runScenario(record) {
  const invoke = (url, name, input) => record.ipcHandlers['scrutineer:call']({ senderFrame: { url } }, name, input);
  const own = 'app://scrutineer/index.html';
  const page = await record.protocolHandlers.app({ url: own });
  const outside = await record.protocolHandlers.app({ url: 'app://scrutineer/%2e%2e%2f%2e%2e%2fmain%2findex.js' });
  const result = {
    loads: record.loads,
    privileged: record.privileged,
    page: { status: page.status, csp: page.headers.get('content-security-policy'), body: (await page.text()).slice(0, 15) },
    outside: outside.status,
    fromFilePage: await invoke('file:///opt/app/out/renderer/index.html', 'app.info', {}),
    saveAsWithBytes: await invoke(own, 'files.saveAs', { fileName: 'run.exe', base64: 'TVqQAAMAAAAEAAAA', open: true }),
    exportWithBytes: await invoke(own, 'files.export', { call: 'identity.export', input: {}, base64: 'TVqQAAMAAAAEAAAA' }),
    exportNotAnExport: await invoke(own, 'files.export', { call: 'settings.update', input: { userName: 'x' } }),
    openExternal: await invoke(own, 'app.openExternal', { url: 'https://example.org/' }),
    exported: await invoke(own, 'files.export', { call: 'identity.export', input: {}, name: 'evil.exe', open: true }),
    windowOpen: record.windowOpenHandlers.map((handler) => handler({ url: 'https://example.org/' })),
    menus: record.menus,
    webPreferences: record.windows.map((w) => w.webPreferences),
    sessionEvents: record.sessionEvents,
    spellchecker: record.spellchecker,
    dialogs: record.dialogs,
    opened: record.opened,
    external: record.external,
    errors: record.errors,
  };
  process.stdout.write(`SCENARIO ${JSON.stringify(result)}\n`);
  process.exit(0);
}
