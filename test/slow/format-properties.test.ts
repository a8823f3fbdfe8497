/**
 * The two properties of formatting (test/helpers/formatProperties.ts) over every valid case of the YAML test
 * suite (../shared/conformance/yaml-test-suite): formatting twice gives the text of formatting once, and the
 * parsed value never changes. In `npm run test:slow` (a sweep of hundreds of texts); the samples' properties
 * and the formatter's behaviour are tested in `npm test` by test/features-format.test.ts. Prints how many
 * suite cases were formatted.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import { formatProperties } from '../helpers/formatProperties';

const SUITE = path.resolve(__dirname, '../../../shared/conformance/yaml-test-suite');

test(
  'properties over every valid case of the YAML test suite',
  { skip: fs.existsSync(SUITE) ? false : `no ${SUITE}` },
  () => {
    let valid = 0;
    let formatted = 0;
    for (const d of fs.readdirSync(SUITE).sort()) {
      if (!/^[0-9A-Z]{4}$/.test(d)) continue;
      const dir = path.join(SUITE, d);
      const list = fs.existsSync(path.join(dir, 'in.yaml'))
        ? [dir]
        : fs
            .readdirSync(dir)
            .sort()
            .map((s) => path.join(dir, s))
            .filter((x) => fs.existsSync(path.join(x, 'in.yaml')));
      for (const c of list) {
        if (fs.existsSync(path.join(c, 'error'))) continue;
        valid++;
        if (formatProperties(fs.readFileSync(path.join(c, 'in.yaml'), 'utf8'), path.relative(SUITE, c))) formatted++;
      }
    }
    assert.ok(valid > 250, `only ${valid} valid cases`);
    console.log(
      `yaml-test-suite: ${valid} valid cases, ${formatted} changed by formatting, the rest already formatted or left alone`,
    );
  },
);
