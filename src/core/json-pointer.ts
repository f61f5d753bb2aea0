/** A JSON Pointer (RFC 6901), as Ajv reports where an error is, split into the keys and indexes it names. */
export function decodeJsonPointer(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
