// The fictional demo event: its changes are stamped with a stand-in name, and afterwards changes
// without a user name are refused again.
import { describe, expect, it } from 'vitest';
import { startAudit } from '../../../core/audits/service';
import { listCases } from '../../../core/cases/service';
import { createDemo } from '../../../core/demo/demo';
import { getEvent } from '../../../core/events/service';
import { listTrail } from '../../../core/trail/service';
import { tempCore } from '../helpers/core';

describe('demo', () => {
  it('stamps its own changes without a user name, and then still refuses changes without one', async () => {
    const core = tempCore();
    const { id } = await createDemo(core.store);
    expect(listTrail(core.store.db, { eventId: id }).every((e) => e.actor === 'Demo facilitator')).toBe(true);
    const caseId = listCases(core.store.db, id)[0]!.id;
    expect(() => startAudit(core.store.db, { caseId, agencyId: getEvent(core.store.db, id).agencies[0]!.id, auditor: 'Someone' })).toThrow(/Enter your name in Settings/);
  }, 60_000);
});
