// The one autosave engine (the audit workspace, moderation, the report's narrative): every field
// (a criterion's grade, its rationale, a narrative section, ...) has its own queue. A change
// schedules a save after a pause in typing, or at once for a grade; saves of one field run one
// after another so an older text never lands after a newer one. A failed save is kept and tried
// again on the next change, or after a back-off; a save that came with an `undo` (a choice shown
// at once) is not retried: the screen goes back to what is stored and the refusal is shown until
// dismissed. A save refused only because another writer holds the database (DATABASE_BUSY) is
// neither a failure nor a refusal: it stays "Saving…" and is sent again shortly, for up to a minute.
import { toShownError, type ShownError } from '../lib/errors';

export type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

export interface SaveOptions {
  /** Milliseconds to wait for more changes; 0 sends at once. */
  delay?: number;
  /** Heads the error banner if this save fails. */
  title?: string;
  /** Puts the screen back if this save is refused; such a save is not retried. */
  undo?: () => void;
}

interface Save extends Omit<SaveOptions, 'delay'> {
  run: () => Promise<void>;
}

interface Field {
  /** The newest save not yet sent. */
  pending: Save | null;
  timer: ReturnType<typeof setTimeout> | null;
  /** The save on its way, if any; the next one waits for it. */
  running: Promise<void> | null;
  failed: boolean;
  /** When this field's saves first met a busy database, while they still do. */
  busySince: number | null;
}

export interface SaverSnapshot {
  state: SaveState;
  error: ShownError | null;
  /** The error is a refusal the user may dismiss (a failure still being retried is not). */
  dismissible: boolean;
}

const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 30_000;
const BUSY_RETRY_MS = 400;
/** How long a busy database is waited for before the save counts as failed. */
const BUSY_PATIENCE_MS = 60_000;

export class Autosaver {
  private fields = new Map<string, Field>();
  private listeners = new Set<() => void>();
  private everSaved = false;
  private lastError: ShownError | null = null;
  /** A refused save that was undone on screen: shown until dismissed. */
  private refusal: ShownError | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = RETRY_FIRST_MS;
  private snapshot: SaverSnapshot = { state: 'idle', error: null, dismissible: false };
  private idleWaiters: (() => void)[] = [];
  private disposed = false;

  constructor(private readonly delayMs = 500) {}

  /** Queues a save for a field; a later call for the same field replaces one not yet sent. */
  schedule(id: string, run: () => Promise<void>, options: SaveOptions = {}): void {
    const { delay = this.delayMs, ...rest } = options;
    const field = this.field(id);
    field.pending = { run, ...rest };
    if (field.timer) clearTimeout(field.timer);
    field.timer = null;
    if (delay <= 0) this.send(id);
    else field.timer = setTimeout(() => this.send(id), delay);
    // A change is the moment to try again whatever failed before.
    this.retryFailed(id);
    this.changed();
  }

  /** Sends a field's waiting save now (on blur, or when the criterion changes). */
  flush(id: string): void {
    const field = this.fields.get(id);
    if (field?.pending) this.send(id);
  }

  /** Sends every waiting save now: before leaving the page or when it is hidden. */
  flushAll(): void {
    for (const [id, field] of this.fields) if (field.pending) this.send(id);
  }

  /** True while anything is waiting, on its way, or failed. */
  hasUnsaved(): boolean {
    for (const field of this.fields.values()) if (field.pending || field.running || field.failed) return true;
    return false;
  }

  /** Sends everything and resolves when nothing is waiting or on its way (failures stay failed). */
  async settle(): Promise<void> {
    this.flushAll();
    if (!this.busy()) return;
    await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SaverSnapshot => this.snapshot;

  /** Clears a refusal the user has read. */
  dismiss(): void {
    this.refusal = null;
    this.changed();
  }

  dispose(): void {
    this.flushAll();
    this.disposed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.listeners.clear();
  }

  private field(id: string): Field {
    let field = this.fields.get(id);
    if (!field) {
      field = { pending: null, timer: null, running: null, failed: false, busySince: null };
      this.fields.set(id, field);
    }
    return field;
  }

  /** Something is waiting or on its way; a failed save waiting for its retry does not count. */
  private busy(): boolean {
    for (const field of this.fields.values()) if (field.running || (field.pending && !field.failed)) return true;
    return false;
  }

  private send(id: string): void {
    const field = this.field(id);
    if (field.timer) clearTimeout(field.timer);
    field.timer = null;
    const save = field.pending;
    if (!save) return;
    field.pending = null;
    const previous = field.running ?? Promise.resolve();
    const run: Promise<void> = previous
      .then(save.run)
      .then(
        () => {
          field.failed = false;
          field.busySince = null;
          this.everSaved = true;
          if (![...this.fields.values()].some((f) => f.failed)) {
            this.lastError = null;
            this.retryDelay = RETRY_FIRST_MS;
          }
        },
        (error: unknown) => {
          const shown = { ...toShownError(error), ...(save.title ? { title: save.title } : {}) };
          if (this.waitForBusy(id, field, save, shown.code)) return;
          if (save.undo) {
            save.undo();
            this.refusal = shown;
            return;
          }
          // Keep the save so the next change (or the back-off) sends it again, unless a newer
          // one for the same field is already waiting.
          if (!field.pending) field.pending = save;
          field.failed = true;
          this.lastError = shown;
          this.scheduleRetry();
        },
      )
      .finally(() => {
        if (field.running === run) field.running = null;
        this.changed();
      });
    field.running = run;
    this.changed();
  }

  /** Keeps a save that met a busy database waiting and sends it again soon; false once patience runs out. */
  private waitForBusy(id: string, field: Field, save: Save, code: string | null): boolean {
    if (code !== 'DATABASE_BUSY' || this.disposed) return false;
    const now = Date.now();
    field.busySince ??= now;
    if (now - field.busySince > BUSY_PATIENCE_MS) return false;
    if (!field.pending) field.pending = save;
    if (!field.timer) field.timer = setTimeout(() => this.send(id), BUSY_RETRY_MS);
    return true;
  }

  private retryFailed(except: string): void {
    for (const [id, field] of this.fields) if (id !== except && field.failed && field.pending && !field.running) this.send(id);
  }

  private scheduleRetry(): void {
    if (this.disposed || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.retryDelay = Math.min(this.retryDelay * 2, RETRY_MAX_MS);
      for (const [id, field] of this.fields) if (field.failed && field.pending && !field.running) this.send(id);
    }, this.retryDelay);
  }

  private changed(): void {
    const failed = [...this.fields.values()].some((f) => f.failed);
    const state: SaveState = failed || this.refusal ? 'failed' : this.busy() ? 'saving' : this.everSaved ? 'saved' : 'idle';
    const error = this.refusal ?? (failed ? this.lastError : null);
    if (state !== this.snapshot.state || error !== this.snapshot.error) this.snapshot = { state, error, dismissible: error !== null && error === this.refusal };
    if (!this.busy()) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const resolve of waiters) resolve();
    }
    for (const listener of this.listeners) listener();
  }
}
