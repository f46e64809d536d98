// Agencies: the partnership's list, kept unique by name (case-insensitive).
import type { Queryable as Db } from '../../db/open';
import * as q from '../../db/queries/agencies';
import { writeTransaction } from '../../db/write';
import { UserError } from '../../model/errors';
import { guessAgencyType, type AgencyType } from '../../model/agency';

import type { Agency } from '../contract/types';

/** The partnership's agencies, without the demo's fictional ones. */
export function listAgencies(db: Db): Agency[] {
  return q.listAgencies(db);
}

/** A name the user chose that the demo made up becomes a real agency of the partnership. */
function adoptFictional(db: Db, agency: q.AgencyRow): boolean {
  if (!q.isFictional(db, agency.id)) return false;
  q.setFictional(db, [agency.id], false);
  return true;
}

export function createAgency(db: Db, input: { name: string; type?: AgencyType }): Agency {
  const name = input.name.trim();
  if (!name) throw new UserError('An agency needs a name.', 'INVALID_INPUT');
  return writeTransaction(db, (tx) => {
    const existing = q.findAgencyByName(tx, name);
    if (existing && adoptFictional(tx, existing)) return existing;
    if (existing) throw new UserError(`There is already an agency called "${name}".`, 'DUPLICATE_NAME');
    const type = input.type ?? guessAgencyType(name);
    return { id: q.insertAgency(tx, name, type), name, type };
  });
}

export function updateAgency(db: Db, input: { id: number; name?: string; type?: AgencyType }): Agency {
  return writeTransaction(db, (tx) => {
    const current = q.listAgencies(tx).find((a) => a.id === input.id);
    if (!current) throw new UserError(`No agency has the id ${input.id}.`, 'NOT_FOUND');
    const name = input.name?.trim();
    if (name !== undefined) {
      if (!name) throw new UserError('An agency needs a name.', 'INVALID_INPUT');
      const clash = q.findAgencyByName(tx, name);
      if (clash && clash.id !== input.id) throw new UserError(`There is already an agency called "${name}".`, 'DUPLICATE_NAME');
    }
    q.updateAgency(tx, input.id, { ...(name !== undefined ? { name } : {}), ...(input.type ? { type: input.type } : {}) });
    return { ...current, ...(name !== undefined ? { name } : {}), ...(input.type ? { type: input.type } : {}) };
  });
}

/** Finds agencies by name, creating the ones the partnership does not have yet. */
export function ensureAgencies(db: Db, names: string[]): Agency[] {
  return names.map((raw) => {
    const name = raw.trim();
    if (!name) throw new UserError('An agency name cannot be blank.', 'INVALID_INPUT');
    const existing = q.findAgencyByName(db, name);
    if (existing) {
      adoptFictional(db, existing);
      return existing;
    }
    const type = guessAgencyType(name);
    return { id: q.insertAgency(db, name, type), name, type };
  });
}
