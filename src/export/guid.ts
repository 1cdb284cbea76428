import { createHash } from 'node:crypto';

/**
 * rodedraad's namespace for name-based GUIDs: the UUID v5 of the URL
 * "https://github.com/rodedraad/rodedraad#refi-qda" in the RFC 9562 URL namespace. Fixed for
 * good: changing it would give every code a new GUID, and a QDA tool would no longer see an
 * export as an update of the previous one.
 */
export const RODEDRAAD_NAMESPACE = '21d33ee5-8dd7-52fb-8896-6f0607946481';

/** A name-based UUID (version 5, SHA-1, RFC 9562) of `name` in `namespace`, lower case: the same name always gives the same GUID. */
export function uuidV5(name: string, namespace: string = RODEDRAAD_NAMESPACE): string {
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** What a GUID stands for; the kind keeps a theme and a code with the same id apart. */
export type GuidKind = 'codebook' | 'theme' | 'code' | 'user' | 'source' | 'selection' | 'coding' | 'note' | 'case' | 'variable';

/**
 * The GUID of a thing by its kind and its stable key: a code's GUID comes from its id alone, so
 * the same code has the same GUID in every export, from any codebook file or result.
 */
export function guidOf(kind: GuidKind, key: string): string {
  return uuidV5(`${kind}:${key}`);
}
