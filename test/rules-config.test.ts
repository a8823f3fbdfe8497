/**
 * Dataset config rules: malformed globs in the config's file lists.
 * Each rule has a fixture where it fires and a near miss where it must stay silent (see
 * test/helpers/fixture.ts for the annotations); test/rules-catalogue.test.ts checks that every rule of the
 * engine is annotated in some rules-*.test.ts. The reference date is 2026-11-27 unless a test says otherwise.
 */
import { describe, test } from 'node:test';
import { check, yaml } from './helpers/fixture';
import { fires } from './helpers/rules';

describe('config/bad-glob', () => {
  test('fires on each malformed glob of the config, on the entry', () => {
    fires(
      yaml`
        reference-date: 2026-11-27
        exclude: ["{drafts", archive/**]
        #         ^^^^^^^^^ error[config/bad-glob]: "{drafts" in exclude is not a valid glob (a { without its }); it matches nothing until it is fixed
        plan-files:
          - "plans/*.yml}"
        #   ^^^^^^^^^^^^^^ error[config/bad-glob]: "plans/*.yml}" in plan-files is not a valid glob (a } without its {); it matches nothing until it is fixed
        schemas:
          - schema: ./extra.schema.json
            files: ["{a,{b,c}}.yaml"]
        #           ^^^^^^^^^^^^^^^^ error[config/bad-glob]: "{a,{b,c}}.yaml" in schemas[].files is not a valid glob (a { inside another {); it matches nothing until it is fixed
      `,
      { kind: 'config' },
    );
  });

  test('near miss: braces, stars and question marks that are well formed', () => {
    check(
      yaml`
        reference-date: 2026-11-27
        exclude: ["{drafts,old}/**", "tmp?/*"]
        plan-files: ["plans/*.{yaml,yml}"]
        region-files: ["**/regions/*.yaml"]
      `,
      { kind: 'config' },
    );
  });
});
