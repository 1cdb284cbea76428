import { CODE_OUTPUTS } from '../results/code-outputs.js';

/** The files every `report` writes; it adds a `groups-<attribute>.svg` per --by attribute. */
const REPORT_OUTPUTS: ReadonlySet<string> = new Set([
  'report.md',
  'report.docx',
  'report.html',
  'themes.csv',
  'groups.csv',
  'cooccurrence.csv',
  'saturation.csv',
  'saturation-curve.csv',
  'prevalence-themes.svg',
  'prevalence-codes.svg',
  'saturation.svg',
]);
const GROUP_CHART = /^groups-.+\.svg$/;

/** The files `agree` writes. */
export const AGREE_OUTPUTS = ['agreement.md', 'agreement.csv', 'agreement.json'] as const;

/** The files `suggest` writes. */
export const SUGGEST_OUTPUTS = ['suggestions.md', 'suggestions.yaml'] as const;

/** What file managers drop into any folder a user opens: no data, so neither kept nor refused. */
const SYSTEM_FILES: ReadonlySet<string> = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini']);
/** macOS metadata on USB sticks and network drives (`._name`); lock files of Excel (`~$name`) and LibreOffice (`.~lock.name#`) opening an output. */
const SYSTEM_PREFIXES = ['._', '~$', '.~lock.'];

/** Whose an entry of an output folder is: `code`'s, `report`'s, `agree`'s, `suggest`'s, `scan`'s (pseudonymised copies), the file manager's, or the user's. */
export type OutputOwner = 'code' | 'report' | 'agree' | 'suggest' | 'scan' | 'system' | 'foreign';

/** Who wrote the entry `name` of an output folder; folders and anything unknown are the user's. */
export function outputOwner(name: string, isFile: boolean): OutputOwner {
  if (!isFile) return 'foreign';
  if ((CODE_OUTPUTS as readonly string[]).includes(name)) return 'code';
  if (REPORT_OUTPUTS.has(name) || GROUP_CHART.test(name)) return 'report';
  if ((AGREE_OUTPUTS as readonly string[]).includes(name)) return 'agree';
  if ((SUGGEST_OUTPUTS as readonly string[]).includes(name)) return 'suggest';
  if (SYSTEM_FILES.has(name) || SYSTEM_PREFIXES.some((prefix) => name.startsWith(prefix))) return 'system';
  return 'foreign';
}
