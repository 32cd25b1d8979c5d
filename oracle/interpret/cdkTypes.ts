/**
 * The types of aws-cdk-lib's struct props, read from the package's own jsii assembly, so that a
 * design field named as its CDK prop is passed on without a list of fields here: an enum (or
 * enum-like class) member is looked up by the prop's type, anything else passes as it is.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cdk } from './cdkLib';

interface JsiiType {
  properties?: { name: string; type: { fqn?: string } }[];
}

const requireFromRoot = createRequire(new URL('../../package.json', import.meta.url));
let assembly: Record<string, JsiiType> | undefined;

/** The assembly's types by fqn, read once (it is large). */
function types(): Record<string, JsiiType> {
  if (!assembly) {
    const file = join(dirname(requireFromRoot.resolve('aws-cdk-lib')), '.jsii.gz');
    assembly = JSON.parse(gunzipSync(readFileSync(file)).toString()).types;
  }
  return assembly!;
}

/** `aws-cdk-lib.aws_ecr.TagMutability` → the TagMutability object of aws-cdk-lib. */
function resolveType(fqn: string): Record<string, unknown> {
  const path = fqn.split('.').slice(1);
  return path.reduce<Record<string, unknown>>(
    (scope, name) => scope[name] as Record<string, unknown>,
    cdk as unknown as Record<string, unknown>,
  );
}

/**
 * `fields` as props of the struct `structFqn` (e.g. `aws-cdk-lib.aws_ecr.RepositoryProps`).
 * A field that is no prop of the struct throws: the design would then need a handler of its own.
 */
export function plainProps(structFqn: string, fields: Record<string, unknown>) {
  const props = types()[structFqn]?.properties ?? [];
  const entries = Object.entries(fields).flatMap(([name, value]) => {
    if (value === undefined) return [];
    const prop = props.find((p) => p.name === name);
    if (!prop) throw new Error(`${name} is no prop of ${structFqn}`);
    const fqn = prop.type.fqn;
    return [[name, fqn && typeof value === 'string' ? resolveType(fqn)[value] : value]];
  });
  return Object.fromEntries(entries);
}
