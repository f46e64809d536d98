// The demo's current event, by name: the Events page links to it when it exists (and is not
// archived) instead of making a second copy.
export const demoEventName = 'Neglect MACFA — spring 2026 (demo)';
