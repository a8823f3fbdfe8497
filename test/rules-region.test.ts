/**
 * Region rules: unknown, withdrawn and outside-the-jurisdiction codes, and the rules of a region registry (*.regions.yaml).
 * Each rule has a fixture where it fires and a near miss where it must stay silent (see
 * test/helpers/fixture.ts for the annotations); test/rules-catalogue.test.ts checks that every rule of the
 * engine is annotated in some rules-*.test.ts. The reference date is 2026-11-27 unless a test says otherwise.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { check, yaml } from './helpers/fixture';
import { BASE, REGIONS, fires } from './helpers/rules';

describe('region/unknown', () => {
  test('fires on an unknown code and names the closest codes', () => {
    const list = fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-XX
      #             ^^^^^ error[region/unknown]: unknown region CN-XX; did you mean CN-GX (Guangxi), CN-JX (Jiangxi), CN-NX (Ningxia)?
      period: { start: 2026, end: 2030 }
      targets:
        - id: industry-2030
          metric: AI industry scale
          money: { amount: 100e9, currency: CNY }
          deadline: 2030
          sources: [src]
      sources: [{ id: src, title: A source }]
    `);
    assert.deepEqual(
      list[0].suggestions?.map((s) => s.edits[0].newText),
      ['CN-GX', 'CN-JX', 'CN-NX'],
    );
  });

  test('fires in target and measure regions, suggesting by name, case and spelling', () => {
    fires(
      yaml`
        id: test-plan-2026
        title: Test plan
        jurisdiction: CN
        period: { start: 2026, end: 2030 }
        targets:
          - id: industry-2030
            metric: AI industry scale
            outcome: First in China
            deadline: 2030
            sources: [src]
            region: guangdong
        #           ^^^^^^^^^ error[region/unknown]: unknown region guangdong; did you mean CN-GD (Guangdong)?
        measures:
          - id: zones
            title: Pilot zones
            regions: [cn-gd, shenzen]
        #             ^^^^^ error[region/unknown]: did you mean CN-GD (Guangdong)?
        #                    ^^^^^^^ error[region/unknown]: unknown region shenzen; did you mean shenzhen (Shenzhen)?
        sources: [{ id: src, title: A source }]
      `,
      { regions: REGIONS },
    );
  });

  test('near miss: ISO codes and the dataset’s own regions are known', () => {
    check(
      yaml`
        id: test-plan-2026
        title: Test plan
        jurisdiction: CN-GD
        period: { start: 2026, end: 2030 }
        targets:
          - id: industry-2030
            metric: AI industry scale
            outcome: First in China
            deadline: 2030
            sources: [src]
            region: shenzhen
        measures:
          - { id: zones, title: Pilot zones, regions: [CN-GD, shenzhen] }
        sources: [{ id: src, title: A source }]
      `,
      { regions: REGIONS },
    );
  });

  test('a dataset region is unknown when the dataset does not define it', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: shenzhen
      #             ^^^^^^^^ error[region/unknown]: unknown region shenzhen
      period: { start: 2026, end: 2030 }
      measures: [{ id: zones, title: Pilot zones }]
      sources: [{ id: src, title: A source }]
    `);
  });
});

describe('region/deprecated', () => {
  test('fires on a withdrawn numeric code and names the successor', () => {
    fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN
      period: { start: 2026, end: 2030 }
      measures:
        - id: zones
          title: Pilot zones
          regions: [CN-44, CN-GD]
      #             ^^^^^ warning[region/deprecated]: CN-44 (Guangdong) is a withdrawn code; use CN-GD
      sources: [{ id: src, title: A source }]
    `);
  });

  test('near miss: the current code', () => {
    check(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN
      period: { start: 2026, end: 2030 }
      measures: [{ id: zones, title: Pilot zones, regions: [CN-GD, CN-SH] }]
      sources: [{ id: src, title: A source }]
    `);
  });

  // regression: isInside() once did not map a withdrawn *area* to its successor
  test('a withdrawn jurisdiction still contains its successor’s regions', () => {
    check(
      yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-44
      #             ^^^^^ warning[region/deprecated]: use CN-GD
      period: { start: 2026, end: 2030 }
      measures: [{ id: zones, title: Pilot zones, regions: [CN-GD, shenzhen] }]
      sources: [{ id: src, title: A source }]
    `,
      { regions: REGIONS },
    );
  });
});

describe('region/outside-jurisdiction', () => {
  test('fires on a target region and a measure region outside the jurisdiction', () => {
    const list = fires(yaml`
      id: test-plan-2026
      title: Test plan
      jurisdiction: CN-GD
      period: { start: 2026, end: 2030 }
      targets:
        - id: industry-2030
          metric: AI industry scale
          outcome: First in China
          deadline: 2030
          sources: [src]
          region: CN-ZJ
      #           ^^^^^ warning[region/outside-jurisdiction]: CN-ZJ (Zhejiang) is outside the plan's jurisdiction CN-GD (Guangdong)
      measures:
        - { id: zones, title: Pilot zones, regions: [CN-GD, CN-HK] }
      #                                                     ^^^^^ warning[region/outside-jurisdiction]: CN-HK (Hong Kong) is outside
      sources: [{ id: src, title: A source }]
    `);
    const jurisdiction = BASE.indexOf('CN-GD');
    assert.deepEqual(
      list[0].related?.map((r) => r.range),
      [{ start: jurisdiction, end: jurisdiction + 5 }],
    );
  });

  test('near miss: ISO hierarchy, dataset parents and groups, the EU and its members', () => {
    check(
      yaml`
        id: test-plan-2026
        title: Test plan
        jurisdiction: CN
        period: { start: 2026, end: 2030 }
        measures:
          - { id: zones, title: Pilot zones, regions: [CN, CN-GD, CN-HK, CN-MO, shenzhen, gba] }
        sources: [{ id: src, title: A source }]
      `,
      { regions: REGIONS },
    );
    check(yaml`
      id: eu-plan-2026
      title: EU plan
      jurisdiction: EU
      period: { start: 2026, end: 2030 }
      measures: [{ id: zones, title: Pilot zones, regions: [DE, FR, FR-75C] }]
      sources: [{ id: src, title: A source }]
    `);
  });

  test('a dataset region with a parent outside fires; an EU plan with a non-member fires', () => {
    fires(
      yaml`
        id: test-plan-2026
        title: Test plan
        jurisdiction: CN-ZJ
        period: { start: 2026, end: 2030 }
        measures: [{ id: zones, title: Pilot zones, regions: [shenzhen] }]
        #                                                     ^^^^^^^^ warning[region/outside-jurisdiction]: shenzhen (Shenzhen) is outside the plan's jurisdiction CN-ZJ (Zhejiang)
        sources: [{ id: src, title: A source }]
      `,
      { regions: REGIONS },
    );
    fires(yaml`
      id: eu-plan-2026
      title: EU plan
      jurisdiction: EU
      period: { start: 2026, end: 2030 }
      measures: [{ id: zones, title: Pilot zones, regions: [GB] }]
      #                                                     ^^ warning[region/outside-jurisdiction]: GB (United Kingdom of Great Britain and Northern Ireland) is outside
      sources: [{ id: src, title: A source }]
    `);
  });
});

describe('region registries (*.regions.yaml)', () => {
  test('region/unknown, id/duplicate, region/cycle and region/bad-code fire in a registry', () => {
    fires(
      yaml`
        regions:
          - { id: shenzhen, name: Shenzhen, parent: CN-GD, codes: { GB/T-2260: "44030" } }
        #                                                                      ^^^^^^^ warning[region/bad-code]: GB/T-2260 code 44030 is not in the form six digits, e.g. 440300
          - { id: gba, name: Greater Bay Area, includes: [CN-GD, CN-HK, CN-XX] }
        #                                                               ^^^^^ error[region/unknown]: unknown region CN-XX
          - { id: zone-a, name: Zone A, parent: zone-b }
        #         ^^^^^^ error[region/cycle]: region zone-a is its own ancestor: zone-a → parent zone-b → parent zone-a
          - { id: zone-b, name: Zone B, parent: zone-a }
        #         ^^^^^^ error[region/cycle]: region zone-b is its own ancestor: zone-b → parent zone-a → parent zone-b
          - { id: shenzhen, name: Shenzhen again }
        #         ^^^^^^^^ error[id/duplicate]: duplicate region id shenzhen
          - { id: cn-gd, name: Guangdong }
        #         ^^^^^ error[id/duplicate]: region id cn-gd clashes with the ISO code CN-GD (Guangdong); use CN-GD instead
      `,
      { kind: 'regions' },
    );
  });

  test('near miss: a clean registry with parents, groups and well-formed codes', () => {
    check(
      yaml`
        regions:
          - { id: shenzhen, name: Shenzhen, name-original: 深圳市, parent: CN-GD, codes: { GB/T-2260: "440300", UN/LOCODE: CN SZX } }
          - { id: nanshan, name: Nanshan, parent: shenzhen }
          - { id: gba, name: Greater Bay Area, includes: [CN-GD, CN-HK, CN-MO, shenzhen] }
      `,
      { kind: 'regions' },
    );
  });
});
