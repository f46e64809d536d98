// Events and agencies on a real database: create with agencies, edit, archive, list.
import { describe, expect, it } from 'vitest';
import { createAgency, listAgencies, updateAgency } from '../../../core/agencies/service';
import { guessAgencyType } from '../../../model/agency';
import { createEvent, getEvent, listEvents, setArchived, updateEvent } from '../../../core/events/service';
import { updateEventSchema } from '../../../model/event';
import { tempCore } from '../helpers/core';

describe('events', () => {
  it('creates an event with defaults, pinned framework version and agencies', () => {
    const db = tempCore().store.db;
    const { id, frameworkVersion } = createEvent(db, {
      name: 'Neglect MACFA spring',
      frameworkKey: 'neglect-what-works',
      auditDate: '2026-03-01',
      agencies: ["Children's Social Care", 'Police', 'police', 'School nursing (NHS)'],
    });
    expect(frameworkVersion).toBe(1);
    const event = getEvent(db, id);
    expect(event).toMatchObject({ name: 'Neglect MACFA spring', status: 'planning', classification: 'OFFICIAL-SENSITIVE', reviewWindowMonths: 12, auditDate: '2026-03-01', caseCount: 0 });
    expect(event.agencies.map((a) => [a.name, a.type])).toEqual([
      ["Children's Social Care", 'social-care'],
      ['Police', 'police'],
      ['School nursing (NHS)', 'health'],
    ]);
  });

  it('refuses bad input with the field named and writes nothing', () => {
    const db = tempCore().store.db;
    expect(() => createEvent(db, { name: ' ', frameworkKey: 'neglect-what-works' })).toThrow(/name: is required/);
    expect(() => createEvent(db, { name: 'X', frameworkKey: 'neglect-what-works', auditDate: '2026-02-30' })).toThrow(/auditDate: is not a real date/);
    expect(() => createEvent(db, { name: 'X', frameworkKey: 'no-such', agencies: ['New agency'] })).toThrow(/no-such/);
    expect(listEvents(db, { includeArchived: true })).toEqual([]);
    expect(listAgencies(db)).toEqual([]);
  });

  it('edits details, status and participants; archives and restores', () => {
    const db = tempCore().store.db;
    const { id } = createEvent(db, { name: 'A', frameworkKey: 'neglect-quick-check', agencies: ['Police'] });
    const health = createAgency(db, { name: 'Health' });
    const edited = updateEvent(db, { id, name: 'B', status: 'auditing', classification: 'OFFICIAL', agencyIds: [health.id] });
    expect(edited).toMatchObject({ name: 'B', status: 'auditing', classification: 'OFFICIAL' });
    expect(edited.agencies.map((a) => a.name)).toEqual(['Health']);
    setArchived(db, id, true);
    expect(listEvents(db)).toEqual([]);
    expect(listEvents(db, { includeArchived: true })).toHaveLength(1);
    setArchived(db, id, false);
    expect(listEvents(db).map((e) => e.name)).toEqual(['B']);
  });

  it('keeps agency names unique regardless of case and guesses types', () => {
    const db = tempCore().store.db;
    const a = createAgency(db, { name: 'Early Help Service' });
    expect(a.type).toBe('early-help');
    expect(() => createAgency(db, { name: 'early help service' })).toThrow(/already an agency/);
    expect(updateAgency(db, { id: a.id, type: 'voluntary' }).type).toBe('voluntary');
    expect(guessAgencyType('Anytown Constabulary')).toBe('police');
    expect(guessAgencyType('St Mary’s Primary School')).toBe('education');
    expect(guessAgencyType('Housing')).toBe('other');
  });
});

describe('event updates', () => {
  it('change only the fields sent', () => {
    const db = tempCore().store.db;
    const { id } = createEvent(db, { name: 'Keep', frameworkKey: 'neglect-what-works', auditDate: '2026-05-01', reviewWindowMonths: 6, classification: 'OFFICIAL', theme: 'Drift' });
    const updated = updateEvent(db, updateEventSchema.parse({ id, partnership: 'Anyshire SCP' }));
    expect(updated).toMatchObject({ name: 'Keep', auditDate: '2026-05-01', reviewWindowMonths: 6, classification: 'OFFICIAL', theme: 'Drift', partnership: 'Anyshire SCP' });
  });
});
