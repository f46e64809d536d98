// The DOM id of a form field's input for a problem path ("domains[0].criteria[2].key"), shared by
// the fields that own the inputs and the error summary that links to them.
export function fieldId(path: string): string {
  return `field-${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/-+$/, '')}`;
}
