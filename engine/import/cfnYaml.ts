/** Reads CloudFormation YAML, short-form intrinsics (!Ref, !GetAtt, !Sub …) included, as JSON-form values. */
import { type CollectionTag, parseDocument, type ScalarTag } from 'yaml';

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

/**
 * Parses YAML text, with what the yaml library warns of as messages rather than on the console;
 * throws its first error (the caller turns it into a finding). A tag CloudFormation does not
 * know is an error: read as plain text, its value would pass for a literal.
 */
export function parseCfnYaml(text: string): { value: unknown; warnings: string[] } {
  const document = parseDocument(text, {
    customTags,
    uniqueKeys: true,
    prettyErrors: false,
    logLevel: 'silent',
  });
  const unknownTag = document.warnings.find((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (document.errors.length > 0) throw document.errors[0];
  if (unknownTag) throw unknownTag;
  return {
    value: document.toJS({ maxAliasCount: 100 }),
    warnings: document.warnings.map((warning) => warning.message),
  };
}
