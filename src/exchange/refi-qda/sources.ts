import { normaliseId, type ReadContext, report } from './context.js';
import { type ArchiveFiles, readSourceText } from './source-text.js';
import { attributeOf, childOf, childrenOf, textOf, type XmlElement } from './xml.js';

/** A text source found in the project: its id, name, text (null when skipped) and the element that holds its selections. */
export interface ProjectSource {
  readonly id: string;
  readonly name: string;
  readonly text: string | null;
  readonly element: XmlElement;
}

const OTHER_KINDS: Readonly<Record<string, string>> = {
  PictureSource: 'a picture',
  AudioSource: 'an audio file',
  VideoSource: 'a video',
};

/** Read the text sources under `Sources`; PDFs count through their text representation, other media are skipped with a reason. */
export function readSources(sourcesElement: XmlElement | undefined, archive: ArchiveFiles, context: ReadContext): ProjectSource[] {
  const sources: ProjectSource[] = [];
  if (sourcesElement === undefined) return sources;
  let assumedInternal = 0;
  const add = (element: XmlElement, fallbackName: string | undefined): void => {
    const source = readTextSource(element, fallbackName, archive, context, sources.length);
    if (source.assumedInternal) assumedInternal++;
    sources.push(source.source);
  };
  for (const element of childrenOf(sourcesElement, 'TextSource')) add(element, undefined);
  for (const pdf of childrenOf(sourcesElement, 'PDFSource')) {
    const name = attributeOf(pdf, 'name') ?? attributeOf(pdf, 'guid') ?? '(unnamed PDF)';
    const representation = childOf(pdf, 'Representation');
    const areas = childrenOf(pdf, 'PDFSelection').length;
    if (areas > 0) {
      report(
        context,
        'warning',
        `PDF source "${name}": ${areas} area selections (page coordinates) are not read; only text selections are`,
        'refi-source-skipped',
      );
    }
    if (representation === undefined) {
      report(context, 'warning', `PDF source "${name}" is skipped: it has no plain-text representation`, 'refi-source-skipped');
    } else {
      add(representation, name);
    }
  }
  for (const [kind, what] of Object.entries(OTHER_KINDS)) {
    for (const element of childrenOf(sourcesElement, kind)) {
      const name = attributeOf(element, 'name') ?? attributeOf(element, 'guid') ?? '(unnamed)';
      report(context, 'warning', `source "${name}" is skipped: it is ${what}, and only text sources are read`, 'refi-source-skipped');
    }
  }
  if (assumedInternal > 0) {
    report(
      context,
      'info',
      `${assumedInternal} source path${assumedInternal === 1 ? ' lacks' : 's lack'} "internal://"; read from the archive's sources/ folder`,
      'refi-path-assumed-internal',
    );
  }
  return sources;
}

function readTextSource(
  element: XmlElement,
  fallbackName: string | undefined,
  archive: ArchiveFiles,
  context: ReadContext,
  index: number,
): { source: ProjectSource; assumedInternal: boolean } {
  const plainTextPath = attributeOf(element, 'plainTextPath');
  const id = normaliseId(attributeOf(element, 'guid')) ?? `source-${index + 1}`;
  const name = attributeOf(element, 'name')?.trim() || fallbackName || fileName(plainTextPath) || id;
  const content = childOf(element, 'PlainTextContent');
  const richTextPath = attributeOf(element, 'richTextPath');
  let text: string | null = null;
  let assumedInternal = false;
  let skipped: string | undefined;
  if (content !== undefined && (plainTextPath === undefined || textOf(content).trim() !== '')) {
    text = textOf(content);
  } else if (plainTextPath !== undefined && plainTextPath.trim() !== '') {
    const found = readSourceText(plainTextPath, archive);
    if ('skipped' in found) skipped = found.skipped;
    else ({ text, assumedInternal } = found);
  } else {
    skipped =
      richTextPath === undefined
        ? 'it has no text'
        : `only its rich-text copy (${fileName(richTextPath)}) is given; only plain text is read`;
  }
  if (skipped !== undefined) report(context, 'warning', `source "${name}" is skipped: ${skipped}`, 'refi-source-skipped');
  else if (text !== null && text.trim() === '') {
    const rich = richTextPath === undefined ? '' : ` (its rich-text copy ${fileName(richTextPath)} is not read)`;
    report(context, 'warning', `source "${name}" has an empty plain text${rich}`, 'refi-source-empty');
  }
  return { source: { id, name, text, element }, assumedInternal };
}

/** The last part of a path, without a scheme. */
function fileName(path: string | undefined): string | undefined {
  if (path === undefined) return undefined;
  return (
    path
      .replace(/^[a-z]+:\/\//i, '')
      .split(/[\\/]/)
      .pop() || undefined
  );
}
