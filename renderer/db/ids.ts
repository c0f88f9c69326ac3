/** Random ids for new records; crypto.randomUUID exists in Chromium, Electron and Node 20. */
export function newId(): string {
  return crypto.randomUUID();
}
