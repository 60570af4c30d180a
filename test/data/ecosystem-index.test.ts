import { expect } from '@open-wc/testing';
import { EcosystemIndex } from '../../src/data/ecosystem-index.js';
import { smallDatasetCopy } from '../fixtures/datasets.js';

describe('EcosystemIndex', () => {
  const index = new EcosystemIndex(smallDatasetCopy());

  it('finds an organization by id, name, alias, name in another language or former name, ignoring case, accents and punctuation', () => {
    for (const asked of ['ghent-university', 'Ghent University', 'UGENT', 'universiteit-gent', 'Universitéit  Gent', 'universite de gand']) {
      expect(index.find(asked)?.id, asked).to.equal('ghent-university');
    }
    expect(index.find('LifeTechValley')?.id).to.equal('happy-aging');
  });

  it('keeps a former name apart from a look-alike current name', () => {
    expect(index.find('LifeTechLimburg')?.id).to.equal('lifetechlimburg');
    expect(index.find('LifeTech Valley')?.id).to.equal('happy-aging');
  });

  it('finds nothing for an unknown name, and suggests close ones', () => {
    expect(index.find('Gent Universty')).to.equal(undefined);
    expect(index.suggest('Gent Universty').map((org) => org.id)).to.include('ghent-university');
    expect(index.suggest('zzzzzzzzzzzz')).to.deep.equal([]);
  });

  it('filters by region, type and focus, and searches names, aliases and descriptions', () => {
    const ids = (orgs: { id: string }[]) => orgs.map((org) => org.id);
    expect(ids(index.filter({ regions: ['limburg'] }))).to.have.members(['happy-aging', 'lifetechlimburg']);
    expect(ids(index.filter({ types: ['university'], regions: ['antwerp'] }))).to.deep.equal(['universiteit-antwerpen']);
    expect(ids(index.filter({ focus: ['immunology', 'medtech'] }))).to.have.members(['inflammation-research-center', 'lifetechlimburg']);
    expect(ids(index.filter({ query: 'VACCINE antwerp' }))).to.deep.equal(['universiteit-antwerpen']);
    expect(ids(index.filter({ query: 'IRC' }))).to.deep.equal(['inflammation-research-center']);
    expect(index.filter()).to.have.length(5);
  });

  it('counts organizations by type, region and focus', () => {
    expect(index.countBy('region').get('limburg')).to.equal(2);
    expect(index.countBy('type').get('university')).to.equal(2);
    expect(index.countBy('focus').get('immunology')).to.equal(1);
    expect(index.countBy('type', index.filter({ regions: ['antwerp'] })).get('university')).to.equal(1);
  });

  it('resolves relations in both directions', () => {
    const ghent = index.get('ghent-university')!;
    expect(index.relationsOf(ghent).children.map((org) => org.id)).to.deep.equal(['inflammation-research-center']);
    const irc = index.get('inflammation-research-center')!;
    expect(index.relationsOf(irc).parent?.id).to.equal('ghent-university');
    const antwerp = index.get('universiteit-antwerpen')!;
    expect(index.relationsOf(antwerp).related).to.deep.equal([{ kind: 'partner', organization: ghent }]);
  });

  it('gives statistics, events and sources, by region where asked', () => {
    expect(index.statistics('antwerp').map((figure) => figure.id)).to.deep.equal(['fixture-healthtech-ventures']);
    expect(index.statistics('limburg')).to.deep.equal([]);
    expect(index.events().map((event) => event.id)).to.deep.equal(['fixture-conference']);
    expect(index.source('fixture-source')?.title).to.equal('A made-up source for tests');
  });

  it('never takes a property that every object has for an id, name, source or figure of the data', () => {
    for (const inherited of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'prototype']) {
      expect(index.get(inherited), inherited).to.equal(undefined);
      expect(index.find(inherited), inherited).to.equal(undefined);
      expect(index.source(inherited), inherited).to.equal(undefined);
      expect(index.figure(inherited), inherited).to.equal(undefined);
    }
  });

  it('finds data whose ids and names are those of inherited properties, and only that', () => {
    const dataset = smallDatasetCopy();
    Object.assign(dataset.organizations[0]!, { id: 'constructor', name: 'toString', aliases: ['__proto__'], city: 'constructor' });
    dataset.organizations[1]!.parent = 'constructor';
    const tricky = new EcosystemIndex(dataset);
    const constructorOrg = dataset.organizations[0]!;
    expect(tricky.get('constructor')).to.equal(constructorOrg);
    expect(tricky.find('toString')).to.equal(constructorOrg);
    expect(tricky.find('__proto__')).to.equal(constructorOrg);
    expect(tricky.find('valueOf')).to.equal(undefined);
    expect(tricky.relationsOf(constructorOrg).children.map((org) => org.id)).to.deep.equal(['inflammation-research-center']);
    expect(tricky.relationsOf(dataset.organizations[2]!).children).to.deep.equal([]);
    expect(tricky.filter({ query: 'constructor' })).to.deep.equal([]);
  });
});
