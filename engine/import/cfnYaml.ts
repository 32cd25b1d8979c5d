/** Reads CloudFormation YAML, short-form intrinsics (!Ref, !GetAtt, !Sub …) included, as JSON-form values. */
import { type CollectionTag, parse, type ScalarTag } from 'yaml';

const functions = [
  'Base64',
  'Cidr',
  'FindInMap',
  'GetAZs',
  'ImportValue',
  'Join',
  'Select',
  'Split',
  'Sub',
  'Transform',
  'And',
  'Equals',
  'If',
  'Not',
  'Or',
  'ToJsonString',
  'Length',
];

function intrinsicTags(name: string, key: string): (ScalarTag | CollectionTag)[] {
  return [
    { tag: `!${name}`, resolve: (value: string) => ({ [key]: value }) },
    { tag: `!${name}`, collection: 'seq', resolve: (value) => ({ [key]: value.toJSON() }) },
    { tag: `!${name}`, collection: 'map', resolve: (value) => ({ [key]: value.toJSON() }) },
  ];
}

const customTags = [
  ...intrinsicTags('Ref', 'Ref'),
  ...intrinsicTags('Condition', 'Condition'),
  // !GetAtt Resource.Attribute is the scalar short form of ["Resource", "Attribute"].
  {
    tag: '!GetAtt',
    resolve: (value: string) => ({ 'Fn::GetAtt': value.split(/\.(.*)/s, 2) }),
  } satisfies ScalarTag,
  {
    tag: '!GetAtt',
    collection: 'seq',
    resolve: (value) => ({ 'Fn::GetAtt': value.toJSON() }),
  } satisfies CollectionTag,
  ...functions.flatMap((name) => intrinsicTags(name, `Fn::${name}`)),
];

/** Parses YAML text; throws the yaml library's error (the caller turns it into a finding). */
export function parseCfnYaml(text: string): unknown {
  return parse(text, { customTags, maxAliasCount: 100, uniqueKeys: true, prettyErrors: false });
}
