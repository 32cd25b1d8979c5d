/**
 * The design fixtures of the oracle tests: engine/fixtures/*.json (repositories) and
 * engine/fixtures/entities/*.json (keys, principals, event rules, resource policies, grants).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { type Design, parseDesign } from '../engine/index';

const fixtureRoot = new URL('../engine/fixtures/', import.meta.url);

/** Fixture names relative to engine/fixtures, e.g. `seed-lifecycle.json`, `entities/seed-scan-event.json`. */
export function fixtureNames(): string[] {
  const list = (dir: string) =>
    readdirSync(new URL(dir, fixtureRoot))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `${dir}${f}`);
  return [...list(''), ...list('entities/')];
}

export function loadFixture(name: string): Design {
  const parsed = parseDesign(JSON.parse(readFileSync(new URL(name, fixtureRoot), 'utf8')));
  if (!parsed.design) throw new Error(`${name}: ${JSON.stringify(parsed.findings)}`);
  return parsed.design;
}
