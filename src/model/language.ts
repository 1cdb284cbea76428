/** Languages the matching engine knows: stemmer, negation cues and terminators. */
export type Language = 'nl' | 'en';

/** The languages in a stable order. */
export const LANGUAGES: readonly Language[] = ['nl', 'en'];
