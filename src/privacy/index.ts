/** The privacy scan as a library: detectors, masking and pseudonymisation (`rodedraad scan` and the gate in `code` and `report` use it). */
export { DEFAULT_MIN_CONFIDENCE, FINDING_KINDS, type Finding, type FindingKind, type TextRange } from './finding.js';
export { scanText, resolveOverlaps, type ScanOptions } from './scan.js';
export { loadDutchLexicon } from './load-lexicon.js';
export { createLexicon, type DutchLexicon, type WordClass } from './word-lexicon.js';
export { maskFinding } from './mask.js';
export { pseudonymiseText, shiftOffset, normaliseValue, PLACEHOLDER_LABELS, type Pseudonymised, type Replacement } from './pseudonymise.js';
export {
  emptyPseudonymKey,
  parsePseudonymKey,
  serializePseudonymKey,
  KEY_FORMAT,
  KEY_VERSION,
  type PseudonymKey,
} from './pseudonym-key.js';
export { protectedRanges } from './protected-ranges.js';
export { parseMarkedSentences, scoreFindings, type KindScore, type MarkedSentence } from './evaluate.js';
