/** What a column of a codings table holds. */
export type ColumnRole = 'document' | 'code' | 'codes' | 'theme' | 'quote' | 'lineStart' | 'lineEnd' | 'coder';

/**
 * Header names per role, compared without case, accents, spaces, `_`, `-` and `.`: English and
 * Dutch, as people name them in spreadsheets and as QDA tools export them. `codes` holds several
 * codes in one cell, separated by `;` or line breaks.
 */
const NAMES: Readonly<Record<ColumnRole, readonly string[]>> = {
  document: [
    'document',
    'doc',
    'documentname',
    'documentid',
    'documentnaam',
    'bestand',
    'bestandsnaam',
    'file',
    'filename',
    'source',
    'bron',
    'transcript',
    'interview',
  ],
  code: ['code', 'codepath', 'codename', 'codenaam', 'codepad', 'label', 'category', 'categorie', 'node'],
  codes: ['codes', 'labels', 'categories', 'categorieen'],
  theme: ['theme', 'thema', 'parentcode', 'hoofdcode', 'codegroup', 'codegroep', 'group', 'groep'],
  quote: [
    'quote',
    'quotation',
    'citaat',
    'text',
    'tekst',
    'segmenttext',
    'segmenttekst',
    'codedsegment',
    'codedtext',
    'fragment',
    'excerpt',
    'passage',
    'selection',
    'selectie',
  ],
  lineStart: [
    'linestart',
    'startline',
    'line',
    'fromline',
    'regel',
    'regelstart',
    'beginregel',
    'startregel',
    'vanregel',
    'regelvan',
    'begin',
    'start',
    'from',
    'van',
  ],
  lineEnd: ['lineend', 'endline', 'toline', 'eindregel', 'totregel', 'regeltot', 'regeleind', 'end', 'eind', 'einde', 'to', 'tot'],
  coder: ['coder', 'codeur', 'codeerder', 'annotator', 'rater', 'beoordelaar', 'user', 'gebruiker', 'author', 'auteur'],
};

/** The column index of each role found in a header row, and the headers that have no role. */
export interface ColumnMap {
  readonly columns: Partial<Record<ColumnRole, number>>;
  readonly ignored: readonly string[];
}

/** Compare header names leniently: "Line start", "line_start" and "LineStart" are one name. */
export function headerKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s_\-.]+/g, '');
}

/** Give each known header its role; the first column with a role wins, later ones are ignored. */
export function mapColumns(header: readonly string[]): ColumnMap {
  const columns: Partial<Record<ColumnRole, number>> = {};
  const ignored: string[] = [];
  header.forEach((name, index) => {
    const key = headerKey(name);
    const role = (Object.keys(NAMES) as ColumnRole[]).find((candidate) => NAMES[candidate].includes(key));
    if (role === undefined || columns[role] !== undefined) ignored.push(name);
    else columns[role] = index;
  });
  return { columns, ignored };
}
