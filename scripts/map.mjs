// `npm run map`: the map's geometry, made once from the outlines in data/geo/ (see its README) and
// written to src/elements/eco-map/geometry.ts, which is committed; `npm run check:generated` compares
// it with what this script makes now. Build-time tools only: none of them reaches the bundle.
//
// Wallonia's five provinces become one grey shape; everything is projected to the Belgian Lambert 72
// grid (EPSG:31370), simplified with shared edges kept shared, scaled to a view 400 units wide and
// rounded to whole units; each region gets the point inside it farthest from its edges, for its label.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import polylabel from 'polylabel';
import proj4 from 'proj4';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';

const ROOT = normalize(join(import.meta.dirname, '..'));
export const GEOMETRY_FILE = 'src/elements/eco-map/geometry.ts';

/** EPSG:31370, Belgian Lambert 72, as proj4 defines it (with the shift from the Belgian datum). */
const LAMBERT_72 =
  '+proj=lcc +lat_0=90 +lon_0=4.36748666666667 +lat_1=51.1666672333333 +lat_2=49.8333339 +x_0=150000.013 +y_0=5400088.438 ' +
  '+ellps=intl +towgs84=-106.8686,52.2978,-103.7239,0.3366,-0.457,1.8422,-1.2747 +units=m +no_defs';
const WIDTH = 400;
/** The share of points simplification keeps. Voeren and Comines-Warneton are kept whole (below). */
const KEPT = 0.2;
/** Our region ids and the outlines they are drawn from; Wallonia is not a region of ours. */
const FLEMISH = { 'west-flanders': 'BE-WV', 'east-flanders': 'BE-OV', antwerp: 'BE-AN', 'flemish-brabant': 'BE-VB', limburg: 'BE-LI', brussels: 'BE-BU' };
const WALLOON = ['BE-HT', 'BE-BW', 'BE-NA', 'BE-LG', 'BE-LX'];

function readOutlines() {
  const toLambert = proj4('WGS84', LAMBERT_72);
  const project = (coordinates) => (typeof coordinates[0] === 'number' ? toLambert.forward(coordinates) : coordinates.map(project));
  const outlines = {};
  for (const code of [...Object.values(FLEMISH), ...WALLOON]) {
    const { geometry } = JSON.parse(readFileSync(join(ROOT, 'data/geo', `${code}.json`), 'utf8'));
    outlines[code] = { type: geometry.type, coordinates: project(geometry.coordinates) };
  }
  return outlines;
}

/**
 * Simplifies with every edge shared between two regions simplified once, so that neighbours still
 * meet. The rings of exclaves (Voeren, Comines-Warneton) are too small to survive a global threshold,
 * and a map of Flanders without them would be wrong: their points are kept.
 */
function simplified(outlines) {
  const shapes = presimplify(topology(outlines));
  const minWeight = quantile(shapes, KEPT);
  const smallRings = new Set(
    Object.entries(shapes.objects).flatMap(([code, object]) => {
      if (object.type !== 'MultiPolygon') return [];
      const largest = largestPolygon(outlines[code].coordinates);
      return object.arcs.filter((_, i) => i !== outlines[code].coordinates.indexOf(largest)).flat(2);
    }),
  );
  for (const index of smallRings) {
    const arc = shapes.arcs[index < 0 ? ~index : index];
    for (const point of arc) point[2] = Infinity;
  }
  return simplify(shapes, minWeight);
}

/** Twice the area a ring encloses (shoelace), whichever way it turns. */
const ringArea = (ring) => Math.abs(ring.reduce((sum, [x, y], i) => sum + x * ring[(i + 1) % ring.length][1] - ring[(i + 1) % ring.length][0] * y, 0));
const largestPolygon = (polygons) => polygons.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));

/** Rounds and turns polygons into path data: absolute first point, then whole-unit steps. */
function pathOf(polygons, place) {
  let path = '';
  for (const rings of polygons) {
    for (const ring of rings) {
      const points = ring.map(place);
      const steps = [];
      for (let i = 1; i < points.length; i += 1) {
        const [dx, dy] = [points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]];
        if (dx !== 0 || dy !== 0) steps.push(dx, dy);
      }
      path += `M${points[0][0]} ${points[0][1]}l${steps.join(' ').replaceAll(' -', '-')}z`;
    }
  }
  return path;
}

export function makeGeometry() {
  const shapes = simplified(readOutlines());
  const polygonsOf = (geometry) => (geometry.type === 'MultiPolygon' ? geometry.coordinates : [geometry.coordinates]);
  const flemish = Object.entries(FLEMISH).map(([region, code]) => [region, polygonsOf(feature(shapes, shapes.objects[code]).geometry)]);
  const wallonia = polygonsOf(merge(shapes, WALLOON.map((code) => shapes.objects[code])));
  const all = [...flemish.flatMap(([, polygons]) => polygons), ...wallonia].flat(2);
  const [minX, maxX] = [Math.min(...all.map(([x]) => x)), Math.max(...all.map(([x]) => x))];
  const [minY, maxY] = [Math.min(...all.map(([, y]) => y)), Math.max(...all.map(([, y]) => y))];
  const scale = WIDTH / (maxX - minX);
  const height = Math.ceil((maxY - minY) * scale);
  // Lambert's y grows northward, the view's downward.
  const place = ([x, y]) => [Math.round((x - minX) * scale), Math.round((maxY - y) * scale)];
  const regions = flemish
    .map(([region, polygons]) => {
      const label = polylabel(largestPolygon(polygons).map((ring) => ring.map(place)), 1).map(Math.round);
      return { region, d: pathOf(polygons, place), label };
    })
    // West to east, the order a visitor's Tab key takes.
    .sort((a, b) => a.label[0] - b.label[0]);
  return `// Generated by \`npm run map\` (scripts/map.mjs) from data/geo/, whose README says where the outlines
// come from and under which licence. Do not edit.

/** The view the paths are drawn in: Belgium in the Lambert 72 projection, ${WIDTH} units wide. */
export const MAP_VIEW_BOX = '0 0 ${WIDTH} ${height}';

/** Each of our regions on the map, west to east: its outline, and where its label sits. */
export const MAP_REGIONS = [
${regions.map(({ region, d, label }) => `  { region: '${region}', d: '${d}', label: [${label.join(', ')}] },`).join('\n')}
] as const;

/** Wallonia's five provinces as one shape: drawn, not a region of ours. */
export const MAP_WALLONIA = '${pathOf(wallonia, place)}';
`;
}

if (process.argv[1] === import.meta.filename) {
  writeFileSync(join(ROOT, GEOMETRY_FILE), makeGeometry());
  console.log(`wrote ${GEOMETRY_FILE}`);
}
