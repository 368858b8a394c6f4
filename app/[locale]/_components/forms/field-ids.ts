/** Element ids of a form field and its error message, shared by server and client parts. */
export function fieldId(name: string) {
  return `field-${name}`;
}

export function errorId(name: string) {
  return `field-${name}-error`;
}
