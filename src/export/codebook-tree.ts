import type { Code, CodeExample, Codebook, Theme } from '../model/codebook.js';
import type { ResultCodebook } from '../model/result.js';

/** What the exchange writes of a code: its guidance and examples, not its patterns. */
export interface TreeCode extends Pick<Code, 'id' | 'label' | 'definition' | 'include' | 'exclude'> {
  readonly examples: readonly Pick<CodeExample, 'text' | 'expect'>[];
}

/** What the exchange writes of a theme. */
export interface TreeTheme extends Pick<Theme, 'id' | 'label' | 'description'> {
  readonly codes: readonly TreeCode[];
}

/** What the exchange writes of a codebook: the top of the hierarchy codebook > theme > code. */
export interface TreeCodebook extends Pick<Codebook, 'id' | 'title' | 'version' | 'language' | 'source' | 'description' | 'sha256'> {
  readonly themes: readonly TreeTheme[];
}

/** What a codebook file adds to what result.json keeps: descriptions, include, exclude and examples. A loaded Codebook is one. */
export interface CodebookGuidance extends Pick<Codebook, 'description'> {
  readonly themes: readonly (Pick<Theme, 'id' | 'description'> & {
    readonly codes: readonly Pick<TreeCode, 'id' | 'include' | 'exclude' | 'examples'>[];
  })[];
}

/**
 * A result's codebook as a tree, its guidance taken from the codebook file's `full` where it has
 * the code (result.json keeps only definitions): the codes are the result's, which are the codes
 * that coded. Without `full`, include, exclude and examples are empty.
 */
export function resultCodebookTree(recorded: ResultCodebook, full: CodebookGuidance | null): TreeCodebook {
  const fullCodes = new Map((full?.themes ?? []).flatMap((theme) => theme.codes.map((code) => [code.id, code] as const)));
  const fullThemes = new Map((full?.themes ?? []).map((theme) => [theme.id, theme] as const));
  return {
    id: recorded.id,
    title: recorded.title,
    version: recorded.version,
    language: recorded.language,
    source: recorded.source,
    description: full?.description ?? null,
    sha256: recorded.sha256,
    themes: recorded.themes.map((theme) => ({
      id: theme.id,
      label: theme.label,
      description: theme.description ?? fullThemes.get(theme.id)?.description ?? null,
      codes: theme.codes.map((code) => {
        const known = fullCodes.get(code.id);
        return {
          id: code.id,
          label: code.label,
          definition: code.definition,
          include: known?.include ?? null,
          exclude: known?.exclude ?? null,
          examples: known?.examples ?? [],
        };
      }),
    })),
  };
}
