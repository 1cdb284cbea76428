import { randomBytes } from 'node:crypto';
import { mkdir, readdirSync, readFileSync, rename, rmdirSync, rmSync, unlink, writeFile } from 'node:fs';
import path from 'node:path';
import type { StoredCodings } from './codings.js';
import { isObject, type StoredFile } from './entry.js';
import { sha256 } from '../text/sha256.js';

/** The cache's own folder inside the cache directory: a new format gets a new folder (`v1` and `v2` held earlier ones). */
const VERSION_FOLDER = 'v3';
const FORMAT = 'rodedraad-cache-3';
/** The folders of this and earlier formats, which `cache clear` removes. */
const VERSION_FOLDERS = /^v\d+$/;

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

/**
 * The cache on disk: one file per transcript and settings, named by the hash of its key. Each
 * file holds its own key and a checksum; one that is damaged, foreign or written for another key
 * reads as missing. Files are written whole and renamed into place, so that runs sharing the
 * cache never see half an entry.
 */
export class CacheStore {
  private readonly tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  private written = 0;
  /** Folders made (or being made) by this store: one mkdir per folder, not per entry. */
  private readonly folders = new Map<string, Promise<void>>();
  /** Writes not yet in place. */
  private readonly pending = new Set<Promise<void>>();

  constructor(private readonly dir: string) {}

  /** The entry of `key`, or null when there is none that can be trusted. Read on this thread, in one go. */
  read(key: string): CacheEntry | null {
    const value = this.readValue(key);
    if (!value || !isObject(value['file']) || !isObject(value['codes'])) return null;
    return { file: value['file'] as unknown as StoredFile, codes: value['codes'] as Record<string, StoredCodings> };
  }

  /** Write the entry of `key` (a failure leaves the cache as it was: it is only a cache). See writeValue. */
  write(key: string, entry: CacheEntry): void {
    this.writeValue(key, { file: entry.file, codes: entry.codes });
  }

  /**
   * The fields stored under `key`, or null when there are none that can be trusted: missing,
   * damaged (checksum), of another format, or written for another key. The caller checks the fields.
   */
  readValue(key: string): Record<string, unknown> | null {
    let text: string;
    try {
      text = readFileSync(this.place(key), 'utf8');
    } catch {
      return null;
    }
    const newline = text.indexOf('\n');
    const body = text.slice(newline + 1);
    if (newline !== 64 || text.slice(0, 64) !== sha256(body)) return null;
    try {
      const value: unknown = JSON.parse(body);
      return isObject(value) && value['format'] === FORMAT && value['key'] === key ? value : null;
    } catch {
      return null;
    }
  }

  /**
   * Store `fields` under `key`, whole or not at all (a failure leaves the cache as it was). The
   * file is written in the background (on libuv's threads), so that coding goes on meanwhile;
   * `flush` waits for it.
   */
  writeValue(key: string, fields: Readonly<Record<string, unknown>>): void {
    const body = JSON.stringify({ format: FORMAT, key, ...fields });
    const content = `${sha256(body)}\n${body}`;
    const target = this.place(key);
    const folder = path.dirname(target);
    // Unique among processes and threads (a tag per store) and among this store's writes (a count).
    const temporary = `${target}.${this.tag}-${this.written++}.tmp`;
    let ready = this.folders.get(folder);
    if (!ready) {
      ready = new Promise((resolve) => mkdir(folder, { recursive: true }, () => resolve()));
      this.folders.set(folder, ready);
    }
    const written = ready.then(
      () =>
        new Promise<void>((resolve) => {
          const giveUp = (): void => {
            // The folder may have been cleared meanwhile (rodedraad cache clear): made again next time.
            this.folders.delete(folder);
            unlink(temporary, () => resolve());
          };
          writeFile(temporary, content, (error) => {
            if (error) giveUp();
            else rename(temporary, target, (failed) => (failed ? giveUp() : resolve()));
          });
        }),
    );
    this.pending.add(written);
    void written.then(() => this.pending.delete(written));
  }

  /** Wait until every entry written so far is in place (or given up). */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending]);
  }

  private place(key: string): string {
    const name = sha256(key);
    return path.join(this.dir, VERSION_FOLDER, name.slice(0, 2), `${name}.json`);
  }
}

/** Remove what rodedraad keeps in a cache folder (its entries, of every format), and the folder when that leaves it empty. */
export async function clearCache(dir: string): Promise<void> {
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names.filter((entry) => VERSION_FOLDERS.test(entry))) rmSync(path.join(dir, name), { recursive: true, force: true });
  try {
    rmdirSync(dir);
  } catch {
    // Other files are left alone, and so is the folder that holds them.
  }
}
