import { strToU8, zipSync, type Zippable } from 'fflate';
import type { QdpxProject } from './project-model.js';
import { writeProject } from './write-project.js';

/**
 * Every entry gets noon on 1 January 1980 (the first day a zip can hold), so that the archive does
 * not depend on when it was written. Zip times are local: fflate writes the local fields of the
 * date it is given, so the date is made in the time zone of the moment, never kept from another.
 */
function entryTime(): Date {
  return new Date(1980, 0, 1, 12, 0, 0);
}

/** A .qdpx archive and how many characters XML cannot hold were replaced in project.qde. */
export interface QdpxArchive {
  readonly bytes: Uint8Array;
  readonly replaced: number;
}

/**
 * The .qdpx of a project: a zip of project.qde and the sources/ it refers to, each file UTF-8
 * (no byte-order mark: positions count from the first character), entries in sorted order with a
 * fixed time, deflated. The same project gives byte-identical archives.
 */
export function packQdpx(project: QdpxProject): QdpxArchive {
  const { projectXml, sources } = writeProject(project);
  const entries: [string, string][] = [['project.qde', projectXml.xml], ...sources];
  entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const files: Zippable = {};
  for (const [name, text] of entries) files[name] = [strToU8(text), { mtime: entryTime(), level: 6 }];
  return { bytes: zipSync(files), replaced: projectXml.replaced };
}
