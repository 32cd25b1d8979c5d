import { designError, type Finding, FindingCode, unreadableError } from '../findings';
import { type Design, designSchema, designValueSchema } from './designSchema';
import { isPlainObject, type JsonSchema } from './schemaKit';

export interface ParsedDesign {
  design?: Design;
  findings: Finding[];
}

/** Reads untrusted input as a design: either a design or findings with paths, never a cast. */
export function parseDesign(input: unknown): ParsedDesign {
  return parseWith(designSchema, input);
}

/**
 * parseDesign's findings for a design held as a value (render.ts): the same findings, each
 * repository's kept per repository object, so a keystroke checks again only what it changed.
 */
export function designValueFindings(design: Design): Finding[] {
  return parseWith(designValueSchema, design).findings;
}

function parseWith(schema: typeof designSchema, input: unknown): ParsedDesign {
  const findings: Finding[] = [];
  if (isPlainObject(input) && typeof input.version === 'number' && input.version !== 1) {
    findings.push(
      designError(
        FindingCode.designVersionUnknown,
        ['version'],
        `unknown design format version ${input.version}; this build reads version 1`,
      ),
    );
    return { findings };
  }
  const design = schema.parse(input, [], findings);
  return design === undefined ? { findings } : { design, findings };
}

/** Parses JSON text, turning a syntax error into a finding. */
export function parseDesignText(text: string): ParsedDesign {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { findings: [unreadableError([], `not valid JSON: ${reason}`)] };
  }
  return parseDesign(input);
}

/** The JSON Schema of the design format, generated from the same definition as the parser. */
export function designJsonSchema(): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'ECR Designer design',
    ...designSchema.jsonSchema(),
  };
}
