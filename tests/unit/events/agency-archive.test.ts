// Taking an agency out of an event: refused while it has audits (they would drop out of every
// figure), with the audits named; archiving it for the event instead keeps its grades counted.
import { describe, expect, it } from 'vitest';
import { allocationView } from '../../../core/allocation/service';
import { startAudit, updateGrade } from '../../../core/audits/service';
import { summarise } from '../../../core/analysis/summary';
import { getEvent, setAgencyArchived, updateEvent } from '../../../core/events/service';
import { auditReadyEvent } from '../helpers/audit-setup';

async function eventWithPoliceAudits() {
  const setup = await auditReadyEvent();
  const police = setup.agency('Police');
  for (const [i, auditor] of ['Pat Example', 'Sam Sample'].entries()) {
    const audit = startAudit(setup.db, { caseId: setup.cases[i]!.id, agencyId: police.id, auditor });
    updateGrade(setup.db, { auditId: audit.id, criterionKey: 'drift', value: 2 });
  }
  return { ...setup, police };
}

describe('removing an agency from an event', () => {
  it('is refused while the agency has audits, naming each one, and nothing changes', async () => {
    const { db, eventId, agencies, police, core } = await eventWithPoliceAudits();
    const before = summarise(core.store, eventId).sample.grades;
    const others = agencies.filter((a) => a.id !== police.id).map((a) => a.id);
    expect(() => updateEvent(db, { id: eventId, agencyIds: others })).toThrow(
      expect.objectContaining({ code: 'AGENCY_HAS_AUDITS', message: expect.stringMatching(/^Police cannot be removed.*2 audits \(C-1 by Pat Example; C-2 by Sam Sample\).*Archive the agency for this event instead/) }),
    );
    expect(getEvent(db, eventId).agencies.map((a) => a.name)).toContain('Police');
    expect(before).toBe(2);
    expect(summarise(core.store, eventId).sample.grades).toBe(2);
  });

  it('removes an agency without audits', async () => {
    const { db, eventId, agencies, agency } = await eventWithPoliceAudits();
    const saved = updateEvent(db, { id: eventId, agencyIds: agencies.filter((a) => a.id !== agency('Health').id).map((a) => a.id) });
    expect(saved.agencies.map((a) => a.name)).toEqual(["Children's Social Care", 'Police']);
  });

  it('archives the agency for the event instead: grades stay in the figures, labelled, and nothing new is owed', async () => {
    const { db, eventId, police, cases, core } = await eventWithPoliceAudits();
    const archived = setAgencyArchived(db, { eventId, agencyId: police.id, archived: true });
    expect(archived.agencies.find((a) => a.id === police.id)?.archived).toBe(true);
    const summary = summarise(core.store, eventId);
    expect(summary.sample.grades).toBe(2);
    expect(summary.byAgency.map((a) => a.agencyName)).toContain('Police (archived for this event)');
    expect(allocationView(db, eventId).agencies.map((a) => a.name)).not.toContain('Police');
    expect(() => startAudit(db, { caseId: cases[2]!.id, agencyId: police.id, auditor: 'New Person' })).toThrow(expect.objectContaining({ code: 'AGENCY_ARCHIVED' }));
    // Saving the event's agencies again keeps the archive.
    const kept = updateEvent(db, { id: eventId, agencyIds: archived.agencies.map((a) => a.id) });
    expect(kept.agencies.find((a) => a.id === police.id)?.archived).toBe(true);
    const restored = setAgencyArchived(db, { eventId, agencyId: police.id, archived: false });
    expect(restored.agencies.find((a) => a.id === police.id)?.archived).toBe(false);
    expect(allocationView(db, eventId).agencies.map((a) => a.name)).toContain('Police');
  });
});
