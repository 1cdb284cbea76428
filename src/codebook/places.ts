import { isMap, isPair, isScalar, type Document, type LineCounter, type Node } from 'yaml';
import type { Point } from '../model/position.js';

/** Where things are in a codebook's YAML. */
export interface Places {
  at(path: readonly (string | number)[], key?: string | null): Point;
  /** Where a pattern's character `index` stands. */
  inScalar(path: readonly (string | number)[], index: number): Point;
}

/** Find places by path (`['themes', 0, 'codes', 2]`) in a parsed codebook. */
export function createPlaces(document: Document, lineCounter: LineCounter): Places {
  const point = (offset: number): Point => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col, offset };
  };
  const nodeAt = (path: readonly (string | number)[]): Node | null => {
    for (let length = path.length; length >= 0; length--) {
      const node = document.getIn(path.slice(0, length), true);
      if (node && typeof node === 'object' && 'range' in (node as object)) return node as Node;
    }
    return document.contents;
  };
  return {
    at(path, key = null) {
      const node = nodeAt(path);
      if (key !== null && isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
        const keyNode = pair?.key;
        if (isScalar(keyNode) && keyNode.range) return point(keyNode.range[0]);
      }
      return point(node?.range?.[0] ?? 0);
    },
    inScalar(path, index) {
      const node = nodeAt(path);
      if (!isScalar(node) || !node.range) return point(node?.range?.[0] ?? 0);
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
      const plain = node.type === 'PLAIN' || quoted === 1;
      return point(node.range[0] + (plain ? quoted + index : 0));
    },
  };
}
