import { describeCode, describeTheme } from './code-description.js';
import type { TreeCodebook } from './codebook-tree.js';
import { guidOf } from './guid.js';
import { element, textElement, type XmlElementNode } from './xml-writer.js';

/**
 * One colour a theme, its codes in the same colour, so that a QDA tool shows which theme a coding
 * belongs to (Tableau 10, readable on white; themes after the tenth take the colours again).
 */
const THEME_COLOURS = ['#4E79A7', '#F28E2B', '#E15759', '#76B7B2', '#59A14F', '#EDC948', '#B07AA1', '#FF9DA7', '#9C755F', '#BAB0AC'];

/** The line in a codebook's description that says which rodedraad codebook it is; `import` reads it back. */
export const CODEBOOK_MARK = /^rodedraad codebook (\S+), version (\S+), language (nl|en)$/m;

/**
 * The `Codes` element of a codebook or project: each codebook a code that is not codable, its
 * themes below it (not codable either: rodedraad codes segments with codes, never with a theme),
 * and their codes below them. GUIDs come from the ids (`guidOf`), colours from the theme's place.
 */
export function codesElement(codebooks: readonly TreeCodebook[]): XmlElementNode {
  let themeIndex = 0;
  // Theme and code ids are unique across the codebooks of a run, codebook ids need not be: a repeat is counted into its key.
  const seen = new Map<string, number>();
  const codebookGuid = (id: string): string => {
    const count = (seen.get(id) ?? 0) + 1;
    seen.set(id, count);
    return guidOf('codebook', count === 1 ? id : `${id}#${count}`);
  };
  return element(
    'Codes',
    {},
    codebooks.map((codebook) =>
      element('Code', { guid: codebookGuid(codebook.id), name: codebook.title, isCodable: false }, [
        textElement('Description', describeCodebook(codebook)),
        ...codebook.themes.map((theme) => {
          const color = THEME_COLOURS[themeIndex++ % THEME_COLOURS.length];
          return element('Code', { guid: guidOf('theme', theme.id), name: theme.label, isCodable: false, color }, [
            textElement('Description', describeTheme(theme)),
            ...theme.codes.map((code) =>
              element('Code', { guid: guidOf('code', code.id), name: code.label, isCodable: true, color }, [
                textElement('Description', describeCode(code, codebook.language)),
              ]),
            ),
          ]);
        }),
      ]),
    ),
  );
}

/** A codebook's description, its source, and the line that names it (id, version, language). */
function describeCodebook(codebook: TreeCodebook): string {
  const source = codebook.source?.trim() ? `${codebook.language === 'nl' ? 'Bron' : 'Source'}: ${codebook.source.trim()}` : null;
  const mark = `rodedraad codebook ${codebook.id}, version ${codebook.version}, language ${codebook.language}`;
  return [codebook.description?.trim() || null, source, mark].filter((part) => part !== null).join('\n\n');
}
