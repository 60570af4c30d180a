import type { Messages } from './en.js';

export const nl: Messages = {
  loading: 'De ecosysteemgegevens worden geladen…',
  retry: 'Opnieuw proberen',
  dataUnavailable: 'De ecosysteemgegevens konden niet worden geladen.',
  organizations: { one: '{count} organisatie', other: '{count} organisaties' },
};
