import type { Messages } from './en.js';

export const fr: Messages = {
  loading: 'Chargement des données de l’écosystème…',
  retry: 'Réessayer',
  dataUnavailable: 'Les données de l’écosystème n’ont pas pu être chargées.',
  organizations: { one: '{count} organisation', other: '{count} organisations' },
};
