import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import bundled from '../../data/ecosystem.json';
import { CuratedDatasetSchema, type CuratedDataset } from '../../src/data/curated-dataset-schema.js';
import type { LocalizedText } from '../../src/data/dataset-schema.js';
import { normalizeText } from '../../src/data/normalize.js';
import { findReferenceProblems, validateDataset } from '../../src/data/validate-dataset.js';

const dataset = bundled as CuratedDataset;
const WORD_RUN = 10;

/** The source texts: our copy of ../shared/sources, in data/sources/. */
async function sourceTexts(): Promise<Map<string, string>> {
  const files: string[] = await (await fetch('/source-texts/')).json();
  const texts = await Promise.all(files.map(async (file) => (await fetch(`/data/sources/${file}`)).text()));
  return new Map(files.map((file, i) => [file, texts[i]!]));
}

function wordRuns(text: string, length: number): string[] {
  const words = normalizeText(text).split(' ').filter(Boolean);
  return words.slice(0, Math.max(0, words.length - length + 1)).map((_, i) => words.slice(i, i + length).join(' '));
}

/** Every text we wrote ourselves, with where it sits, for the own-words check. */
function ourTexts(): [string, string][] {
  const localized = (where: string, text: LocalizedText) => Object.entries(text).map(([lang, value]) => [`${where}.${lang}`, value] as [string, string]);
  return [
    ...dataset.organizations.flatMap((org) => [
      ...localized(`${org.id}.description`, org.description),
      ...org.figures.flatMap((figure) => localized(`${org.id}.${figure.id}.label`, figure.label)),
    ]),
    ...dataset.statistics.flatMap((figure) => localized(`${figure.id}.label`, figure.label)),
    ...dataset.events.flatMap((event) => localized(`${event.id}.description`, event.description)),
  ];
}

describe('the bundled dataset (data/ecosystem.json)', () => {
  it('matches the schema', () => {
    const result = validateDataset(bundled);
    expect(result.ok ? [] : result.problems).to.deep.equal([]);
  });

  it('matches the curated profile: every field stated, described in English and Dutch, with a source', () => {
    const result = v.safeParse(CuratedDatasetSchema, bundled);
    expect(result.issues?.map((issue) => `${v.getDotPath(issue)}: ${issue.message}`) ?? []).to.deep.equal([]);
  });

  it('has unique ids and references that all resolve', () => {
    expect(findReferenceProblems(dataset)).to.deep.equal([]);
  });

  it('gives every organization, figure and event a source it lists', () => {
    for (const org of dataset.organizations) {
      expect(org.sources, org.id).to.not.be.empty;
      for (const figure of org.figures) expect(org.sources, `${org.id}: ${figure.id}`).to.include(figure.source);
    }
    for (const event of dataset.events) expect(event.sources, event.id).to.not.be.empty;
  });

  it('describes everything in English and Dutch', () => {
    const missing = [
      ...dataset.organizations.flatMap((org) => [org.description, ...org.figures.map((figure) => figure.label)].map((text) => [org.id, text] as const)),
      ...dataset.statistics.map((figure) => [figure.id, figure.label] as const),
      ...dataset.events.map((event) => [event.id, event.description] as const),
    ]
      .filter(([, text]) => !text.en || !text.nl)
      .map(([id]) => id);
    expect(missing).to.deep.equal([]);
  });

  it('draws on every source text, and cites only those', async () => {
    const files = [...(await sourceTexts()).keys()];
    expect(dataset.sources.map((source) => source.file).sort()).to.deep.equal(files);
    const cited = new Set(dataset.organizations.flatMap((org) => org.sources));
    expect(dataset.sources.filter((source) => !cited.has(source.id))).to.deep.equal([]);
  });

  it('uses only names and aliases that the sources use', async () => {
    const corpus = normalizeText([...(await sourceTexts()).values()].join(' ')).replaceAll(' ', '');
    const unknown = dataset.organizations
      .flatMap((org) => [...org.aliases, ...org.formerNames])
      .filter((name) => !corpus.includes(normalizeText(name).replaceAll(' ', '')));
    expect(unknown).to.deep.equal([]);
  });

  it(`shares no run of ${WORD_RUN} words with the source texts`, async () => {
    const sourceRuns = new Set([...(await sourceTexts()).values()].flatMap((text) => wordRuns(text, WORD_RUN)));
    const copied = ourTexts().filter(([, text]) => wordRuns(text, WORD_RUN).some((run) => sourceRuns.has(run)));
    expect(copied.map(([where]) => where)).to.deep.equal([]);
  });

  it('is caught by the own-words check when a sentence is copied', async () => {
    const [first] = (await sourceTexts()).values();
    const copiedSentence = first!.split(/(?<=\.)\s/).find((sentence) => sentence.split(/\s+/).length > 15)!;
    const sourceRuns = new Set(wordRuns(first!, WORD_RUN));
    expect(wordRuns(`Our words, then: ${copiedSentence}`, WORD_RUN).some((run) => sourceRuns.has(run))).to.equal(true);
  });
});
