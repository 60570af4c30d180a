// A dataset of `count` made-up organizations, the same for the same count: names, places, types and
// focus areas drawn from fixed lists by a seeded generator.
import { FOCUS_AREAS, ORGANIZATION_TYPES, PLACE_REGIONS } from '../dist/lib/data/vocabulary.js';

function seededRandom(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['bio', 'gen', 'med', 'tech', 'vita', 'neuro', 'cura', 'onco', 'lumi', 'nova', 'cell', 'thera', 'path', 'sana', 'immu', 'cardi'];
const WORDS = ['research', 'platform', 'clinic', 'therapies', 'diagnostics', 'imaging', 'data', 'vaccines', 'devices', 'care', 'labs', 'health'];
const CITIES = ['Antwerp', 'Ghent', 'Leuven', 'Hasselt', 'Brussels', 'Kortrijk', 'Mechelen', 'Genk'];

export function syntheticDataset(count) {
  const random = seededRandom(count);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const organizations = Array.from({ length: count }, (_, i) => {
    const name = `${pick(SYLLABLES)}${pick(SYLLABLES)} ${pick(WORDS)} ${i}`.replace(/^./, (c) => c.toUpperCase());
    return {
      id: `synthetic-${i}`,
      name,
      aliases: [name.split(' ')[0].toUpperCase()],
      formerNames: [],
      type: pick(ORGANIZATION_TYPES),
      region: pick(PLACE_REGIONS),
      city: pick(CITIES),
      description: { en: `A made-up organization working on ${pick(WORDS)} and ${pick(WORDS)} in ${pick(CITIES)}.` },
      focus: [pick(FOCUS_AREAS), pick(FOCUS_AREAS)].filter((area, j, all) => all.indexOf(area) === j),
      figures: [],
      parent: null,
      related: [],
      sources: ['synthetic'],
    };
  });
  return {
    sources: [{ id: 'synthetic', title: 'Synthetic benchmark data', publisher: null, date: null }],
    organizations,
    statistics: [],
    events: [],
  };
}
