/** English is the reference: every other language provides exactly these keys. */
export const en = {
  loading: 'Loading the ecosystem data…',
  retry: 'Try again',
  dataUnavailable: 'The ecosystem data could not be loaded.',
  organizations: { one: '{count} organization', other: '{count} organizations' },
};

export type Messages = typeof en;
