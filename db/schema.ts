// The drizzle schema: the single source of truth for tables, one module per area under
// db/tables. `npm run db:generate` turns a change there into a new committed migration.
export * from './tables/frameworks';
export * from './tables/events';
export * from './tables/audits';
export * from './tables/reports';
export * from './tables/exchange';
export * from './tables/keys';
export * from './tables/sample';
export * from './tables/trail-edits';
export * from './tables/safeguarding';
