/**
 * What the rule fixture files (test/rules-*.test.ts) share: the small valid plan they vary, a region
 * registry, and `fires`, which checks a fixture where rules fire. test/rules-catalogue.test.ts reads the
 * annotations of those files to check that every rule of the engine fires in some fixture.
 */
import { check, yaml, type CheckOptions } from './fixture';
import type { Finding } from '../../server/src/core';

/** Checks a fixture whose annotations are the rules it fires (the same as `check`; the name says the intent). */
export function fires(fixture: string, options?: CheckOptions): Finding[] {
  return check(fixture, options);
}

/** A small valid plan that the fixtures vary. */
export const BASE = yaml`
  id: test-plan-2026
  title: Test plan
  jurisdiction: CN-GD
  published: 2026-01-15
  period: { start: 2026, end: 2030 }
  currency: CNY
  targets:
    - id: industry-2030
      metric: AI industry scale
      money: { amount: 100e9 }
      deadline: 2030
      sources: [src]
  sources:
    - id: src
      title: A source
      published: 2026-01-15
      accessed: 2026-11-01
`;

/** A region registry: a city under Guangdong and a group of regions. */
export const REGIONS = yaml`
  regions:
    - { id: shenzhen, name: Shenzhen, name-original: 深圳市, parent: CN-GD }
    - { id: gba, name: Greater Bay Area, includes: [CN-GD, CN-HK, CN-MO] }
`;
