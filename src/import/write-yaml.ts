import { Document, isNode } from 'yaml';
import type { Skeleton, SkeletonCode } from './skeleton.js';

/**
 * The skeleton as a rodedraad codebook in YAML: a comment on top saying where it came from and what
 * to do next, every code with an empty `match: []` for its patterns (the schema allows an empty
 * list, and `rodedraad check` reports each code without patterns), and a comment above each code
 * that was flattened. Keys in the order of the shipped codebooks.
 */
export function writeSkeletonYaml(skeleton: Skeleton, header: readonly string[]): string {
  const value = {
    id: skeleton.id,
    title: skeleton.title,
    version: skeleton.version,
    language: skeleton.language,
    ...(skeleton.source === null ? {} : { source: skeleton.source }),
    ...(skeleton.description === null ? {} : { description: skeleton.description }),
    themes: skeleton.themes.map((theme) => ({
      id: theme.id,
      label: theme.label,
      ...(theme.description === null ? {} : { description: theme.description }),
      codes: theme.codes.map(codeValue),
    })),
  };
  const document = new Document(value);
  document.commentBefore = header.map((line) => ` ${line}`).join('\n');
  skeleton.themes.forEach((theme, themeIndex) => {
    theme.codes.forEach((code, codeIndex) => {
      if (code.from === null) return;
      const node = document.getIn(['themes', themeIndex, 'codes', codeIndex], true);
      if (isNode(node)) node.commentBefore = ` In the REFI-QDA codebook under ${code.from}`;
    });
  });
  return document.toString({ lineWidth: 100, minContentWidth: 40 });
}

function codeValue(code: SkeletonCode): Record<string, unknown> {
  return {
    id: code.id,
    label: code.label,
    ...(code.definition === null ? {} : { definition: code.definition }),
    ...(code.include === null ? {} : { include: code.include }),
    ...(code.exclude === null ? {} : { exclude: code.exclude }),
    match: [],
    ...(code.examples.length === 0 ? {} : { examples: code.examples.map((example) => ({ text: example.text, expect: example.expect })) }),
  };
}
