import path from 'node:path';
import { defaultCacheDir } from '../cache/store.js';
import { UserError } from '../model/diagnostic.js';
import type { Io } from './io.js';

/** The cache and thread flags of `code`. */
export interface CacheOptions {
  readonly jobs?: string;
  readonly cacheDir?: string;
  /** False with --no-cache. */
  readonly cache?: boolean;
}

/**
 * The cache folder: --cache-dir, else the platform's cache folder found from the environment
 * (HOME, XDG_CACHE_HOME, LOCALAPPDATA); null with --no-cache, with RODEDRAAD_CACHE=off, or when
 * the environment names no home (an Io without one, as in tests, never touches a real cache).
 */
export function cacheDirOption(options: CacheOptions, io: Pick<Io, 'env' | 'cwd'>, platform: string = process.platform): string | null {
  if (options.cache === false) return null;
  if (options.cacheDir !== undefined) {
    if (options.cacheDir === '') throw new UserError('--cache-dir must name a folder');
    return path.resolve(io.cwd, options.cacheDir);
  }
  if (io.env['RODEDRAAD_CACHE'] === 'off') return null;
  const home = platform === 'win32' ? io.env['USERPROFILE'] : io.env['HOME'];
  if (!home && !io.env['XDG_CACHE_HOME'] && !io.env['LOCALAPPDATA']) return null;
  return defaultCacheDir(io.env, platform, home ?? '');
}

/** The --jobs value: a whole number from 1; null when not given (then the number of files decides: defaultJobs). */
export function jobsOption(value: string | undefined): number | null {
  if (value === undefined) return null;
  const jobs = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isInteger(jobs) || jobs < 1)
    throw new UserError(`--jobs must be a whole number from 1; found "${value}"`);
  return jobs;
}
