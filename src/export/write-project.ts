import { codesElement } from './codes-xml.js';
import { guidOf } from './guid.js';
import type { QdpxProject, QdpxSource } from './project-model.js';
import { element, serializeXml, textElement, type XmlElementNode, type XmlText } from './xml-writer.js';
import { sha256 } from '../text/sha256.js';

const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
const PROJECT_SCHEMA = 'http://schema.qdasoftware.org/versions/Project/v1.0/Project.xsd';
const VALUE_ELEMENT = {
  Text: 'TextValue',
  Boolean: 'BooleanValue',
  Integer: 'IntegerValue',
  Float: 'FloatValue',
  Date: 'DateValue',
  DateTime: 'DateTimeValue',
} as const;

/** project.qde, and the source files it refers to (archive path -> text), as the .qdpx holds them. */
export interface ProjectFiles {
  readonly projectXml: XmlText;
  readonly sources: ReadonlyMap<string, string>;
}

/** The GUID of a source: from its document id and its text, so that another text is another source. */
export function sourceGuid(source: Pick<QdpxSource, 'documentId' | 'text'>): string {
  return guidOf('source', `${source.documentId}\n${sha256(source.text)}`);
}

/**
 * Write project.qde in the order Project.xsd prescribes (Users, CodeBook, Variables, Cases,
 * Sources, Notes, Description). Sources are kept as files beside it (`internal://<guid>.txt`), as
 * ATLAS.ti, NVivo and f4 do; every GUID is derived from stable keys, and nothing carries a date,
 * so the same project gives the same bytes.
 */
export function writeProject(project: QdpxProject): ProjectFiles {
  const user = guidOf('user', project.user);
  const variableGuid = (name: string): string => guidOf('variable', name);
  const notes: XmlElementNode[] = [];
  const files = new Map<string, string>();
  const sourceGuids = new Map(project.sources.map((source) => [source.documentId, sourceGuid(source)]));
  const sources = project.sources.map((source) => {
    const guid = sourceGuids.get(source.documentId)!;
    files.set(`sources/${guid}.txt`, source.text);
    const selections = source.selections.map((selection) => {
      const selectionGuid = guidOf('selection', `${guid}:${selection.start}:${selection.end}`);
      const codings = selection.codings.map((coding) => {
        const codingGuid = guidOf('coding', `${selectionGuid}:${coding.codeId}`);
        let noteRef: XmlElementNode | null = null;
        if (coding.note !== null) {
          const noteGuid = guidOf('note', codingGuid);
          notes.push(
            element('Note', { guid: noteGuid, name: selection.name, creatingUser: user }, [element('PlainTextContent', {}, [coding.note])]),
          );
          noteRef = element('NoteRef', { targetGUID: noteGuid });
        }
        return element('Coding', { guid: codingGuid, creatingUser: user }, [
          element('CodeRef', { targetGUID: guidOf('code', coding.codeId) }),
          noteRef,
        ]);
      });
      return element(
        'PlainTextSelection',
        { guid: selectionGuid, name: selection.name, startPosition: selection.start, endPosition: selection.end, creatingUser: user },
        [textElement('Description', selection.description), ...codings],
      );
    });
    return element('TextSource', { guid, name: source.documentId, plainTextPath: `internal://${guid}.txt`, creatingUser: user }, [
      textElement('Description', source.description),
      ...selections,
    ]);
  });
  const variables = project.variables.map((variable) =>
    element('Variable', { guid: variableGuid(variable.name), name: variable.name, typeOfVariable: variable.type }),
  );
  const types = new Map(project.variables.map((variable) => [variable.name, variable.type]));
  const cases = project.cases.map((entry) =>
    element('Case', { guid: guidOf('case', entry.documentId), name: entry.documentId }, [
      ...entry.values.map(({ variable, value }) =>
        element('VariableValue', {}, [
          element('VariableRef', { targetGUID: variableGuid(variable) }),
          element(VALUE_ELEMENT[types.get(variable) ?? 'Text'], {}, [value]),
        ]),
      ),
      element('SourceRef', { targetGUID: sourceGuids.get(entry.documentId)! }),
    ]),
  );
  const root = element(
    'Project',
    {
      xmlns: PROJECT_NAMESPACE,
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': `${PROJECT_NAMESPACE} ${PROJECT_SCHEMA}`,
      name: project.name,
      origin: project.origin,
      creatingUserGUID: user,
    },
    [
      element('Users', {}, [element('User', { guid: user, name: project.user, id: 'rodedraad' })]),
      element('CodeBook', {}, [codesElement(project.codebooks)]),
      listElement('Variables', variables),
      listElement('Cases', cases),
      listElement('Sources', sources),
      listElement('Notes', notes),
      textElement('Description', project.description),
    ],
  );
  return { projectXml: serializeXml(root), sources: files };
}

/** A list element, left out when empty: the schema wants at least one item in each. */
function listElement(name: string, items: readonly XmlElementNode[]): XmlElementNode | null {
  return items.length === 0 ? null : element(name, {}, items);
}
