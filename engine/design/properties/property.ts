/**
 * A property table's row: everything the engine, the form and the random designs need to know
 * about one field of the design format, said once. A plain 1:1 property has every facet; a
 * derived one (its key, its policy, its tags…) leaves out the facets a named handler beside
 * the table supplies, so each use either iterates the row or names its handler.
 */
import type { FieldPath } from '../../fieldPath';
import type { Finding } from '../../findings';
import type { Schema } from '../schemaKit';

/** The template's side: the CloudFormation key, how the value is written and read back. */
export interface CfnFacet<T> {
  key: string;
  /** The literal the import needs, as its warning names it ("a string", "true or false"). */
  what: string;
  /** Whether the template's value is of the literal kind the reader takes. */
  check(value: unknown): boolean;
  write(value: T): unknown;
  /** The design's value from a checked template value; `path` is the key's own. */
  read(value: unknown, path: FieldPath, findings: Finding[]): T | undefined;
}

/** A class or enum of aws-cdk-lib: `core` is aws-cdk-lib itself. */
export interface CdkType {
  module: 'ecr' | 'core';
  name: string;
}

/** How the generated code writes the value: a literal, an enum member, a static call, a list. */
export type CdkLiteral =
  | 'string'
  | 'boolean'
  | 'number'
  | { enum: CdkType }
  /** `Type.method(value)`, e.g. `Duration.days(n)`. */
  | { call: CdkType; method: string; argument: CdkLiteral }
  | { list: CdkLiteral };

export interface CdkFacet {
  /** The CDK prop; the design field's name when absent. */
  prop?: string;
  literal: CdkLiteral;
}

export type Widget =
  | { kind: 'text'; placeholder?: string; numeric?: boolean }
  /**
   * A whole number, typed as text so that "1.5" can be shown and explained. `commitOnEnter`:
   * the design takes it on Enter or when focus leaves, not per keystroke (a rule's priority
   * moves its card, which must not happen while "12" is half typed).
   */
  | { kind: 'number'; placeholder?: string; commitOnEnter?: boolean }
  /** Left out, on or off: CDK writes an explicit false into the template. */
  | { kind: 'triState'; cdkDefault: string }
  | { kind: 'select'; members: readonly string[]; defaultLabel: string }
  | { kind: 'chips'; entryName: string };

export interface FormFacet {
  label: string;
  /** Where the form places the control: a fieldset's legend, a place in a grid. */
  group: string;
  widget: Widget;
}

/**
 * Values a random design draws from: booleans draw both, lists `minItems` to `maxItems` of
 * `values`.
 */
export interface SampleSet {
  values?: readonly unknown[];
  /**
   * Text of the oracle's adversarial kind (quotes, escapes, line breaks, astral characters,
   * random strings), drawn `weight` times as often as one of `values` (always, without them).
   */
  text?: { weight: number };
  /** fast-check's option frequency: left out about once in `freq` draws (default 2). */
  freq?: number;
  minItems?: number;
  maxItems?: number;
}

/** Text the template validation cannot read (JSON.stringify escapes lone surrogates). */
export const loneSurrogates = 'lone \ud800 and \udc00';

/**
 * "wild" designs mostly hit CDK's errors, "tidy" ones mostly synthesize; a field without tidy
 * samples is drawn by a named generator together with the fields it must agree with.
 */
export interface Samples {
  wild: SampleSet;
  tidy?: SampleSet;
}

export interface Property<F extends string = string, T = unknown> {
  field: F;
  schema: Schema<T>;
  cfn?: CfnFacet<T>;
  cdk?: CdkFacet;
  form?: FormFacet;
  samples?: Samples;
  /**
   * A value that changes every output of a design without it (the field coverage test), and
   * the fields it needs beside it (else the probe's own small design).
   */
  probe?: { value: unknown; base?: Record<string, unknown> };
}

/** A row, typed by its schema so the facets agree with the field's type. */
export const property = <const F extends string, T>(
  row: Omit<Property<F, T>, 'cfn'> & { cfn?: CfnFacet<NoInfer<T>> },
): Property<F, T> => row;

type Row = Property<string, unknown>;

/** The schema shape of a table, for objectOf: field → schema, in the table's order. */
export type ShapeOf<P extends readonly Row[]> = {
  [E in P[number] as E['field']]: E['schema'];
};

export function shapeOf<const P extends readonly Row[]>(table: P): ShapeOf<P> {
  return Object.fromEntries(table.map((row) => [row.field, row.schema])) as ShapeOf<P>;
}

/** The rows of a table that have the facet, in the table's order. */
export function rowsWith<K extends 'cfn' | 'cdk' | 'form' | 'samples' | 'probe'>(
  table: readonly Row[],
  facet: K,
): (Row & Required<Pick<Row, K>>)[] {
  return table.filter((row): row is Row & Required<Pick<Row, K>> => row[facet] !== undefined);
}
