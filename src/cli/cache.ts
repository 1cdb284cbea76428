import { clearCache } from '../cache/store.js';
import { UserError } from '../model/diagnostic.js';
import { cacheDirOption } from './cache-options.js';
import { EXIT_OK, type Io } from './io.js';

/** `rodedraad cache clear`: remove what rodedraad keeps in the cache folder. */
export async function runCache(action: string, options: { readonly cacheDir?: string }, io: Io): Promise<number> {
  if (action !== 'clear') throw new UserError(`cache: unknown action "${action}"; the action is clear`);
  const dir = cacheDirOption(options, io);
  if (dir === null)
    throw new UserError('cache: no cache folder (no HOME in the environment, or RODEDRAAD_CACHE=off); name one with --cache-dir');
  await clearCache(dir);
  io.stderr.write(`rodedraad: cleared the cache in ${dir}\n`);
  return EXIT_OK;
}
