import type { Diagnostic } from '../model/diagnostic.js';
import { chooseLanguage } from './language.js';
import { readQdcTree } from './qdc-tree.js';
import { buildSkeleton, type Skeleton } from './skeleton.js';
import { writeSkeletonYaml } from './write-yaml.js';

/** How a REFI-QDA codebook is turned into a rodedraad codebook. */
export interface ImportSettings {
  /** The file as shown in messages; its name (without extension) titles a codebook that has no name of its own. */
  readonly file: string;
  /** The codebook's language; guessed, with a warning, when not given. */
  readonly language?: 'nl' | 'en' | undefined;
  /** The codebook id; made from its title when not given. */
  readonly id?: string | undefined;
  /** Comment lines on top of the YAML (where it came from, what to do next). */
  readonly header: (origin: string | null) => readonly string[];
}

/**
 * A REFI-QDA codebook (the XML of a .qdc, or of a project's project.qde) as the YAML of a rodedraad
 * codebook skeleton: themes and codes with ids, labels and guidance, no patterns. Null YAML, and
 * errors, when the codebook is ambiguous (names missing or twice, cycles); info and warnings say
 * what was assumed (flattened codes, the language).
 */
export function importCodebook(
  xml: string,
  settings: ImportSettings,
): { yaml: string | null; skeleton: Skeleton | null; diagnostics: Diagnostic[] } {
  const read = readQdcTree(xml, settings.file);
  if (read.tree === null) return { yaml: null, skeleton: null, diagnostics: read.diagnostics };
  const { language, guess } = chooseLanguage(read.tree.codes, settings.language);
  const fallbackTitle = settings.file
    .split(/[\\/]/)
    .pop()!
    .replace(/\.[^.]+$/, '');
  const built = buildSkeleton(read.tree, settings.file, fallbackTitle, language);
  const skeleton = settings.id === undefined ? built.skeleton : { ...built.skeleton, id: settings.id };
  const diagnostics: Diagnostic[] = [...read.diagnostics, ...built.diagnostics];
  if (guess !== null) diagnostics.push({ file: settings.file, severity: 'warning', reason: guess, ruleId: 'import-language' });
  return { yaml: writeSkeletonYaml(skeleton, settings.header(read.tree.origin)), skeleton, diagnostics };
}
