import type { CodeInfo, CorpusDocument, ThemeInfo } from './corpus.js';

/** How often something occurs: documents (and their share), segments, distinct speakers. */
export interface Prevalence {
  readonly documents: number;
  /** Share of the documents counted, 0 to 1. */
  readonly share: number;
  readonly segments: number;
  readonly speakers: number;
  /** Segments where it is only mentioned negated (not counted above). */
  readonly negatedSegments: number;
}

/** Prevalence of a code, with its rank. */
export interface CodePrevalence extends Prevalence {
  readonly code: CodeInfo;
  readonly rank: number;
}

/** Prevalence of a theme (any of its codes), with its rank. */
export interface ThemePrevalence extends Prevalence {
  readonly theme: ThemeInfo;
  readonly rank: number;
}

/** Prevalence of every code in `documents`, ranked by document share, then segments, then codebook order. */
export function codePrevalence(codes: readonly CodeInfo[], documents: readonly CorpusDocument[]): CodePrevalence[] {
  return rank(codes.map((code) => ({ code, ...count(documents, 'codes', code.order) })));
}

/** Prevalence of every theme: a theme is present where any of its codes is. */
export function themePrevalence(themes: readonly ThemeInfo[], documents: readonly CorpusDocument[]): ThemePrevalence[] {
  return rank(themes.map((theme) => ({ theme, ...count(documents, 'themes', theme.order) })));
}

/** Add up one code's or theme's counts over the documents; speakers are distinct per document. */
function count(documents: readonly CorpusDocument[], level: 'codes' | 'themes', index: number): Prevalence {
  let present = 0;
  let segments = 0;
  let negatedSegments = 0;
  let speakers = 0;
  for (const document of documents) {
    const counts = document.counts[level];
    const found = counts.get(index, 'segments');
    if (found > 0) present++;
    segments += found;
    negatedSegments += counts.get(index, 'negatedSegments');
    speakers += counts.get(index, 'speakers');
  }
  return {
    documents: present,
    share: documents.length === 0 ? 0 : present / documents.length,
    segments,
    speakers,
    negatedSegments,
  };
}

function rank<T extends Prevalence>(entries: readonly T[]): (T & { rank: number })[] {
  return entries
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => b.entry.share - a.entry.share || b.entry.segments - a.entry.segments || a.order - b.order)
    .map(({ entry }, index) => ({ ...entry, rank: index + 1 }));
}
