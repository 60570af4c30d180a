import { expect } from '@open-wc/testing';
import { validateDataset } from '../../src/data/validate-dataset.js';
import { smallDatasetCopy } from '../fixtures/datasets.js';

function problemsOf(input: unknown) {
  const result = validateDataset(input);
  expect(result.ok, 'the dataset should be rejected').to.equal(false);
  return result.ok ? [] : result.problems;
}

describe('validateDataset', () => {
  it('accepts a valid dataset and returns it', () => {
    const result = validateDataset(smallDatasetCopy());
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.dataset.organizations).to.have.length(5);
  });

  it('reports every shape problem with its path, not just the first', () => {
    const dataset = smallDatasetCopy() as unknown as { organizations: Record<string, unknown>[] };
    dataset.organizations[0]!.type = 'castle';
    dataset.organizations[2]!.name = 42;
    delete dataset.organizations[3]!.sources;
    dataset.organizations[4]!.favouriteColour = 'green';
    const paths = problemsOf(dataset).map((problem) => problem.path);
    expect(paths).to.include.members([
      'organizations[0].type',
      'organizations[2].name',
      'organizations[3].sources',
      'organizations[4].favouriteColour',
    ]);
  });

  it('names the allowed values when an enum value is unknown', () => {
    const dataset = smallDatasetCopy();
    (dataset.organizations[0] as { region: string }).region = 'atlantis';
    const [problem] = problemsOf(dataset);
    expect(problem!.message).to.contain('"atlantis"').and.to.contain('"antwerp"');
  });

  it('reports wrong shapes and dangling references together', () => {
    const dataset = smallDatasetCopy() as unknown as { organizations: Record<string, unknown>[] };
    dataset.organizations[0]!.type = 'castle';
    dataset.organizations[1]!.parent = 'nowhere';
    expect(problemsOf(dataset).map((problem) => problem.path)).to.include.members(['organizations[0].type', 'organizations[1].parent']);
  });

  it('survives junk in every list without throwing', () => {
    const junk = { sources: [null, 3], organizations: [null, 'x', { id: 7, parent: 9, related: 'no', figures: [null] }], statistics: {}, events: [[]] };
    expect(problemsOf(junk).length).to.be.greaterThan(3);
  });

  it('rejects what is not a dataset at all', () => {
    for (const junk of [null, 'text', 42, [], { organizations: 'many' }]) {
      expect(problemsOf(junk)).to.not.be.empty;
    }
  });

  it('reports duplicate ids', () => {
    const dataset = smallDatasetCopy();
    dataset.organizations[1]!.id = 'ghent-university';
    expect(problemsOf(dataset).map((p) => p.message).join()).to.contain('"ghent-university" is used more than once');
  });

  it('reports parents, relations, hosts and sources that do not resolve', () => {
    const dataset = smallDatasetCopy();
    dataset.organizations[1]!.parent = 'nowhere-university';
    dataset.organizations[2]!.related[0]!.id = 'ghost';
    dataset.events[0]!.hosts = ['phantom'];
    dataset.organizations[0]!.sources = ['unlisted-source'];
    const paths = problemsOf(dataset).map((problem) => problem.path);
    expect(paths).to.include.members([
      'organizations[1].parent',
      'organizations[2].related[0].id',
      'events[0].hosts[0]',
      'organizations[0].sources[0]',
    ]);
  });

  it('reports a cycle of parents once, naming its members', () => {
    const dataset = smallDatasetCopy();
    dataset.organizations[0]!.parent = 'inflammation-research-center';
    const cycles = problemsOf(dataset).filter((problem) => problem.message.includes('circle'));
    expect(cycles).to.have.length(1);
    expect(cycles[0]!.message).to.contain('ghent-university').and.to.contain('inflammation-research-center');
  });

  it('reports an organization that is its own parent', () => {
    const dataset = smallDatasetCopy();
    dataset.organizations[0]!.parent = 'ghent-university';
    expect(problemsOf(dataset).map((p) => p.message)).to.include('an organization cannot be its own parent');
  });
});
