import type { FocusArea, OrganizationType, Qualifier, Region, RelationKind } from '../../../data/vocabulary.js';
import type { PluralForms } from '../format.js';

/**
 * English is the reference: every other language provides exactly these keys. A message with parts
 * to fill in is a function, so the compiler checks every language's parts, and text from a page or a
 * dataset is only ever a value: never a pattern that could rewrite the message.
 */
export const en = {
  loading: 'Loading the ecosystem data…',
  retry: 'Try again',
  dataUnavailable: 'The ecosystem data could not be loaded.',
  organizations: { one: (count: string) => `${count} organization`, other: (count: string) => `${count} organizations` },

  orgMissing: 'No organization chosen yet.',
  orgNotFound: (query: string) => `No organization called “${query}” was found.`,
  didYouMean: (names: string) => `Did you mean ${names}?`,
  orgInvalid: 'This organization record is incomplete, so it cannot be shown.',
  focusAreas: 'Focus areas',
  keyFigures: 'Key figures',
  relations: 'Relations',
  partOf: 'Part of',
  includes: 'Includes',
  formerly: 'Formerly',
  source: { one: 'Source', other: 'Sources' },

  search: 'Search organizations',
  filters: 'Filters',
  region: 'Region',
  type: 'Type',
  focusArea: 'Focus area',
  sortBy: 'Sort by',
  sortName: 'Name',
  sortType: 'Type',
  sortRegion: 'Region',
  organizationsIn: { one: (count: string, place: string) => `${count} organization in ${place}`, other: (count: string, place: string) => `${count} organizations in ${place}` },
  noResults: 'No organizations match these filters.',
  clearFilters: 'Clear filters',
  clearSearch: 'Clear the search',
  showAllRegions: 'Show all of Flanders',
  noMatchesFor: (query: string) => `No organizations match “${query}”.`,
  noneIn: (place: string) => `No organizations in ${place} yet.`,
  removeFilter: (value: string) => `Remove ${value}`,
  showMore: { one: (count: string) => `Show ${count} more`, other: (count: string) => `Show ${count} more` },
  close: 'Close',
  /** A value of an attribute that names nothing we know, by attribute. */
  unknown: {
    region: (value: string) => `There is no region called “${value}”.`,
    type: (value: string) => `There is no kind of organization called “${value}”.`,
    focus: (value: string) => `There is no focus area called “${value}”.`,
    metrics: (value: string) => `There is no figure called “${value}”.`,
  },
  results: 'Organizations',

  /** How a figure's qualifier reads around its formatted value. */
  qualifiers: {
    exact: (value: string) => value,
    'at-least': (value: string) => `more than ${value}`,
    about: (value: string) => `about ${value}`,
    'up-to': (value: string) => `up to ${value}`,
  } satisfies Record<Qualifier, (value: string) => string>,
  rank: (value: string) => `No. ${value}`,
  /** A figure that is first in time, not in size, read before its label: "First seaport in Europe to …". */
  first: 'First',
  multiplier: (value: string) => `${value}×`,

  relationKinds: {
    partner: 'Partners',
    'member-of': 'Member of',
    'located-at': 'Located at',
    'formed-from': 'Formed from',
    'founded-by': 'Founded by',
    'supported-by': 'Supported by',
    'affiliated-with': 'Affiliated with',
    'part-of-network': 'Part of the network of',
  } satisfies Record<RelationKind, string>,


  noFigures: (place: string) => `There are no key figures for ${place} yet.`,
  chartSummary: (place: string, list: string) => `Organizations by type in ${place}: ${list}.`,
  sourceNumber: (number: string) => `Source ${number}`,
  typeColumn: 'Type',
  countColumn: 'Number',
  /** The chart's last bar, for the types beyond its first few; `count` is how many types it holds (two or more). */
  otherTypes: (count: string) => `${count} other types`,
  showAllTypes: 'Show all types',
  showFewerTypes: 'Show fewer types',

  mapHeading: 'Organizations by region',
  mapLabel: 'Map of Flanders and Brussels',
  mapCaption: 'The stronger the colour, the more organizations a region has.',
  countingOnly: (list: string) => `Counting only: ${list}.`,
  notOnMap: (list: string) => `Not on this map: ${list}.`,
  mapNames: 'Point at or tap a region to see its name.',
  mapChoose: 'Choose a region to see who is there.',
  mapElsewhere: 'Across a wider area',
  showTable: 'Show as table',
  showMap: 'Show as map',

  /**
   * A type's name after a number ("6 incubators"); capitalized, `one` is also its label
   * ("Incubator"), so each name is translated once.
   */
  typeCounts: {
    university: { one: 'university', other: 'universities' },
    'academic-hospital': { one: 'academic hospital', other: 'academic hospitals' },
    hospital: { one: 'hospital', other: 'hospitals' },
    'hospital-network': { one: 'hospital network', other: 'hospital networks' },
    'research-institute': { one: 'research institute', other: 'research institutes' },
    'university-centre': { one: 'university research centre', other: 'university research centres' },
    'hospital-department': { one: 'hospital department', other: 'hospital departments' },
    'university-department': { one: 'university department', other: 'university departments' },
    'university-lab': { one: 'university laboratory', other: 'university laboratories' },
    incubator: { one: 'incubator', other: 'incubators' },
    'science-park': { one: 'science park', other: 'science parks' },
    accelerator: { one: 'accelerator', other: 'accelerators' },
    cluster: { one: 'cluster or sector organization', other: 'cluster and sector organizations' },
    government: { one: 'government body', other: 'government bodies' },
    programme: { one: 'programme', other: 'programmes' },
    platform: { one: 'platform or network', other: 'platforms and networks' },
    company: { one: 'company', other: 'companies' },
    pharma: { one: 'pharmaceutical company', other: 'pharmaceutical companies' },
    agbiotech: { one: 'agricultural biotech company', other: 'agricultural biotech companies' },
    facility: { one: 'facility', other: 'facilities' },
    association: { one: 'association', other: 'associations' },
    media: { one: 'media outlet', other: 'media outlets' },
    'care-provider': { one: 'care provider', other: 'care providers' },
  } satisfies Record<OrganizationType, PluralForms<string>>,

  regions: {
    antwerp: 'Antwerp',
    'east-flanders': 'East Flanders',
    'west-flanders': 'West Flanders',
    'flemish-brabant': 'Flemish Brabant',
    limburg: 'Limburg',
    brussels: 'Brussels',
    flanders: 'Flanders',
    belgium: 'Belgium',
    international: 'International',
  } satisfies Record<Region, string>,

  /** City names as the dataset writes them (English), where this language names them otherwise. */
  cities: {} as Record<string, string>,

  focus: {
    oncology: 'Oncology',
    neuroscience: 'Neuroscience',
    cardiovascular: 'Cardiovascular',
    diabetes: 'Diabetes',
    immunology: 'Immunology',
    inflammation: 'Inflammation',
    'infectious-diseases': 'Infectious diseases',
    vaccines: 'Vaccines',
    genetics: 'Genetics',
    genomics: 'Genomics',
    'reproductive-medicine': 'Reproductive medicine',
    'sleep-medicine': 'Sleep medicine',
    respiratory: 'Respiratory care',
    'mental-health': 'Mental health',
    dermatology: 'Dermatology',
    'ageing-and-care': 'Ageing and care',
    rehabilitation: 'Rehabilitation',
    'regenerative-medicine': 'Regenerative medicine',
    'advanced-therapies': 'Advanced therapies',
    'drug-discovery': 'Drug discovery',
    biotechnology: 'Biotechnology',
    'industrial-biotechnology': 'Industrial biotechnology',
    agbiotech: 'Agricultural biotech',
    'food-and-nutrition': 'Food and nutrition',
    'biobased-economy': 'Biobased economy',
    medtech: 'Medtech',
    'medical-imaging': 'Medical imaging',
    diagnostics: 'Diagnostics',
    'digital-health': 'Digital health',
    'health-data': 'Health data',
    nanotechnology: 'Nanotechnology',
    robotics: 'Robotics',
    'structural-biology': 'Structural biology',
    microbiology: 'Microbiology',
    biobanking: 'Biobanking',
    'clinical-research': 'Clinical research',
    'public-health': 'Public health',
    'pharma-manufacturing': 'Pharma manufacturing',
    logistics: 'Logistics',
    entrepreneurship: 'Entrepreneurship',
  } satisfies Record<FocusArea, string>,
};

export type MessageTable = typeof en;
