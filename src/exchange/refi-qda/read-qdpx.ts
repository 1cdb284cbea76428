import type { Diagnostic } from '../../model/diagnostic.js';
import type { ExchangeRead } from '../coding-model.js';
import { readProjectXml } from './read-project.js';
import { decodeUtf8, isTextEntry } from './source-text.js';
import { DEFAULT_ZIP_LIMITS, unzipEntries, type ZipLimits } from './unzip.js';

/**
 * Read a REFI-QDA project archive (.qdpx: a zip with project.qde and its sources/) from its bytes.
 * Only project.qde and plain-text sources are inflated, within `limits`. Never throws: a file that
 * is not a zip or holds no project gives `project: null` and an error diagnostic.
 */
export function readQdpx(bytes: Uint8Array, file: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ExchangeRead {
  const fail = (reason: string, ruleId: string, more: readonly Diagnostic[] = []): ExchangeRead => ({
    project: null,
    diagnostics: [...more, { file, severity: 'error', reason, ruleId }],
  });
  const contents = unzipEntries(bytes, isTextEntry, limits);
  if (typeof contents === 'string') return fail(contents, 'refi-not-zip');
  const notes: Diagnostic[] =
    contents.damage === null ? [] : [{ file, severity: 'warning', reason: contents.damage, ruleId: 'refi-damaged-zip' }];
  // project.qde at the top; some tools put the whole project in one folder.
  const projectEntry =
    contents.names.find((name) => name.toLowerCase() === 'project.qde') ??
    contents.names.find((name) => /(^|\/)project\.qde$/i.test(name)) ??
    contents.names.find((name) => /\.qde$/i.test(name) && !name.includes('/'));
  if (projectEntry === undefined) {
    const listed = contents.names.slice(0, 5).join(', ') || 'nothing';
    return fail(`no project.qde in the archive (it holds ${listed}); is this a REFI-QDA project export?`, 'refi-no-project', notes);
  }
  const problem = contents.skipped.get(projectEntry);
  if (problem !== undefined) return fail(`${projectEntry} ${problem}`, 'refi-zip-limit', notes);
  const projectBytes = contents.files.get(projectEntry);
  const xml = projectBytes === undefined ? null : decodeUtf8(projectBytes);
  if (xml === null) return fail(`${projectEntry} is not readable UTF-8 text`, 'refi-bad-xml', notes);
  const result = readProjectXml(xml, file, { files: contents.files, problems: contents.skipped });
  return { project: result.project, diagnostics: [...notes, ...result.diagnostics] };
}
