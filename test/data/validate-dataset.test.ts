import { expect } from '@open-wc/testing';
import {
  CALENDAR_DAY,
  MAX_EVENTS,
  MAX_ID_LENGTH,
  MAX_ITEMS_PER_RECORD,
  MAX_ORGANIZATIONS,
  MAX_SOURCES,
  MAX_STATISTICS,
  MAX_TEXT_LENGTH,
  MAX_VOCABULARY_TERMS,
} from '../../src/data/dataset-schema.js';
import { EcosystemIndex } from '../../src/data/ecosystem-index.js';
import { FOCUS_AREAS, ORGANIZATION_TYPES } from '../../src/data/vocabulary.js';
import { MAX_PROBLEMS, MORE_PROBLEMS_PATH } from '../../src/data/problem-list.js';
import { findReferenceProblems, validateDataset } from '../../src/data/validate-dataset.js';
import { minimalDataset, smallDatasetCopy, vocabularyDataset } from '../fixtures/datasets.js';
import { emptyRecords, parentChain } from '../fixtures/large-datasets.js';

/** The small fixture, open to any change. */
type Editable = Record<string, unknown> & Record<'sources' | 'organizations' | 'events', Record<string, unknown>[]>;
type Change = (dataset: Editable) => void;

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

  it('accepts organizations with only id, name, type and region, and reads every other field as empty', () => {
    const result = validateDataset(minimalDataset());
    expect(result.ok ? [] : result.problems).to.deep.equal([]);
    if (!result.ok) return;
    const { organizations, sources, statistics, events } = result.dataset;
    expect([sources, statistics, events]).to.deep.equal([[], [], []]);
    expect(organizations[0]).to.deep.equal({
      ...minimalDataset().organizations[0],
      aliases: [],
      formerNames: [],
      city: null,
      focus: [],
      figures: [],
      parent: null,
      related: [],
      sources: [],
    });
    expect(organizations[0]!.aliases, 'each record gets lists of its own').to.not.equal(organizations[1]!.aliases);
  });

  it('still requires each organization’s id, name, type and region', () => {
    const paths = problemsOf({ organizations: [{}] }).map((problem) => problem.path);
    expect(paths).to.have.members(['organizations[0].id', 'organizations[0].name', 'organizations[0].type', 'organizations[0].region']);
  });

  it('reports every shape problem with its path, not just the first', () => {
    const dataset = smallDatasetCopy() as unknown as { organizations: Record<string, unknown>[] };
    dataset.organizations[0]!.type = 'castle';
    dataset.organizations[2]!.name = 42;
    dataset.organizations[3]!.sources = 'everywhere';
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

  it('rejects dates that are not days of the calendar, and accepts leap days', () => {
    for (const date of ['2023-02-31', '2023-02-29', '2023-04-31', '1900-02-29', '2023-13-01', '2023-00-10']) {
      const dataset = smallDatasetCopy();
      dataset.sources[0]!.date = date;
      expect(problemsOf(dataset).map((problem) => problem.path), date).to.deep.equal(['sources[0].date']);
    }
    for (const date of ['2024-02-29', '2000-02-29', '2023-12-31', '2023-04-30']) {
      const dataset = smallDatasetCopy();
      dataset.events[0]!.startDate = date;
      expect(validateDataset(dataset).ok, date).to.equal(true);
    }
  });

  it('takes for a date exactly the days the calendar has, over four centuries', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    const disagreements: string[] = [];
    for (let year = 1896; year <= 2304; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const date = new Date(Date.UTC(year, month - 1, day));
          const exists = date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          const text = `${year}-${two(month)}-${two(day)}`;
          if (CALENDAR_DAY.test(text) !== exists) disagreements.push(text);
        }
      }
    }
    expect(disagreements).to.deep.equal([]);
  });

  describe('figures', () => {
    const withFigure = (unit: string, value: number, more: Record<string, unknown> = {}) => {
      const dataset = smallDatasetCopy() as unknown as { organizations: { figures: Record<string, unknown>[] }[] };
      Object.assign(dataset.organizations[2]!.figures[0]!, { unit, value, ...more });
      return dataset;
    };

    it('accepts a range from value to max for amounts, and only a max above the value', () => {
      for (const unit of ['count', 'EUR', 'hectare']) expect(validateDataset(withFigure(unit, 6, { max: 7 })).ok, unit).to.equal(true);
      for (const max of [6, 5]) {
        const problems = problemsOf(withFigure('count', 6, { max }));
        expect(problems.map(({ path, message }) => [path, message])).to.deep.equal([['organizations[2].figures[0]', 'max must be more than value']]);
      }
    });

    it('takes no range for a rank, a first, a multiplier or a year', () => {
      for (const [unit, value] of [['rank', 1], ['first', 1], ['multiplier', 2], ['year', 2020]] as const) {
        expect(problemsOf(withFigure(unit, value, { max: value + 1 })).map((problem) => problem.path), unit).to.deep.equal(['organizations[2].figures[0].max']);
      }
    });

    it('rejects values outside what their unit allows', () => {
      for (const [unit, value] of [['rank', -100], ['rank', 0], ['rank', 1.5], ['count', 1e308], ['count', -1], ['count', 2.5], ['EUR', -5], ['hectare', 1e300], ['multiplier', 1e6], ['year', 20_000], ['year', 999], ['first', 2]] as const) {
        expect(problemsOf(withFigure(unit, value)).map((problem) => problem.path), `${unit} ${value}`).to.deep.equal(['organizations[2].figures[0].value']);
      }
    });

    it('accepts values within what their unit allows', () => {
      for (const [unit, value] of [['rank', 1], ['rank', 1000], ['count', 0], ['count', 55_000], ['EUR', 150_000.5], ['hectare', 17.5], ['multiplier', 2], ['year', 1916], ['first', 1]] as const) {
        expect(validateDataset(withFigure(unit, value)).ok, `${unit} ${value}`).to.equal(true);
      }
    });

    it('rejects an unknown unit once, naming the known ones', () => {
      const problems = problemsOf(withFigure('furlongs', 3));
      expect(problems.map((problem) => problem.path)).to.deep.equal(['organizations[2].figures[0].unit']);
      expect(problems[0]!.message).to.contain('"furlongs"').and.to.contain('"rank"');
    });

    it('bounds regional statistics the same way', () => {
      const dataset = smallDatasetCopy();
      Object.assign(dataset.statistics[0]!, { unit: 'rank', value: -100 });
      expect(problemsOf(dataset).map((problem) => problem.path)).to.deep.equal(['statistics[0].value']);
    });
  });

  describe('a vocabulary of its own', () => {
    it('accepts the types, focus areas and regions it declares, beside ours', () => {
      const dataset = vocabularyDataset();
      const events = [{ id: 'kempen-day', name: 'Campine Day', year: 2026, city: null, region: 'kempen', organizer: 'sleepco', hosts: [], startDate: null, endDate: null, description: { en: 'A day.' }, sources: ['members'] }];
      const result = validateDataset({ ...dataset, events });
      expect(result.ok ? [] : result.problems).to.deep.equal([]);
    });

    it('reports each term it neither declares nor shares with ours, where it is used, with the nearest', () => {
      const dataset = vocabularyDataset();
      dataset.organizations[0]!.type = 'spinoff';
      dataset.organizations[0]!.focus = ['oncology', 'sleep-apnea'];
      dataset.organizations[1]!.region = 'campine';
      dataset.statistics[0]!.region = 'kempn';
      const problems = problemsOf(dataset);
      expect(problems.map(({ path }) => path)).to.deep.equal(['organizations[0].type', 'organizations[0].focus[1]', 'organizations[1].region', 'statistics[0].region']);
      expect(problems[0]!.message).to.contain('"spinoff" is neither one of our types').and.to.contain('"vocabulary.types"').and.to.contain('Did you mean "spin-off"?');
      expect(problems[1]!.message).to.contain('"sleep-apnea" is neither one of our focus areas').and.to.contain('"vocabulary.focus"').and.to.contain('Did you mean "sleep-apnoea"?');
      expect(problems[3]!.message).to.contain('Did you mean "kempen"?').and.to.contain('"antwerp"');
    });

    it('takes no term from a plain object’s prototype: "constructor" is never a term, declared or not', () => {
      const declared = vocabularyDataset();
      // Declared, it is dropped by the validator, which keeps such keys out of every object it returns.
      Object.defineProperty(declared.vocabulary.types, 'constructor', { value: { en: 'Builder' }, enumerable: true });
      declared.organizations[0]!.type = 'constructor';
      expect(problemsOf(declared).map(({ path }) => path)).to.deep.equal(['organizations[0].type']);
      const result = validateDataset(vocabularyDataset());
      const index = new EcosystemIndex(result.ok ? result.dataset : (undefined as never));
      expect(index.termName('type', 'constructor', 'en')).to.equal(undefined);
      expect(index.terms.type).to.not.include('constructor');
    });

    it('wants each term a slug with an English name, and no more than the limit', () => {
      const cases: [string, (vocabulary: Record<string, Record<string, unknown>>) => void][] = [
        ['vocabulary.types.Spin Off', (vocabulary) => (vocabulary.types!['Spin Off'] = { en: 'Spin-off' })],
        ['vocabulary.focus.sleep-apnoea.en', (vocabulary) => (vocabulary.focus!['sleep-apnoea'] = { nl: 'Slaapapneu' })],
        ['vocabulary.regions', (vocabulary) => Object.assign(vocabulary.regions!, Object.fromEntries(Array.from({ length: MAX_VOCABULARY_TERMS }, (_, i) => [`r${i}`, { en: `R${i}` }])))],
        ['vocabulary.sectors', (vocabulary) => (vocabulary.sectors = {})],
      ];
      for (const [path, change] of cases) {
        const dataset = vocabularyDataset();
        change(dataset.vocabulary as unknown as Record<string, Record<string, unknown>>);
        expect(problemsOf(dataset).map((problem) => problem.path.replace(/\["?([^"\]]+)"?\]/g, '.$1')), path).to.deep.equal([path]);
      }
    });

    it('indexes its terms after ours, and names them in a language it gives', () => {
      const result = validateDataset(vocabularyDataset());
      const index = new EcosystemIndex(result.ok ? result.dataset : (undefined as never));
      expect(index.terms.type).to.deep.equal([...ORGANIZATION_TYPES, 'spin-off']);
      expect(index.terms.focus).to.deep.equal([...FOCUS_AREAS, 'sleep-apnoea']);
      expect(index.terms.region.at(-1)).to.equal('kempen');
      expect(index.termName('type', 'spin-off', 'nl')).to.equal('Spin-offbedrijf');
      expect(index.termName('type', 'spin-off', 'fr')).to.equal(undefined);
      expect(index.termName('type', 'university', 'en')).to.equal(undefined);
    });
  });

  describe('limits', () => {
    it('caps every list of the file and of each record', () => {
      const tooMany = (count: number, item: () => unknown = () => ({})) => Array.from({ length: count + 1 }, item) as Record<string, unknown>[];
      const cases: [string, Change][] = [
        ['sources', (d) => (d.sources = tooMany(MAX_SOURCES))],
        ['organizations', (d) => (d.organizations = tooMany(MAX_ORGANIZATIONS))],
        ['statistics', (d) => (d.statistics = tooMany(MAX_STATISTICS))],
        ['events', (d) => (d.events = tooMany(MAX_EVENTS))],
        ...(['aliases', 'formerNames', 'figures', 'related', 'sources'] as const).map(
          (list) => [`organizations[1].${list}`, (d: Editable) => (d.organizations[1]![list] = tooMany(MAX_ITEMS_PER_RECORD))] as [string, Change],
        ),
        ['organizations[1].focus', (d) => (d.organizations[1]!.focus = tooMany(MAX_ITEMS_PER_RECORD, () => 'oncology'))],
        ['events[0].hosts', (d) => (d.events[0]!.hosts = tooMany(MAX_ITEMS_PER_RECORD))],
        ['events[0].sources', (d) => (d.events[0]!.sources = tooMany(MAX_ITEMS_PER_RECORD))],
      ];
      for (const [path, change] of cases) {
        const dataset = smallDatasetCopy() as unknown as Editable;
        change(dataset);
        const problems = problemsOf(dataset);
        expect(problems.map((problem) => problem.path), path).to.deep.equal([path]);
        expect(problems[0]!.message, path).to.match(/^lists [\d,]+ items; at most [\d,]+ are allowed$/);
      }
    });

    it('caps every string, ids and $schema included', () => {
      const cases: [string, Change][] = [
        ['$schema', (d) => (d.$schema = 'x'.repeat(MAX_TEXT_LENGTH + 1))],
        ['organizations[0].id', (d) => (d.organizations[0]!.id = 'a'.repeat(MAX_ID_LENGTH + 1))],
        ['sources[0].file', (d) => (d.sources[0]!.file = 'x'.repeat(MAX_TEXT_LENGTH + 1))],
        ['organizations[0].aliases[0]', (d) => (d.organizations[0]!.aliases = ['x'.repeat(MAX_TEXT_LENGTH + 1)])],
      ];
      for (const [path, change] of cases) {
        const dataset = smallDatasetCopy() as unknown as Editable;
        change(dataset);
        const problems = problemsOf(dataset);
        expect(problems.map((problem) => problem.path), path).to.include(path);
        expect(problems.find((problem) => problem.path === path)!.message, path).to.contain('at most');
      }
    });

    it('refuses 100,000 empty statistics with one problem, before reading any of them', () => {
      expect(problemsOf(emptyRecords('statistics', 100_000))).to.deep.equal([
        { path: 'statistics', message: `lists 100,000 items; at most ${MAX_STATISTICS.toLocaleString('en-US')} are allowed` },
      ]);
    });

    for (const [list, count] of [['statistics', MAX_STATISTICS], ['organizations', MAX_ORGANIZATIONS]] as const) {
      it(`lists the first ${MAX_PROBLEMS} problems of ${count.toLocaleString('en-US')} empty ${list}, and counts the rest in one more`, () => {
        const problems = problemsOf(emptyRecords(list, count));
        expect(problems).to.have.length(MAX_PROBLEMS + 1);
        expect(problems[0]!.path).to.equal(`${list}[0].id`);
        expect(problems.at(-1)!.path).to.equal(MORE_PROBLEMS_PATH);
        expect(problems.at(-1)!.message).to.match(/^and at least [\d,]+ more problems; only the first 100 are listed$/);
        const counted = Number(problems.at(-1)!.message.match(/[\d,]+/)![0].replaceAll(',', ''));
        expect(counted, 'at least one problem for each record not listed').to.be.greaterThan(count - MAX_PROBLEMS);
      });
    }

    it('counts exactly the problems past the limit when it can', () => {
      const dataset = smallDatasetCopy();
      dataset.organizations[0]!.sources = Array.from({ length: MAX_ITEMS_PER_RECORD }, (_, i) => `missing-${i}`);
      dataset.organizations[1]!.sources = Array.from({ length: 50 }, (_, i) => `missing-${i}`);
      const problems = problemsOf(dataset);
      expect(problems).to.have.length(MAX_PROBLEMS + 1);
      expect(problems.at(-1)).to.deep.equal({ path: MORE_PROBLEMS_PATH, message: 'and 50 more problems; only the first 100 are listed' });
    });
  });

  describe('in time linear in the size of the file', () => {
    it('accepts a line of descent 50,000 organizations long', function () {
      // Building and checking 50,000 records takes seconds on a busy machine; how long is the next test's concern.
      this.timeout(60_000);
      const result = validateDataset(parentChain(50_000));
      expect(result.ok ? [] : result.problems).to.deep.equal([]);
    });

    it('checks the parents of 200,000 organizations in one line of descent in linear time', function () {
      this.timeout(60_000);
      const organizations = Array.from({ length: 200_000 }, (_, i) => ({
        id: `org-${i}`,
        type: 'company',
        region: 'antwerp',
        focus: [],
        parent: i < 199_999 ? `org-${i + 1}` : null,
        related: [],
        sources: [],
        figures: [],
      }));
      const started = performance.now();
      const problems = findReferenceProblems({ sources: [], organizations, statistics: [], events: [] });
      const took = performance.now() - started;
      expect(problems).to.deep.equal([]);
      // Linear, this is a fraction of a second; the quadratic walk it replaced needs minutes. The bound
      // only tells the two apart, with room for a machine busy with other work.
      expect(took).to.be.below(15_000);
    });

    it('reports a circle of 50,000 parents once, in a message of bounded length', function () {
      this.timeout(60_000);
      const cycles = problemsOf(parentChain(50_000, { closed: true })).filter((problem) => problem.message.includes('circle'));
      expect(cycles).to.have.length(1);
      expect(cycles[0]!.message).to.contain('org-0 → org-1 → ').and.to.contain('(50,000 organizations in all) → org-0');
      expect(cycles[0]!.message.length).to.be.below(500);
    });
  });
});
