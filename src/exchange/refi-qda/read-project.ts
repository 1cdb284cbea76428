import type { ExchangeCode, ExchangeCoder, ExchangeRead, ExchangeSpan } from '../coding-model.js';
import { readCases, readVariableNames, readVariableValues, sourceVariables } from './cases.js';
import { readCodes } from './codes.js';
import { createContext, normaliseId, report, reportNonGuids } from './context.js';
import { readSelections } from './selections.js';
import { type ArchiveFiles, NO_ARCHIVE } from './source-text.js';
import { readSources } from './sources.js';
import { attributeOf, childOf, childrenOf, parseXml } from './xml.js';

/**
 * Read a REFI-QDA project document (the text of project.qde) into the exchange model. `archive`
 * holds the files of the .qdpx it came from; without it, sources kept inside the archive are
 * skipped with a warning. Nothing throws: what cannot be read is a diagnostic.
 */
export function readProjectXml(xml: string, file: string, archive: ArchiveFiles = NO_ARCHIVE): ExchangeRead {
  const context = createContext(file);
  const parsed = parseXml(xml);
  if ('error' in parsed) {
    report(context, 'error', `project.qde is ${parsed.error}`, 'refi-bad-xml');
    return { project: null, diagnostics: context.diagnostics };
  }
  if (parsed.rootName !== 'Project') {
    const hint = parsed.rootName === 'CodeBook' ? ' (a codebook, .qdc, not a project)' : '';
    report(
      context,
      'error',
      `project.qde has root element <${parsed.rootName}>${hint}; a REFI-QDA project starts with <Project>`,
      'refi-not-project',
    );
    return { project: null, diagnostics: context.diagnostics };
  }
  const { root } = parsed;
  const coders: ExchangeCoder[] = childrenOf(childOf(root, 'Users') ?? {}, 'User').flatMap((user) => {
    const id = normaliseId(attributeOf(user, 'guid'));
    return id === null ? [] : [{ id, name: attributeOf(user, 'name')?.trim() || attributeOf(user, 'id')?.trim() || id }];
  });
  const codes: readonly ExchangeCode[] = readCodes(childOf(childOf(root, 'CodeBook') ?? {}, 'Codes'), context);
  const variableNames = readVariableNames(childOf(root, 'Variables'));
  const cases = readCases(childOf(root, 'Cases'), variableNames, context);
  const projectSources = readSources(childOf(root, 'Sources'), archive, context);
  const scope = { codeIds: new Set(codes.map((code) => code.id)), userIds: new Set(coders.map((coder) => coder.id)) };
  const spans: ExchangeSpan[] = projectSources.flatMap((source) => readSelections(source, scope, context));
  const ownVariables = new Map(
    projectSources.map((source) => [source.id, readVariableValues(source.element, variableNames, `source "${source.name}"`, context)]),
  );
  const variables = sourceVariables(ownVariables, cases, context);
  const sources = projectSources.map(({ id, name, text }) => ({ id, name, text, variables: variables.get(id) ?? {} }));
  const unknownUsers = [...new Set(spans.map((span) => span.coderId))].filter((id): id is string => id !== null && !scope.userIds.has(id));
  for (const id of unknownUsers) {
    report(
      context,
      'warning',
      `codings name user ${id}, who is not among the project's users; the coder is called by that id`,
      'refi-unknown-user',
    );
    coders.push({ id, name: id });
  }
  reportNonGuids(context, [...codes.map((code) => code.id), ...sources.map((source) => source.id)]);
  return { project: { file, sources, codes, coders, spans, cases }, diagnostics: context.diagnostics };
}
