#!/usr/bin/env node
// Generates the committed code lists from maintained npm packages:
//
//   server/src/core/data/iso3166.json     <- iso-3166 (ISO 3166-1, ISO 3166-2)
//   server/src/core/data/currencies.json  <- currency-codes (ISO 4217 list one)
//
// and cross-checks the hand-written tables that sit next to them
// (cn-withdrawn.json, fx-rates.json) against the generated lists.
//
// Run with `node scripts/gen-codelists.mjs` (or `npm run codelists`).
// Output is deterministic: entries are sorted by code with a plain
// code-unit comparison, so re-running on the same package versions
// gives the same bytes. Pass `--check` to verify that the committed
// files are up to date without writing them (exit code 1 if not).

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'server', 'src', 'core', 'data');
const require = createRequire(import.meta.url);
const checkOnly = process.argv.includes('--check');

const problems = [];

/** Version of an installed package, read from its own package.json. */
function packageVersion(name) {
  const file = join(root, 'node_modules', name, 'package.json');
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

/** Plain, locale-independent ordering. */
function byCode(a, b) {
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/**
 * Serialises `{ key: scalar-or-object, key: [entries] }` with one array entry
 * per line, so diffs of a package upgrade show exactly what changed.
 */
function render(top) {
  const parts = Object.entries(top).map(([key, value]) => {
    if (Array.isArray(value)) {
      const body = value.map((entry) => '    ' + JSON.stringify(entry)).join(',\n');
      return `  ${JSON.stringify(key)}: [\n${body}\n  ]`;
    }
    return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  });
  return `{\n${parts.join(',\n')}\n}\n`;
}

function emit(fileName, top) {
  const file = join(dataDir, fileName);
  const text = render(top);
  const rel = relative(root, file);
  if (checkOnly) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current !== text) problems.push(`${rel} is out of date; run node scripts/gen-codelists.mjs`);
    else console.log(`${rel}: up to date`);
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${rel}`);
  }
}

// ---------------------------------------------------------------- ISO 3166

const iso = await import('iso-3166');

/** Reserved ISO 3166-1 codes that plans may legitimately use as jurisdictions. */
const RESERVED_WANTED = ['EU'];

const countries = iso.iso31661.map((c) => ({
  code: c.alpha2,
  name: c.name,
  alpha3: c.alpha3,
  numeric: c.numeric,
}));
for (const code of RESERVED_WANTED) {
  const r = iso.iso31661Reserved.find((x) => x.alpha2 === code);
  if (!r) {
    problems.push(`reserved code ${code} not found in iso-3166 (iso31661Reserved)`);
    continue;
  }
  countries.push({ code: r.alpha2, name: r.name, reserved: true, state: r.state });
}
countries.sort(byCode);

// China's subdivision names in iso-3166 carry the administrative category in
// pinyin ("Guangdong Sheng", "Guangxi Zhuangzu Zizhiqu", "Hong Kong SAR").
// `shortName` is the bare place name, for messages and hovers.
const CN_CATEGORY_SUFFIX = / (?:Sheng|Shi|(?:Zhuangzu |Huizu |Uygur )?Zizhiqu|SAR)$/;

const countryCodes = new Set(countries.map((c) => c.code));
const subdivisionCodes = new Set(iso.iso31662.map((s) => s.code));

const subdivisions = iso.iso31662.map((s) => {
  // iso-3166 gives `parent` as either an ISO 3166-1 alpha-2 code ("CN") or a
  // full ISO 3166-2 code ("FR-IDF"). Normalise defensively in case a bare
  // suffix ("IDF") ever appears: prefix it with the country of the code.
  const country = s.code.slice(0, s.code.indexOf('-'));
  let parent = s.parent;
  if (!countryCodes.has(parent) && !subdivisionCodes.has(parent)) {
    const prefixed = `${country}-${parent}`;
    parent = subdivisionCodes.has(prefixed) ? prefixed : country;
  }
  const entry = { code: s.code, name: s.name, parent };
  if (country === 'CN') {
    const short = s.name.replace(CN_CATEGORY_SUFFIX, '');
    if (short !== s.name) entry.shortName = short;
  }
  return entry;
});
subdivisions.sort(byCode);

for (const s of subdivisions) {
  if (!countryCodes.has(s.parent) && !subdivisionCodes.has(s.parent)) {
    problems.push(`subdivision ${s.code}: parent ${s.parent} is in neither list`);
  }
  if (!countryCodes.has(s.code.slice(0, s.code.indexOf('-')))) {
    problems.push(`subdivision ${s.code}: country prefix is not a known country`);
  }
}
if (subdivisionCodes.size !== subdivisions.length) problems.push('duplicate subdivision codes in iso-3166');

emit('iso3166.json', {
  source: { package: 'iso-3166', version: packageVersion('iso-3166') },
  countries,
  subdivisions,
});

// ---------------------------------------------------------------- ISO 4217

const cc = require('currency-codes');
const ccDir = dirname(require.resolve('currency-codes/package.json'));
const iso4217Published = require('currency-codes/iso-4217-publish-date');

// currency-codes maps ISO's "N.A." minor units (gold, SDR, test code, ...) to
// 0, which would make every amount in those units "too precise". The package
// ships the ISO list it was built from; read the N.A. entries from there.
const listOne = readFileSync(join(ccDir, 'iso-4217-list-one.xml'), 'utf8');
const noMinorUnits = new Set();
for (const [, block] of listOne.matchAll(/<CcyNtry>([\s\S]*?)<\/CcyNtry>/g)) {
  const code = /<Ccy>([A-Z]{3})<\/Ccy>/.exec(block)?.[1];
  const units = /<CcyMnrUnts>([^<]*)<\/CcyMnrUnts>/.exec(block)?.[1];
  if (code && units === 'N.A.') noMinorUnits.add(code);
}

const currencies = cc.data
  .map((c) => ({
    code: c.code,
    name: c.currency,
    minorUnits: noMinorUnits.has(c.code) || typeof c.digits !== 'number' ? null : c.digits,
    numeric: c.number ?? null,
  }))
  .sort(byCode);
if (new Set(currencies.map((c) => c.code)).size !== currencies.length) {
  problems.push('duplicate currency codes in currency-codes');
}

// currency-codes 2.2.0 (the newest release on npm) carries ISO 4217 list one
// of 2024-06-25. Later amendments are applied here, each with its source, so
// that the committed list is current. Withdrawn codes stay in the list (older
// plans use them) but carry `withdrawn` (the date they left list one) and
// `replacedBy`; no rule reads these fields yet.
const OVERRIDES = [
  {
    amendment: 'ISO 4217 amendment 176 (2023-12-06), effective 2025-03-31',
    source: 'https://github.com/marcwrobel/jbanking/files/13683239/AMENDMENT.NUMBER.176.pdf',
    add: [{ code: 'XCG', name: 'Caribbean Guilder', minorUnits: 2, numeric: '532' }],
    withdraw: [{ code: 'ANG', withdrawn: '2025-03-31', replacedBy: 'XCG' }],
  },
  {
    amendment: 'ISO 4217 amendment 180 (2025-09-22), effective 2026-01-01: BGN moves to list three (historic)',
    source: 'https://github.com/marcwrobel/jbanking/issues/497',
    add: [],
    withdraw: [{ code: 'BGN', withdrawn: '2026-01-01', replacedBy: 'EUR' }],
  },
];
for (const o of OVERRIDES) {
  for (const a of o.add) {
    if (currencies.some((c) => c.code === a.code))
      problems.push(`override: ${a.code} is already in currency-codes; drop the override`);
    else currencies.push({ ...a });
  }
  for (const w of o.withdraw) {
    const c = currencies.find((x) => x.code === w.code);
    if (!c) problems.push(`override: ${w.code} to withdraw is not in the list`);
    else Object.assign(c, { withdrawn: w.withdrawn, replacedBy: w.replacedBy });
  }
}
currencies.sort(byCode);

emit('currencies.json', {
  source: {
    package: 'currency-codes',
    version: packageVersion('currency-codes'),
    iso4217Published,
    overrides: OVERRIDES.map((o) => ({ amendment: o.amendment, source: o.source })),
  },
  currencies,
});

// ------------------------------------------------- checks of the hand tables

const cnWithdrawnFile = join(dataDir, 'cn-withdrawn.json');
if (existsSync(cnWithdrawnFile)) {
  const cn = JSON.parse(readFileSync(cnWithdrawnFile, 'utf8'));
  const known = new Set([...countryCodes, ...subdivisionCodes]);
  const seen = new Set();
  for (const entry of cn.codes) {
    if (!/^CN-\d{2}$/.test(entry.code)) problems.push(`cn-withdrawn: ${entry.code} is not a numeric CN code`);
    if (subdivisionCodes.has(entry.code)) problems.push(`cn-withdrawn: ${entry.code} is still a current code`);
    if (!known.has(entry.successor))
      problems.push(`cn-withdrawn: successor ${entry.successor} of ${entry.code} is unknown`);
    if (seen.has(entry.successor)) problems.push(`cn-withdrawn: successor ${entry.successor} used twice`);
    seen.add(entry.successor);
  }
  const currentCn = subdivisions.filter((s) => s.code.startsWith('CN-')).map((s) => s.code);
  for (const code of currentCn) {
    if (!cn.names?.[code]) problems.push(`cn-withdrawn: no Chinese name for ${code}`);
    if (!seen.has(code)) problems.push(`cn-withdrawn: ${code} is no numeric code's successor`);
  }
  for (const code of Object.keys(cn.names ?? {})) {
    if (!subdivisionCodes.has(code)) problems.push(`cn-withdrawn: names has unknown code ${code}`);
  }
  const shortNames = new Map(subdivisions.map((s) => [s.code, s.shortName ?? s.name]));
  for (const entry of cn.codes) {
    if (shortNames.has(entry.successor) && shortNames.get(entry.successor) !== entry.name) {
      problems.push(
        `cn-withdrawn: ${entry.code} name ${entry.name} differs from ${entry.successor} (${shortNames.get(entry.successor)})`,
      );
    }
    if (cn.names?.[entry.successor] && cn.names[entry.successor] !== entry.nameOriginal) {
      problems.push(`cn-withdrawn: ${entry.code} nameOriginal differs from names[${entry.successor}]`);
    }
  }
  console.log(`checked cn-withdrawn.json: ${cn.codes.length} withdrawn codes, ${currentCn.length} current CN codes`);
}

const fxFile = join(dataDir, 'fx-rates.json');
if (existsSync(fxFile)) {
  const fx = JSON.parse(readFileSync(fxFile, 'utf8'));
  const currencyCodes = new Set(currencies.map((c) => c.code));
  for (const [code, years] of Object.entries(fx.rates)) {
    if (!currencyCodes.has(code)) problems.push(`fx-rates: ${code} is not an ISO 4217 code`);
    for (const [year, rate] of Object.entries(years)) {
      if (!/^\d{4}$/.test(year) || typeof rate !== 'number' || !(rate > 0)) {
        problems.push(`fx-rates: ${code} ${year}: bad entry ${rate}`);
      }
    }
  }
  console.log(`checked fx-rates.json: ${Object.keys(fx.rates).length} currencies`);
}

const unitsFile = join(dataDir, 'units.json');
if (existsSync(unitsFile)) {
  const { units, dimensions = {} } = JSON.parse(readFileSync(unitsFile, 'utf8'));
  const names = new Set();
  for (const u of units) {
    for (const name of [u.id, ...(u.aliases ?? [])]) {
      if (names.has(name)) problems.push(`units: ${name} is defined twice`);
      names.add(name);
    }
    if (u.dimension && !(u.dimension in dimensions))
      problems.push(`units: ${u.id} has undeclared dimension ${u.dimension}`);
    if (u.factor !== undefined && (!u.dimension || !(u.factor > 0))) problems.push(`units: ${u.id} has a bad factor`);
  }
  console.log(`checked units.json: ${units.length} units`);
}

console.log(
  `countries ${countries.length}, subdivisions ${subdivisions.length} ` +
    `(CN ${subdivisions.filter((s) => s.code.startsWith('CN-')).length}), currencies ${currencies.length}`,
);

if (problems.length) {
  for (const p of problems) console.error(`error: ${p}`);
  process.exit(1);
}
