import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, rmdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { StoredCodings } from './codings.js';
import { isObject, type StoredFile } from './entry.js';

/** The cache's own folder inside the cache directory: a new format gets a new folder. */
const VERSION_FOLDER = 'v1';
const FORMAT = 'rodedraad-cache';

/** What the cache holds for one file: how preparing it went, and the codings per code description. */
export interface CacheEntry {
  readonly file: StoredFile;
  readonly codes: Readonly<Record<string, StoredCodings>>;
}

/** The cache folder of the platform: XDG_CACHE_HOME or ~/.cache, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows. */
export function defaultCacheDir(env: Readonly<Record<string, string | undefined>>, platform: string, home: string): string {
  if (platform === 'win32') return path.join(env['LOCALAPPDATA'] || path.join(home, 'AppData', 'Local'), 'rodedraad', 'Cache');
  if (platform === 'darwin') return path.join(home, 'Library', 'Caches', 'rodedraad');
  const xdg = env['XDG_CACHE_HOME'];
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.cache'), 'rodedraad');
}

/** The sha256 of a text, hex. */
export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The cache on disk: one file per transcript and settings, named by the hash of its key. Each
 * file holds its own key and a checksum; one that is damaged, foreign or written for another key
 * reads as missing. Files are written whole and renamed into place, so that runs sharing the
 * cache never see half an entry.
 */
export class CacheStore {
  constructor(private readonly dir: string) {}

  /** The entry of `key`, or null when there is none that can be trusted. */
  async read(key: string): Promise<CacheEntry | null> {
    let text: string;
    try {
      text = await readFile(this.place(key), 'utf8');
    } catch {
      return null;
    }
    const newline = text.indexOf('\n');
    const body = text.slice(newline + 1);
    if (newline !== 64 || text.slice(0, 64) !== sha256(body)) return null;
    try {
      const value: unknown = JSON.parse(body);
      if (!isObject(value) || value['format'] !== FORMAT || value['key'] !== key) return null;
      if (!isObject(value['file']) || !isObject(value['codes'])) return null;
      return { file: value['file'] as unknown as StoredFile, codes: value['codes'] as Record<string, StoredCodings> };
    } catch {
      return null;
    }
  }

  /** Write the entry of `key` (a failure leaves the cache as it was: it is only a cache). */
  async write(key: string, entry: CacheEntry): Promise<void> {
    const body = JSON.stringify({ format: FORMAT, key, file: entry.file, codes: entry.codes });
    const target = this.place(key);
    const temporary = `${target}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    try {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(temporary, `${sha256(body)}\n${body}`);
      await rename(temporary, target);
    } catch {
      await unlink(temporary).catch(() => undefined);
    }
  }

  private place(key: string): string {
    const name = sha256(key);
    return path.join(this.dir, VERSION_FOLDER, name.slice(0, 2), `${name}.json`);
  }
}

/** Remove what rodedraad keeps in a cache folder (its entries only), and the folder when that leaves it empty. */
export async function clearCache(dir: string): Promise<void> {
  await rm(path.join(dir, VERSION_FOLDER), { recursive: true, force: true });
  await rmdir(dir).catch(() => undefined);
}
