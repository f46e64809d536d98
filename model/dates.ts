// "Today" for everything the app decides by date (overdue actions, the default audit date, a
// report's date): one meaning, the user's own calendar. A UTC date would still say yesterday for
// the first hour after midnight in British Summer Time, so the screen and a report written at
// 00:30 could disagree about what is overdue.

const pad = (n: number): string => String(n).padStart(2, '0');

/** Today as YYYY-MM-DD on this computer's calendar (not UTC). */
export function todayIso(now: Date = new Date()): string {
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
