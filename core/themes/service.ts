// Theme coding: each framework keeps an editable list of themes (the shipped frameworks start
// with examples from neglect strategies); audits and findings are tagged with them, and the
// dashboard and report tally them. Archiving a theme hides it from new tagging and keeps its tags.
import type { Queryable as Db } from '../../db/open';
import { findAudit } from '../../db/queries/audits';
import { findFinding } from '../../db/queries/findings';
import { findFrameworkId } from '../../db/queries/frameworks';
import * as q from '../../db/queries/themes';
import { appendTrail } from '../../db/queries/trail';
import { writeTransaction } from '../../db/write';
import { UserError } from '../../model/errors';
import { auditActor, requireActor } from '../audits/actor';
import { frameworkForEvent } from '../audits/event-framework';
import type { Theme, ThemeTally } from '../contract/types';

const toTheme = (r: q.ThemeRow): Theme => ({ id: r.id, frameworkKey: r.frameworkKey, label: r.label, archived: r.archived });

export function listThemes(db: Db, frameworkKey: string, includeArchived = false): Theme[] {
  return q.themesOf(db, frameworkKey).filter((t) => includeArchived || !t.archived).map(toTheme);
}

export function createTheme(db: Db, input: { frameworkKey: string; label: string }): Theme {
  const label = input.label.trim();
  if (!label) throw new UserError('A theme needs a name.', 'INVALID_INPUT');
  return writeTransaction(db, (tx) => {
    if (findFrameworkId(tx, input.frameworkKey) === undefined) throw new UserError(`No framework has the key "${input.frameworkKey}".`, 'NOT_FOUND');
    if (q.findThemeByLabel(tx, input.frameworkKey, label)) throw new UserError(`The theme "${label}" is already in this framework's list.`, 'DUPLICATE_NAME');
    return toTheme(q.insertTheme(tx, input.frameworkKey, label));
  });
}

export function updateTheme(db: Db, input: { id: number; label?: string; archived?: boolean }): Theme {
  return writeTransaction(db, (tx) => {
    const before = q.findTheme(tx, input.id);
    if (!before) throw new UserError(`No theme has the id ${input.id}.`, 'NOT_FOUND');
    const label = input.label?.trim();
    if (label !== undefined) {
      if (!label) throw new UserError('A theme needs a name.', 'INVALID_INPUT');
      const clash = q.findThemeByLabel(tx, before.frameworkKey, label);
      if (clash && clash.id !== before.id) throw new UserError(`The theme "${label}" is already in this framework's list.`, 'DUPLICATE_NAME');
    }
    q.updateTheme(tx, input.id, { ...(label !== undefined ? { label } : {}), ...(input.archived !== undefined ? { archived: input.archived } : {}) });
    return toTheme(q.findTheme(tx, input.id)!);
  });
}

/** Refuses theme ids that are not in the framework's list. */
export function checkThemes(db: Db, frameworkKey: string, themeIds: number[]): Map<number, string> {
  const known = new Map(q.themesOf(db, frameworkKey).map((t) => [t.id, t.label]));
  const unknown = themeIds.filter((id) => !known.has(id));
  if (unknown.length) throw new UserError(`Not themes of this event's framework: ${unknown.join(', ')}.`, 'NOT_FOUND');
  return known;
}

const labelsOf = (ids: number[], labels: Map<number, string>) => ids.map((id) => labels.get(id) ?? String(id)).sort().join(', ');

export function themesOfAudit(db: Db, auditId: number): { themes: Theme[]; tagged: number[] } {
  const audit = findAudit(db, auditId);
  if (!audit) throw new UserError(`No audit has the id ${auditId}.`, 'NOT_FOUND');
  const tagged = q.auditThemeIds(db, auditId);
  const key = frameworkForEvent(db, audit.eventId).framework.key;
  return { themes: q.themesOf(db, key).filter((t) => !t.archived || tagged.includes(t.id)).map(toTheme), tagged };
}

export function tagAudit(db: Db, input: { auditId: number; themeIds: number[] }): { tagged: number[] } {
  return writeTransaction(db, (tx) => {
    const audit = findAudit(tx, input.auditId);
    if (!audit) throw new UserError(`No audit has the id ${input.auditId}.`, 'NOT_FOUND');
    const labels = checkThemes(tx, frameworkForEvent(tx, audit.eventId).framework.key, input.themeIds);
    const before = q.auditThemeIds(tx, input.auditId);
    q.replaceAuditThemes(tx, input.auditId, input.themeIds);
    const [oldValue, newValue] = [labelsOf(before, labels), labelsOf([...new Set(input.themeIds)], labels)];
    if (oldValue !== newValue) appendTrail(tx, [{ eventId: audit.eventId, caseId: audit.caseId, actor: auditActor(tx, audit), entity: 'audit', entityId: audit.id, field: 'themes', oldValue, newValue }]);
    return { tagged: q.auditThemeIds(tx, input.auditId) };
  });
}

export function tagFinding(db: Db, input: { findingId: number; themeIds: number[] }): { tagged: number[] } {
  return writeTransaction(db, (tx) => {
    const actor = requireActor(tx);
    const finding = findFinding(tx, input.findingId);
    if (!finding) throw new UserError(`No finding has the id ${input.findingId}.`, 'NOT_FOUND');
    const labels = checkThemes(tx, frameworkForEvent(tx, finding.eventId).framework.key, input.themeIds);
    const before = q.findingThemeIds(tx, [finding.id]).map((r) => r.themeId);
    q.replaceFindingThemes(tx, finding.id, input.themeIds);
    const [oldValue, newValue] = [labelsOf(before, labels), labelsOf([...new Set(input.themeIds)], labels)];
    if (oldValue !== newValue) appendTrail(tx, [{ eventId: finding.eventId, actor, entity: 'finding', entityId: finding.id, field: 'themes', oldValue, newValue }]);
    return { tagged: q.findingThemeIds(tx, [finding.id]).map((r) => r.themeId) };
  });
}

/** Every theme of the event's framework used in the event (or still offered), most cases first. */
export function themeTally(db: Db, eventId: number): ThemeTally[] {
  const key = frameworkForEvent(db, eventId).framework.key;
  const counts = q.themeCounts(db, eventId);
  return q
    .themesOf(db, key)
    .map((t) => ({ id: t.id, label: t.label, archived: t.archived, ...(counts.get(t.id) ?? { audits: 0, cases: 0, findings: 0 }) }))
    .filter((t) => !t.archived || t.audits + t.findings > 0)
    .sort((a, b) => b.cases - a.cases || b.findings - a.findings || a.label.localeCompare(b.label));
}
