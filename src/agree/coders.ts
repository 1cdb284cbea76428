import type { ExchangeCoder } from '../exchange/coding-model.js';
import { spansIn } from './compare.js';
import type { CodeGroup } from './match-codes.js';
import type { SideUnits } from './side-units.js';
import { countRatings, fleissKappa } from './stats/fleiss-kappa.js';
import { krippendorffAlpha } from './stats/krippendorff-alpha.js';
import type { UnitDocument } from './units.js';

/** Reliability of one code across several coders of one project. */
export interface CoderCodeReliability {
  readonly group: CodeGroup;
  /** Unit segments each coder gave the code. */
  readonly counts: readonly number[];
  readonly alpha: number;
  readonly fleiss: number;
}

/** Krippendorff's alpha (nominal) and Fleiss' kappa across the coders of one project, per code and pooled. */
export interface CoderReliability {
  readonly file: string;
  readonly side: 'reference' | 'candidate';
  readonly coders: readonly ExchangeCoder[];
  readonly codes: readonly CoderCodeReliability[];
  /** Over every (code, segment) pair as one unit. */
  readonly pooled: { readonly alpha: number; readonly fleiss: number };
}

/**
 * Agreement across coders: per code, each coder's presence (1) or absence (0) of the code on every
 * unit segment is one row of the reliability data. A coder who did not code a segment with the
 * code counts as absence there (a project does not say which segments a coder read).
 */
export function coderReliability(
  file: string,
  side: 'reference' | 'candidate',
  documents: readonly UnitDocument[],
  groups: readonly CodeGroup[],
  coders: readonly { readonly coder: ExchangeCoder; readonly units: SideUnits }[],
): CoderReliability {
  const units = documents.flatMap((document) =>
    document.segments.filter((segment) => segment.unit).map((segment) => ({ document, segment })),
  );
  const pooledRows: number[][] = coders.map(() => []);
  const codes = groups.map((group): CoderCodeReliability => {
    const ids = (side === 'reference' ? group.reference : group.candidate).map((code) => code.id);
    const rows = coders.map(({ units: coded }) =>
      units.map(({ document, segment }) => (spansIn(coded, document.id, segment.index, ids).length > 0 ? 1 : 0)),
    );
    rows.forEach((row, index) => {
      pooledRows[index]!.push(...row);
    });
    return {
      group,
      counts: rows.map((row) => row.reduce<number>((total, value) => total + value, 0)),
      alpha: krippendorffAlpha(rows),
      fleiss: fleissOf(rows),
    };
  });
  return {
    file,
    side,
    coders: coders.map(({ coder }) => coder),
    codes,
    pooled: { alpha: krippendorffAlpha(pooledRows), fleiss: fleissOf(pooledRows) },
  };
}

/** Fleiss' kappa of coder rows (coders by units). */
function fleissOf(rows: readonly (readonly number[])[]): number {
  const units = rows[0]?.length ?? 0;
  const ratings = Array.from({ length: units }, (_, unit) => rows.map((row) => row[unit]!));
  return fleissKappa(countRatings(ratings).counts);
}
