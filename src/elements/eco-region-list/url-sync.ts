import { parseIdList } from '../../shared/attribute-values.js';
import { selectionText, type Selection } from './selection.js';

/**
 * `sync-url` absent is off (`false`), present and empty is on with the usual keys (`true`), and a word
 * is on with keys of its own (`'partners'`).
 */
export const syncUrlAttribute = {
  fromAttribute: (value: string | null): boolean | string => (value === null ? false : value.trim() || true),
};

/** The URL parameter for each part of a selection. */
export type UrlKeys = Record<keyof Selection, string>;

/**
 * The URL parameters a list keeps its filters in, or none without `sync-url`: `eco-region`,
 * `eco-type`, `eco-focus` and `eco-q`; with a word, `eco-<word>-region` and so on, so that two lists
 * on one page keep apart. The `eco-` prefix keeps them from colliding with the host page's own.
 */
export function urlKeysFor(syncUrl: boolean | string | null | undefined): UrlKeys | undefined {
  if (syncUrl === false || syncUrl === null || syncUrl === undefined) return undefined;
  const word = syncUrl === true ? '' : (parseIdList(syncUrl)[0] ?? '');
  const prefix = word ? `eco-${word}-` : 'eco-';
  return { regions: `${prefix}region`, types: `${prefix}type`, focus: `${prefix}focus`, query: `${prefix}q` };
}

/**
 * What the URL says about a selection: only the keys it has, so that a key it lacks leaves the
 * author's attribute as it is. Values the dataset does not know are let go by the list once its data
 * is there (`knownIn`), so a shared link cannot break it.
 */
export function selectionInUrl(keys: UrlKeys): Partial<Selection> {
  const params = new URLSearchParams(location.search);
  const fromUrl: Partial<Selection> = {};
  for (const part of ['regions', 'types', 'focus'] as const) {
    if (params.has(keys[part])) fromUrl[part] = parseIdList(params.get(keys[part]));
  }
  if (params.has(keys.query)) fromUrl.query = params.get(keys.query)!.trim();
  return fromUrl;
}

/**
 * Puts in the page URL where `selection` differs from the author's, and takes out where it does not:
 * an empty value (`eco-region=`) then says the visitor cleared what the author chose, and no key
 * says "as the author wrote". The page's own parameters stay.
 */
export function writeSelectionToUrl(keys: UrlKeys, selection: Selection, authored: Selection): void {
  const url = new URL(location.href);
  for (const part of Object.keys(keys) as (keyof Selection)[]) {
    const text = selectionText(selection[part]);
    if (text === selectionText(authored[part])) url.searchParams.delete(keys[part]);
    else url.searchParams.set(keys[part], text);
  }
  history.replaceState(history.state, '', url);
}
