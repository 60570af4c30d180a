import { expect } from '@open-wc/testing';
import { MAP_REGIONS, MAP_VIEW_BOX, MAP_WALLONIA } from '../../src/elements/eco-map/geometry.js';
import { PLACE_REGIONS } from '../../src/data/vocabulary.js';

/*
 * The map's geometry as a browser draws it (scripts/map.mjs makes it from data/geo/): every place of
 * ours once, each label inside its own outline and no other, the exclaves still there.
 */

const SVG = 'http://www.w3.org/2000/svg';

function drawn(d: string): SVGPathElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', MAP_VIEW_BOX);
  const path = document.createElementNS(SVG, 'path');
  path.setAttribute('d', d);
  svg.append(path);
  document.body.append(svg);
  return path;
}

const inside = (path: SVGPathElement, [x, y]: readonly number[]) => path.isPointInFill(new DOMPoint(x, y));

describe('the map geometry', () => {
  afterEach(() => document.querySelectorAll('svg').forEach((svg) => svg.remove()));

  it('has every place of ours once, west to east, in a view 400 units wide', () => {
    expect(MAP_REGIONS.map(({ region }) => region)).to.have.members([...PLACE_REGIONS]);
    const xs = MAP_REGIONS.map(({ label }) => label[0]);
    expect(xs).to.deep.equal([...xs].sort((a, b) => a - b));
    const [, , width, height] = MAP_VIEW_BOX.split(' ').map(Number);
    expect(width).to.equal(400);
    for (const { d } of MAP_REGIONS) {
      const box = drawn(d).getBBox();
      expect(box.x).to.be.at.least(0);
      expect(box.x + box.width).to.be.at.most(width!);
      expect(box.y + box.height).to.be.at.most(height!);
    }
  });

  it('puts each label inside its own region and outside every other (Brussels is a hole in Flemish Brabant)', () => {
    const paths = MAP_REGIONS.map(({ d }) => drawn(d));
    const wallonia = drawn(MAP_WALLONIA);
    MAP_REGIONS.forEach(({ region, label }, i) => {
      const containing = MAP_REGIONS.filter((_, j) => inside(paths[j]!, label)).map((other) => other.region);
      expect(containing, region).to.deep.equal([MAP_REGIONS[i]!.region]);
      expect(inside(wallonia, label), `${region} in Wallonia`).to.equal(false);
    });
  });

  it('keeps the exclaves: Voeren with Limburg, Comines-Warneton with Wallonia', () => {
    const limburg = MAP_REGIONS.find(({ region }) => region === 'limburg')!;
    expect(limburg.d.match(/M/g)).to.have.length(2);
    expect(MAP_WALLONIA.match(/M/g)!.length).to.be.at.least(2);
    // Each piece is a shape, not a point: its box is several units wide.
    for (const piece of limburg.d.split(/(?=M)/)) expect(drawn(piece).getBBox().width, piece.slice(0, 12)).to.be.above(3);
  });
});
