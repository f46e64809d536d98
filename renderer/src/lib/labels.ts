// The screen's words for stored codes come from the core, so the app and the reports agree.
export * from '../../../core/cases/labels';
