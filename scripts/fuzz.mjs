// npm run fuzz: the fuzz suite (test/fuzz) on many more generated corpora than `npm test` runs.
// FUZZ_RUNS corpora of 1 to 5 transcripts each with a codebook (default 10,000: about 30,000
// transcripts and 10,000 codebooks); FUZZ_SEED replays a run. Not a test: run it before a release or after changing
// segmentation, coding or the writers.
import { spawnSync } from 'node:child_process';

const runs = process.env.FUZZ_RUNS ?? '10000';
const result = spawnSync('npx', ['vitest', 'run', 'test/fuzz'], { stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs } });
process.exitCode = result.status ?? 1;
