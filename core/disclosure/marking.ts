// How an identifiable export looks identifiable: the marking on every page says so, the file
// name says so, and so do the document's properties.
export const PERSONAL_DATA = 'CONTAINS PERSONAL DATA';

/** The classification marking, with the personal-data warning when the export is identifiable. */
export function exportMarking(classification: string, includeIdentifiers: boolean): string {
  return includeIdentifiers ? `${classification} — ${PERSONAL_DATA}` : classification;
}

/** "spring-report.docx" → "spring-report-identifiable.docx". */
export function exportFileName(fileName: string, includeIdentifiers: boolean): string {
  if (!includeIdentifiers) return fileName;
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? `${fileName.slice(0, dot)}-identifiable${fileName.slice(dot)}` : `${fileName}-identifiable`;
}

/** Words for the document's title and description. */
export function propertiesNote(includeIdentifiers: boolean): { titleSuffix: string; description: string; keywords: string[] } {
  return includeIdentifiers
    ? { titleSuffix: ` (identifiable: ${PERSONAL_DATA.toLowerCase()})`, description: `${PERSONAL_DATA}: made with identifiers at the author’s request. `, keywords: [PERSONAL_DATA] }
    : { titleSuffix: '', description: '', keywords: [] };
}
