import type { Diagnostic } from '../../model/diagnostic.js';
import type { ExchangeCode } from '../coding-model.js';
import { readCodes } from './codes.js';
import { createContext, report, reportNonGuids } from './context.js';
import { childOf, parseXml } from './xml.js';

/** A REFI-QDA codebook: its codes (null when the file could not be read) and diagnostics. */
export interface CodebookRead {
  readonly codes: readonly ExchangeCode[] | null;
  readonly diagnostics: readonly Diagnostic[];
}

/** Read a REFI-QDA codebook (.qdc, root `CodeBook`) or the codebook of a project document. */
export function readCodebookXml(xml: string, file: string): CodebookRead {
  const context = createContext(file);
  const parsed = parseXml(xml);
  if ('error' in parsed) {
    report(context, 'error', `the codebook is ${parsed.error}`, 'refi-bad-xml');
    return { codes: null, diagnostics: context.diagnostics };
  }
  const codebook = parsed.rootName === 'Project' ? childOf(parsed.root, 'CodeBook') : parsed.root;
  if (parsed.rootName !== 'CodeBook' && parsed.rootName !== 'Project') {
    report(context, 'error', `root element <${parsed.rootName}> is not a REFI-QDA <CodeBook>`, 'refi-not-codebook');
    return { codes: null, diagnostics: context.diagnostics };
  }
  const codes = readCodes(codebook === undefined ? undefined : childOf(codebook, 'Codes'), context);
  reportNonGuids(
    context,
    codes.map((code) => code.id),
  );
  return { codes, diagnostics: context.diagnostics };
}
