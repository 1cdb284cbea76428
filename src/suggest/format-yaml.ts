import type { SuggestReport } from './report-model.js';
import type { CodeStub } from './stubs.js';

/** A YAML scalar: JSON's double-quoted strings are valid YAML and need no escaping rules of their own. */
const text = (value: string): string => JSON.stringify(value);

/**
 * suggestions.yaml: the code stubs in rank order, as a codebook of their own (so `rodedraad check`
 * and `rodedraad code --codebook` can read it as it is); each code block can be pasted into a
 * theme of another codebook. Deterministic: the same report gives the same bytes.
 */
export function formatSuggestionsYaml(report: SuggestReport): string {
  const nl = report.language === 'nl';
  const lines = [
    nl
      ? '# rodedraad suggest: kandidaat-codes voor wat in de interviews terugkomt en de codeboeken niet bereiken.'
      : '# rodedraad suggest: candidate codes for what recurs in the interviews and the codebooks do not reach.',
    nl
      ? '# Plak een code in een thema van je codeboek, schrijf de definitie (definition: TODO), scherp de patronen en'
      : '# Paste a code into a theme of your codebook, write its definition (definition: TODO), sharpen its patterns and',
    nl ? '# voorbeelden aan en draai rodedraad check.' : '# examples, and run rodedraad check.',
  ];
  if (report.candidates.length === 0) {
    lines.push(nl ? '# Geen kandidaten gevonden.' : '# No candidates found.');
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `id: ${report.themeId}`,
    `title: ${text(nl ? 'Suggesties van rodedraad suggest' : 'Suggestions of rodedraad suggest')}`,
    'version: "0.1.0"',
    `language: ${report.language}`,
    'themes:',
    `  - id: ${report.themeId}`,
    `    label: ${text(nl ? 'Suggesties' : 'Suggestions')}`,
    '    codes:',
  );
  for (const candidate of report.candidates) {
    const { stub } = candidate;
    const reach = nl
      ? `${candidate.documents.length} interviews; de patronen coderen ${candidate.reach.segments} segmenten in ${candidate.reach.documents} interviews`
      : `${candidate.documents.length} interviews; the patterns code ${candidate.reach.segments} segments in ${candidate.reach.documents} interviews`;
    lines.push(`      # ${candidate.rank}. ${candidate.label.replace(/\s+/g, ' ')}: ${reach}`, ...stubLines(stub, '      '));
  }
  return `${lines.join('\n')}\n`;
}

/** A stub as a YAML list item of a `codes:` list, each line starting with `indent`. */
export function stubLines(stub: CodeStub, indent: string): string[] {
  const lines = [`- id: ${stub.id}`, `  label: ${text(stub.label)}`, '  definition: TODO', '  match:'];
  for (const pattern of stub.match) lines.push(`    - ${text(pattern)}`);
  if (stub.examples.length > 0) lines.push('  examples:');
  for (const example of stub.examples) {
    lines.push(`    - text: ${text(example.text)}`, `      expect: ${example.expect}`);
    if (example.note !== null) lines.push(`      note: ${text(example.note)}`);
    if (example.also.length > 0) lines.push(`      also: [${example.also.join(', ')}]`);
  }
  return lines.map((line) => indent + line);
}
