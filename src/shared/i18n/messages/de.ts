import type { Messages } from './en.js';

export const de: Messages = {
  loading: 'Die Ökosystemdaten werden geladen…',
  retry: 'Erneut versuchen',
  dataUnavailable: 'Die Ökosystemdaten konnten nicht geladen werden.',
  organizations: { one: '{count} Organisation', other: '{count} Organisationen' },
};
