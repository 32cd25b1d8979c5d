/**
 * The statement model: the stack module's code as plain data, built once from a design
 * (stackCode.ts) and printed as TypeScript or Python (printTypescript.ts, printPython.ts). Names
 * are CDK's camelCase; the Python printer derives its own, as jsii-rosetta does.
 */
import type { Json } from '../../cdk/intrinsics';

/** The aws-cdk-lib submodules the code may use, each with the name it is imported as. */
export const submodules = {
  ecr: 'ecr',
  events: 'events',
  'events-targets': 'targets',
  iam: 'iam',
  kms: 'kms',
  lambda: 'lambda',
  sns: 'sns',
  sqs: 'sqs',
} as const;

export type Submodule = keyof typeof submodules;
/** `core` is aws-cdk-lib itself, whose names are imported one by one. */
export type Module = Submodule | 'core';

/** A class, enum or struct of aws-cdk-lib; `name` may be nested (`CfnRepository.LifecyclePolicyProperty`). */
export interface TypeRef {
  module: Module;
  name: string;
}

export type Expression =
  | { kind: 'string'; value: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'number'; value: number }
  | { kind: 'enum'; type: TypeRef; member: string }
  /** The stack, the scope of the constructs it creates (`this`, `self`). */
  | { kind: 'scope' }
  | { kind: 'variable'; name: string }
  /** A class as the receiver of a static call (`kms.Key` of `kms.Key.fromKeyArn(...)`). */
  | { kind: 'type'; type: TypeRef }
  | { kind: 'property'; object: Expression; name: string }
  | { kind: 'new'; type: TypeRef; args: Expression[] }
  | { kind: 'call'; target: Expression; method: string; args: Expression[] }
  /** TypeScript's `x as T`; Python has no cast. */
  | { kind: 'cast'; expression: Expression; type: TypeRef }
  | { kind: 'list'; items: Expression[] }
  /**
   * Props of a jsii struct: an object literal in TypeScript; in Python keyword arguments, or
   * `T(...)` where it is no call's last argument (its type is named for that).
   */
  | { kind: 'struct'; props: Prop[]; type?: TypeRef }
  /** A plain map (IAM conditions): its keys are data, never renamed. */
  | { kind: 'map'; entries: [key: string, value: Expression][] }
  /**
   * Plain JSON data as its compact text: `JSON.stringify(value)` in TypeScript,
   * `json.dumps(value, separators=(",", ":"))` in Python (printJson.ts).
   */
  | { kind: 'json'; value: Json };

export type Prop = [name: string, value: Expression];

export type Statement =
  /** `const variable = expression;`, or the bare expression without a variable. */
  | { kind: 'expression'; expression: Expression; variable?: string }
  | { kind: 'assign'; target: Expression; value: Expression };

/** The stack module: its class and its statements, in the sections the module separates. */
export interface StackCode {
  className: string;
  /** What the stack sets on itself first (its description). */
  stack: Statement[];
  /** What is created before the repositories. */
  entities: Statement[];
  /** Each repository's statements, by design index. */
  repositories: Statement[][];
  /** The registry's constructs (creation templates, …), after the repositories. */
  registry: Statement[];
  grants: Statement[];
  /** The outputs (CfnOutput), created last. */
  outputs: Statement[];
}

/** The statements in the sections of the module body (empty ones left out). */
export function codeSections(code: StackCode): Statement[][] {
  const { stack, entities, repositories, registry, grants, outputs } = code;
  return [stack, entities, ...repositories, registry, grants, outputs].filter((s) => s.length > 0);
}

export const typeRef = (module: Module, name: string): TypeRef => ({ module, name });
export const str = (value: string): Expression => ({ kind: 'string', value });
export const bool = (value: boolean): Expression => ({ kind: 'boolean', value });
export const num = (value: number): Expression => ({ kind: 'number', value });
export const variable = (name: string): Expression => ({ kind: 'variable', name });
export const scope: Expression = { kind: 'scope' };
export const typeOf = (module: Module, name: string): Expression => ({
  kind: 'type',
  type: typeRef(module, name),
});
export const enumMember = (module: Module, type: string, member: string): Expression => ({
  kind: 'enum',
  type: typeRef(module, type),
  member,
});
export const property = (object: Expression, name: string): Expression => ({
  kind: 'property',
  object,
  name,
});
export const newOf = (module: Module, type: string, ...args: Expression[]): Expression => ({
  kind: 'new',
  type: typeRef(module, type),
  args,
});
export const call = (target: Expression, method: string, ...args: Expression[]): Expression => ({
  kind: 'call',
  target,
  method,
  args,
});
export const list = (items: readonly Expression[]): Expression => ({
  kind: 'list',
  items: [...items],
});
export const strings = (values: readonly string[]): Expression => list(values.map(str));

export type Struct = Expression & { kind: 'struct' };

/** A struct of the props that are set, in the order given (CDK's error text prints them so). */
export function struct(props: Record<string, Expression | undefined>, type?: TypeRef): Struct {
  const set = Object.entries(props).filter((p): p is Prop => p[1] !== undefined);
  return type === undefined ? { kind: 'struct', props: set } : { kind: 'struct', props: set, type };
}

/** The struct as a call's last argument, or no argument when it has no props. */
export const unlessEmpty = (props: Struct): Expression[] => (props.props.length > 0 ? [props] : []);

/** `make(value)` when the design sets the value. */
export const ifSet = <T>(value: T | undefined, make: (value: T) => Expression) =>
  value === undefined ? undefined : make(value);

export const cast = (expression: Expression, type: TypeRef): Expression => ({
  kind: 'cast',
  expression,
  type,
});
export const jsonText = (value: Json): Expression => ({ kind: 'json', value });
export const map = (entries: [string, Expression][]): Expression => ({ kind: 'map', entries });

export const assign = (target: Expression, value: Expression): Statement => ({
  kind: 'assign',
  target,
  value,
});
export const statement = (expression: Expression, variable?: string): Statement =>
  variable === undefined
    ? { kind: 'expression', expression }
    : { kind: 'expression', expression, variable };
