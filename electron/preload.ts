// Sandboxed preload (built as CommonJS): exposes exactly one function, `call`, for the names in
// the contract. No Node, no ipcRenderer, nothing else reaches the page.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL, isCallName, type CallResult } from '../core/contract/names';

const bridge = {
  call(name: unknown, input: unknown): Promise<CallResult<unknown>> {
    if (!isCallName(name)) {
      return Promise.resolve({ ok: false, error: { code: 'UNKNOWN_CALL', message: `Unknown call ${String(name).slice(0, 80)}.` } });
    }
    return ipcRenderer.invoke(IPC_CHANNEL, name, input) as Promise<CallResult<unknown>>;
  },
};

contextBridge.exposeInMainWorld('scrutineer', Object.freeze(bridge));
