import { expect, waitUntil } from '@open-wc/testing';
import manifest from '../../custom-elements.json';
import '../../src/define.js';
import type { EcoProvider } from '../../src/elements/eco-provider/eco-provider.js';
import { smallDatasetCopy } from '../fixtures/datasets.js';
import { recordWarnings } from '../helpers/console.js';
import { renderedText } from '../helpers/rendered-text.js';
import { CASES, type AttributeValue } from './transition-cases.js';

/*
 * After any change, an element must show exactly what a new element made with the final state shows:
 * the same visible text, the same text for screen readers, the same JSON-LD, and the same warnings
 * for that step as the new element gives when it first appears.
 */

type Host = HTMLElement & { updateComplete: Promise<boolean> } & Record<string, unknown>;
type State = Record<string, AttributeValue>;
/** Properties set from script, after the element is made. */
type Properties = Record<string, unknown>;

interface ManifestAttribute {
  name: string;
  fieldName?: string;
  type?: { text: string };
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
  members?: { kind: string; name: string; attribute?: string; privacy?: string; static?: boolean; readonly?: boolean }[];
}
const declarations = manifest.modules.flatMap((module) => ((module as { declarations?: ManifestDeclaration[] }).declarations ?? []).filter((declaration) => declaration.tagName));
const declarationOf = (tag: string) => declarations.find((declaration) => declaration.tagName === tag)!;

/** An attribute's value as its property takes it: `''` is true for a boolean, "2" is 2 for a number. */
function asProperty(attribute: ManifestAttribute, value: AttributeValue): unknown {
  const type = attribute.type?.text ?? 'string';
  if (type === 'boolean') return value !== null;
  if (value === null) return undefined;
  return type === 'number' ? Number(value) : value;
}

interface Setup {
  name: string;
  /** Attributes added to the element's base. */
  base?: Record<string, string>;
  /** Brings an element into the setup's situation once it has rendered, before any change. */
  prepare?: (element: Host) => Promise<void>;
  /** Only valid values: an invalid attribute takes away what the setup prepared. */
  validOnly?: boolean;
  /** Only these attributes, where others would take away what the setup prepared. */
  attributes?: string[];
}

const SETUPS: Record<string, Setup[]> = {
  'eco-org-card': [{ name: '' }],
  'eco-region-list': [
    { name: '' },
    { name: ', with sync-url', base: { 'sync-url': '' } },
    {
      name: ', with the dialog open',
      validOnly: true,
      // A query with no results has no list to choose from, and with href choosing follows the link.
      // The dialog is the first card's: a filter, sort or grouping puts another organization in that
      // card, where a new list's first card would open the dialog of that one.
      attributes: ['layout', 'controls', 'page-size', 'lang', 'theme'],
      prepare: async (list) => {
        // Each card opens its own dialog: the first card's, here.
        const card = list.shadowRoot!.querySelector<Host>('.results > li > *')!;
        card.shadowRoot!.querySelector<HTMLButtonElement>('.name button')!.click();
        await waitUntil(() => card.shadowRoot!.querySelector('dialog')?.open, 'the dialog did not open');
      },
    },
  ],
  'eco-stats': [{ name: '' }, { name: ', counting up', base: { 'count-up': '' } }],
  'eco-provider': [{ name: '' }],
  'eco-map': [{ name: '' }, { name: ', as a table', base: { layout: 'table' }, attributes: ['type', 'focus', 'region', 'heading-level', 'lang', 'theme'] }],
};

/** Every eco-* element in the composed tree under `root`, `root` included. */
function ecoElementsIn(root: Element): Host[] {
  const found: Host[] = [];
  const visit = (node: Element) => {
    if (node.localName.startsWith('eco-')) found.push(node as Host);
    for (const child of node.children) visit(child);
    if (node.shadowRoot) for (const child of node.shadowRoot.children) visit(child);
  };
  visit(root);
  return found;
}

const busy = (root: Element) => ecoElementsIn(root).some((element) => element.shadowRoot?.querySelector('[aria-busy="true"]'));

/** A count-up still on its way: its moving number is not yet the final one beside it. */
const counting = (root: Element) =>
  ecoElementsIn(root).some((element) =>
    [...(element.shadowRoot?.querySelectorAll('.counting') ?? [])].some(
      (value) => value.querySelector('.count')?.textContent !== value.querySelector('.visually-hidden')?.textContent,
    ),
  );

const nextFrame = () => new Promise((done) => requestAnimationFrame(done));

const settled = async (root: Element) => {
  const done = await Promise.all(ecoElementsIn(root).map((element) => element.updateComplete));
  return done.every(Boolean) && !busy(root) && !counting(root);
};

/**
 * Waits until every element under `root` has rendered its latest state, no data is on its way and no
 * number is counting up. Where a count-up may begin, two frames later observers (its first sight of
 * the element) have had their say too, so the state holds.
 */
async function settle(root: Element): Promise<void> {
  const deadline = performance.now() + 8000;
  for (;;) {
    if (await settled(root)) {
      if (!ecoElementsIn(root).some((element) => element.hasAttribute('count-up') || element.countUp)) return;
      await nextFrame();
      await nextFrame();
      if (await settled(root)) return;
    }
    if (performance.now() > deadline) throw new Error('the elements did not settle within 8 s');
    await nextFrame();
  }
}

/** Every stage of a test, removed after it. */
const stages: HTMLElement[] = [];
afterEach(() => stages.splice(0).forEach((stage) => stage.remove()));

function markup(tag: string, state: State, content = ''): string {
  const attributes = Object.entries(state)
    .filter(([, value]) => value !== null)
    .map(([name, value]) => (value === '' ? name : `${name}="${value!.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`))
    .join(' ');
  return `<${tag} ${attributes}>${content}</${tag}>`;
}

interface Stage {
  /** The page around the element: a `lang`, and optionally a provider with data of its own. */
  lang: string;
  data?: unknown;
}

/** Puts an element on a stage; off screen, it is never seen, so it never counts up. */
async function stageElement(tag: string, state: State, stage: Stage, { offScreen = false, content = '', properties = {} as Properties } = {}) {
  const container = document.createElement('div');
  container.style.cssText = `width: 800px; ${offScreen ? 'position: fixed; left: -10000px; top: 0;' : ''}`;
  container.lang = stage.lang;
  document.body.append(container);
  stages.push(container);
  const tagged = markup(tag, state, content);
  container.innerHTML = stage.data === undefined ? tagged : `<eco-provider>${tagged}</eco-provider>`;
  if (stage.data !== undefined) (container.firstElementChild as EcoProvider).data = stage.data;
  const element = container.querySelector(tag) as Host;
  Object.assign(element, properties);
  await settle(container);
  return { container, element };
}

/** What a new element with `state` shows, and what it warns when it appears. */
async function fresh(tag: string, state: State, stage: Stage, setup: Setup, content?: string, properties: Properties = {}) {
  const recorder = recordWarnings();
  try {
    const { container, element } = await stageElement(tag, state, stage, { offScreen: true, content, properties });
    await setup.prepare?.(element);
    await settle(container);
    return { text: renderedText(element), warnings: recorder.warnings };
  } finally {
    recorder.stop();
  }
}

/** Makes the element, then takes it through `steps`, comparing it with a new element after each. */
type Step = { say: string; change: (state: State, stage: Stage, element: Host, properties: Properties) => void };

async function walk(tag: string, setup: Setup, steps: Step[]) {
  const cases = CASES[tag]!;
  const state: State = { ...cases.base, ...setup.base };
  const properties: Properties = {};
  const stage: Stage = { lang: 'en' };
  const recorder = recordWarnings();
  const { container, element } = await stageElement(tag, state, stage, { content: cases.content });
  await setup.prepare?.(element);
  recorder.stop();
  for (const { say, change } of steps) {
    const during = recordWarnings();
    try {
      change(state, stage, element, properties);
      await settle(container);
    } finally {
      during.stop();
    }
    const shown = renderedText(element);
    const expected = await fresh(tag, { ...state }, { ...stage }, setup, cases.content, { ...properties });
    expect(shown, `after ${say}`).to.deep.equal(expected.text);
    expect(during.warnings, `warnings after ${say}`).to.deep.equal(expected.warnings);
  }
}

function setAttribute(element: Element, name: string, value: AttributeValue) {
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

describe('transitions: after any change, an element shows what a new one with the final state shows', () => {
  for (const [tag, cases] of Object.entries(CASES)) {
    for (const setup of SETUPS[tag]!) {
      describe(`<${tag}>${setup.name}`, () => {
        for (const [attribute, { valid, invalid }] of Object.entries(cases.attributes)) {
          if (setup.attributes && !setup.attributes.includes(attribute)) continue;
          const start = { ...cases.base, ...setup.base }[attribute] ?? null;
          const invalidValues = setup.validOnly ? [] : invalid;
          // Each invalid value, then back; the first one twice, since a problem that returns is told again.
          const values = [...valid, ...[...invalidValues, ...invalidValues.slice(0, 1)].flatMap((value) => [value, start]), start];
          it(`${attribute}: ${values.map((value) => (value === null ? '(none)' : `"${value}"`)).join(' → ')}`, async () => {
            await walk(
              tag,
              setup,
              values.map((value) => ({
                say: `${attribute}=${value === null ? '(none)' : `"${value}"`}`,
                change: (state, _stage, element) => {
                  state[attribute] = value;
                  setAttribute(element, attribute, value);
                },
              })),
            );
          });
        }

        for (const [attribute, { valid }] of Object.entries(cases.attributes)) {
          if (setup.attributes && !setup.attributes.includes(attribute)) continue;
          const declared = declarationOf(tag).attributes!.find(({ name }) => name === attribute)!;
          const values = valid.map((value) => asProperty(declared, value));
          it(`the ${declared.fieldName} property: ${values.map((value) => JSON.stringify(value) ?? 'undefined').join(' → ')}`, async () => {
            await walk(
              tag,
              setup,
              values.map((value) => ({
                say: `${declared.fieldName} = ${JSON.stringify(value)}`,
                change: (state, _stage, element, properties) => {
                  // The attribute no longer speaks for the property: a new element gets only the property.
                  delete state[attribute];
                  properties[declared.fieldName!] = value;
                  element[declared.fieldName!] = value;
                },
              })),
            );
          });
        }

        for (const [property, values] of Object.entries(cases.properties ?? {})) {
          it(`the ${property} property: set, changed and unset`, async () => {
            await walk(
              tag,
              setup,
              values.map((make, i) => ({
                say: `${property} = value ${i + 1}`,
                change: (_state, _stage, element, properties) => {
                  properties[property] = make();
                  element[property] = properties[property];
                },
              })),
            );
          });
        }

        it('the page’s lang changes around it, and back', async () => {
          await walk(
            tag,
            setup,
            ['nl', 'de', 'en'].map((lang) => ({
              say: `lang="${lang}" on an ancestor`,
              change: (_state, stage, element) => {
                stage.lang = lang;
                element.closest<HTMLElement>('[lang]')!.lang = lang;
              },
            })),
          );
        });
      });
    }
  }

  describe('the data changes under the elements', () => {
    for (const tag of ['eco-org-card', 'eco-region-list', 'eco-stats', 'eco-map']) {
      it(`<${tag}> follows its provider’s data to another dataset and back`, async () => {
        const cases = CASES[tag]!;
        const state: State = { ...cases.base };
        const { container, element } = await stageElement(tag, state, { lang: 'en', data: undefined });
        // The same element, now inside a provider whose data changes.
        const provider = document.createElement('eco-provider');
        container.append(provider);
        provider.append(element);
        for (const data of [smallDatasetCopy(), undefined, smallDatasetCopy()]) {
          const during = recordWarnings();
          provider.data = data;
          await settle(container);
          during.stop();
          const shown = renderedText(element);
          const expected = await fresh(tag, state, { lang: 'en', data }, { name: '' });
          expect(shown, data ? 'the small dataset' : 'the bundled dataset').to.deep.equal(expected.text);
          expect(during.warnings, 'warnings').to.deep.equal(expected.warnings);
        }
      });
    }
  });

  it('covers every attribute and property of every element in custom-elements.json', () => {
    expect(declarations.map((declaration) => declaration.tagName)).to.have.members(Object.keys(CASES));
    for (const declaration of declarations) {
      const cases = CASES[declaration.tagName!]!;
      for (const { name } of declaration.attributes ?? []) {
        expect(Object.keys(cases.attributes), `<${declaration.tagName}> ${name} has no transition cases`).to.include(name);
      }
      const scriptOnly = (declaration.members ?? []).filter(
        (member) => member.kind === 'field' && !member.attribute && !member.static && !member.privacy && !member.readonly,
      );
      for (const { name } of scriptOnly) {
        expect(Object.keys(cases.properties ?? {}), `<${declaration.tagName}>'s ${name} property has no transition cases`).to.include(name);
      }
    }
  });
});
