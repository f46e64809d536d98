// The demo's agencies are made up: after loading it they are offered on the demo's events only.
import { describe, expect, it } from 'vitest';
import { createAgency, listAgencies } from '../../../core/agencies/service';
import { createDemo } from '../../../core/demo/demo';
import { createEvent, getEvent } from '../../../core/events/service';
import { tempCore } from '../helpers/core';

describe('the demo’s fictional agencies', () => {
  it('are not offered on other events, and become real only when a user chooses one by name', async () => {
    const core = tempCore();
    const db = core.store.db;
    createAgency(db, { name: 'Real Police Service' });
    const { id } = await createDemo(core.store);
    const demoAgencies = getEvent(db, id).agencies.map((a) => a.name);
    expect(demoAgencies).toHaveLength(7);
    expect(listAgencies(db).map((a) => a.name)).toEqual(['Real Police Service']);

    const other = createEvent(db, { name: 'Real event', frameworkKey: 'neglect-what-works', agencies: ['Real Police Service'] }).id;
    expect(getEvent(db, other).agencies.map((a) => a.name)).toEqual(['Real Police Service']);
    expect(listAgencies(db).some((a) => a.name.startsWith('Anyshire'))).toBe(false);

    const chosen = createAgency(db, { name: 'Anyshire Constabulary' });
    expect(chosen.name).toBe('Anyshire Constabulary');
    expect(listAgencies(db).map((a) => a.name)).toEqual(['Anyshire Constabulary', 'Real Police Service']);
  }, 60_000);
});
