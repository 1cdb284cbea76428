import type { ExchangeCase } from '../coding-model.js';
import { normaliseId, type ReadContext, report } from './context.js';
import { attributeOf, childOf, childrenOf, childText, textOf, type XmlElement } from './xml.js';

const VALUE_ELEMENTS = ['TextValue', 'BooleanValue', 'IntegerValue', 'FloatValue', 'DateValue', 'DateTimeValue'];

/** Variable names by variable id, from the project's `Variables`. */
export function readVariableNames(variablesElement: XmlElement | undefined): Map<string, string> {
  const names = new Map<string, string>();
  for (const variable of variablesElement === undefined ? [] : childrenOf(variablesElement, 'Variable')) {
    const id = normaliseId(attributeOf(variable, 'guid'));
    const name = attributeOf(variable, 'name')?.trim();
    if (id !== null && name) names.set(id, name);
  }
  return names;
}

/** The `VariableValue` children of an element as name -> value; values of unknown variables are reported and left out. */
export function readVariableValues(
  element: XmlElement,
  names: ReadonlyMap<string, string>,
  owner: string,
  context: ReadContext,
): Record<string, string> {
  const values: Record<string, string> = {};
  for (const entry of childrenOf(element, 'VariableValue')) {
    const id = normaliseId(attributeOf(childOf(entry, 'VariableRef') ?? {}, 'targetGUID'));
    const name = id === null ? undefined : names.get(id);
    if (name === undefined) {
      report(
        context,
        'warning',
        `${owner} has a value of variable ${id ?? '(no id)'}, which the project does not define; left out`,
        'refi-unknown-variable',
      );
      continue;
    }
    const valueElement = VALUE_ELEMENTS.map((kind) => childOf(entry, kind)).find((found) => found !== undefined);
    values[name] = textOf(valueElement).trim();
  }
  return values;
}

/** Read the project's cases with their variable values and the sources they hold. */
export function readCases(casesElement: XmlElement | undefined, names: ReadonlyMap<string, string>, context: ReadContext): ExchangeCase[] {
  const cases: ExchangeCase[] = [];
  for (const [index, element] of (casesElement === undefined ? [] : childrenOf(casesElement, 'Case')).entries()) {
    const id = normaliseId(attributeOf(element, 'guid')) ?? `case-${index + 1}`;
    const name = attributeOf(element, 'name')?.trim() || childText(element, 'Description') || id;
    const sourceIds = childrenOf(element, 'SourceRef')
      .map((reference) => normaliseId(attributeOf(reference, 'targetGUID')))
      .filter((sourceId): sourceId is string => sourceId !== null);
    cases.push({ id, name, variables: readVariableValues(element, names, `case "${name}"`, context), sourceIds });
  }
  return cases;
}

/**
 * Each source's variables: its own values first, then those of the cases that hold it. When two
 * cases give one source different values for a variable, the first case's value is kept, with a warning.
 */
export function sourceVariables(
  own: ReadonlyMap<string, Record<string, string>>,
  cases: readonly ExchangeCase[],
  context: ReadContext,
): Map<string, Record<string, string>> {
  const result = new Map<string, Record<string, string>>();
  for (const [sourceId, values] of own) result.set(sourceId, { ...values });
  const fromCase = new Map<string, Map<string, string>>();
  for (const entry of cases) {
    for (const sourceId of entry.sourceIds) {
      const variables = result.get(sourceId) ?? {};
      const owners = fromCase.get(sourceId) ?? new Map<string, string>();
      for (const [name, value] of Object.entries(entry.variables)) {
        const owner = owners.get(name);
        if (owner !== undefined && variables[name] !== value) {
          report(
            context,
            'warning',
            `cases "${owner}" and "${entry.name}" give source ${sourceId} different values of "${name}"; "${variables[name]}" is kept`,
            'refi-variable-conflict',
          );
        } else if (!(name in variables)) {
          variables[name] = value;
          owners.set(name, entry.name);
        }
      }
      result.set(sourceId, variables);
      fromCase.set(sourceId, owners);
    }
  }
  return result;
}
