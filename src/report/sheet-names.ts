/** `wanted`, or "wanted 2", "wanted 3"… — the first name `exists` does not know. */
export function uniqueSheetName(wanted: string, exists: (name: string) => boolean): string {
  let name = wanted;
  for (let n = 2; exists(name); n++) name = `${wanted} ${n}`;
  return name;
}
