// Words for what a save did, shared by import, clone and the editor.
import type { SaveResult } from '@contract/types';

export function describeSave(result: SaveResult, name?: string): string {
  const what = name ? `“${name}”` : `Framework ${result.key}`;
  switch (result.outcome) {
    case 'created':
      return `${what} was added as version ${result.version}.`;
    case 'updated':
      return `${what} was updated (version ${result.version}).`;
    case 'new-version':
      return `${what} was saved as version ${result.version}, because events use version ${result.version - 1} (they keep it).`;
    case 'unchanged':
      return `${what} is unchanged: it is the same as version ${result.version}.`;
  }
}
