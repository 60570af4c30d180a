/*
 * The values each attribute goes through in the transition suite: valid ones, and invalid ones that
 * must be told politely. `null` removes the attribute; `''` sets a boolean one. The first state of
 * every case is the element's `base`, which is valid.
 */
import { smallDatasetCopy } from '../fixtures/datasets.js';

export type AttributeValue = string | null;

export interface AttributeCases {
  valid: AttributeValue[];
  invalid: AttributeValue[];
}

export interface ElementCases {
  /** Attributes every state starts from. */
  base: Record<string, string>;
  /** Light-DOM content the element is given, for the provider. */
  content?: string;
  attributes: Record<string, AttributeCases>;
  /** Properties with no attribute: the values they go through, each made afresh for every element. */
  properties?: Record<string, (() => unknown)[]>;
}

const lang: AttributeCases = { valid: ['nl', 'fr', 'de', null], invalid: ['xx'] };
const theme: AttributeCases = { valid: ['dark', 'light', null], invalid: ['neon'] };
const flag: AttributeCases = { valid: ['', null], invalid: [] };

export const CASES: Record<string, ElementCases> = {
  'eco-org-card': {
    base: { org: 'imec' },
    attributes: {
      org: { valid: ['UZA', 'Universiteit Antwerpen', 'antwerp-health-harbour'], invalid: ['imecc', 'x$&y', null] },
      layout: { valid: ['compact', 'full', null], invalid: ['poster'] },
      'heading-level': { valid: ['2', '6', null], invalid: ['9', 'abc'] },
      href: { valid: ['/partners/{id}', 'mailto:info@example.org', null], invalid: ['javascript:alert(1)'] },
      'no-jsonld': flag,
      lang,
      theme,
    },
    properties: {
      organization: [() => smallDatasetCopy().organizations[0], () => ({ id: 'Not A Slug', name: 42 }), () => smallDatasetCopy().organizations[1], () => undefined],
    },
  },
  'eco-region-list': {
    base: { region: 'limburg', controls: 'search filters sort' },
    attributes: {
      region: { valid: ['antwerp', 'antwerp, brussels', null], invalid: ['atlantis'] },
      type: { valid: ['incubator', 'incubator, science-park', null], invalid: ['castle'] },
      focus: { valid: ['rehabilitation', null], invalid: ['alchemy'] },
      query: { valid: ['hasselt', 'nothing matches this', null], invalid: [] },
      sort: { valid: ['type', 'region', null], invalid: ['size'] },
      'group-by': { valid: ['type', 'region', 'none', null], invalid: ['colour'] },
      layout: { valid: ['grid', null], invalid: ['carousel'] },
      controls: { valid: ['search', '', null], invalid: ['everything'] },
      'page-size': { valid: ['2', '500', null], invalid: ['0', 'abc'] },
      'sync-url': flag,
      href: { valid: ['/partners/{id}', null], invalid: ['javascript:alert(1)'] },
      lang,
      theme,
    },
  },
  'eco-stats': {
    base: { region: 'antwerp' },
    attributes: {
      region: { valid: ['limburg', null], invalid: ['atlantis', 'antwerp, limburg'] },
      org: { valid: ['Ghent University Hospital', null], invalid: ['imecc'] },
      metrics: { valid: ['antwerp-students, limburg-hospitals', null], invalid: ['antwerp-studnets'] },
      counts: flag,
      layout: { valid: ['inline', 'chart', null], invalid: ['pie'] },
      'count-up': flag,
      lang,
      theme,
    },
  },
  'eco-map': {
    base: {},
    attributes: {
      type: { valid: ['incubator', 'university, hospital', null], invalid: ['castle'] },
      focus: { valid: ['oncology', null], invalid: ['alchemy'] },
      region: { valid: ['antwerp', 'brussels, limburg', null], invalid: ['atlantis'] },
      // No list has this id: the map counts as before, and warns.
      for: { valid: [null], invalid: ['no-such-list'] },
      layout: { valid: ['table', 'map', null], invalid: ['globe'] },
      'heading-level': { valid: ['2', '6', null], invalid: ['9'] },
      lang,
      theme,
    },
  },
  'eco-provider': {
    base: {},
    content: '<eco-org-card org="ghent-university"></eco-org-card><eco-stats layout="inline"></eco-stats>',
    attributes: {
      src: { valid: ['/test/fixtures/small-dataset.json', null], invalid: ['/test-network/status?code=404'] },
      timeout: { valid: ['5000', null], invalid: ['abc', '-5'] },
      lang,
      theme,
    },
    properties: {
      data: [() => smallDatasetCopy(), () => ({ organizations: 'none' }), () => smallDatasetCopy(), () => undefined],
    },
  },
};
