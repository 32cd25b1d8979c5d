/**
 * The independent oracle: builds the stack of a design by calling aws-cdk-lib's API directly,
 * written from the design format's documentation (product.md, the schema's descriptions). It
 * shares no code with engine/render, engine/cdk or engine/iam.
 */
export { interpretDesign } from './build';
export { synthInterpreted } from './synth';
