import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Markdown parsed as CommonMark, or as GFM (tables, autolink literals, strikethrough, footnotes). */
export function parseMarkdown(markdown: string, flavour: 'commonmark' | 'gfm'): Root {
  const processor = flavour === 'gfm' ? unified().use(remarkParse).use(remarkGfm) : unified().use(remarkParse);
  return processor.parse(markdown);
}

/** Every node of a tree, depth first. */
export function allNodes(node: Nodes): Nodes[] {
  return [node, ...('children' in node ? node.children.flatMap((child) => allNodes(child as Nodes)) : [])];
}

/** The text a node renders, as a reader sees it (text, code and alternative text). */
export function renderedText(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  return 'children' in node ? node.children.map((child) => renderedText(child as Nodes)).join('') : '';
}

/** The shape of a tree: node types by depth, without text (runs of text and code are one), for comparing two documents' structure. */
export function treeShape(node: Nodes): string {
  if (!('children' in node)) return node.type === 'inlineCode' ? 'text' : node.type;
  const children = node.children
    .map((child) => treeShape(child as Nodes))
    .filter((shape, index, all) => shape !== 'text' || all[index - 1] !== 'text');
  return `${node.type}(${children.join(',')})`;
}
