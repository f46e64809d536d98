// The case import in one place: read a file, suggest and check a mapping, build records.
export { readTable, type RawTable } from './read';
export { caseFields, fieldLabels, suggestMapping, validateMapping, parseMapArgs, type CaseField, type Mapping } from '../../../model/case-fields';
export { buildRecords, limits, type BuildResult, type CaseRecord, type RowError } from './build';
export * from './normalise';
