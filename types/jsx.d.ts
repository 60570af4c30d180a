import type {
  EcoMap,
  EcoRegionSelectDetail,
  EcoErrorDetail,
  EcoOrgCard,
  EcoSelectDetail,
  EcoErrorDetail,
  EcoProvider,
  EcoErrorDetail,
  EcoDataChangeDetail,
  EcoRegionList,
  EcoSelectDetail,
  EcoFilterChangeDetail,
  EcoErrorDetail,
  EcoStats,
  EcoErrorDetail,
} from "../dist/lib/index.js";

/**
 * This type can be used to create scoped tags for your components.
 *
 * Usage:
 *
 * ```ts
 * import type { ScopedElements } from "path/to/library/jsx-integration";
 *
 * declare module "my-library" {
 *   namespace JSX {
 *     interface IntrinsicElements
 *       extends ScopedElements<'test-', ''> {}
 *   }
 * }
 * ```
 *
 */
export type ScopedElements<Prefix extends string = "", Suffix extends string = ""> = {
  [Key in keyof CustomElements as `${Prefix}${Key}${Suffix}`]: CustomElements[Key];
};

type BaseProps = {
  /** Content added between the opening and closing tags of the element */
  children?: any;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  class?: string;
  /** Used for declaratively styling one or more elements using CSS (Cascading Stylesheets) */
  className?: string;
  /** Takes an object where the key is the class name(s) and the value is a boolean expression. When true, the class is applied, and when false, it is removed. */
  classList?: Record<string, boolean | undefined>;
  /** Specifies the text direction of the element. */
  dir?: "ltr" | "rtl";
  /** Contains a space-separated list of the part names of the element that should be exposed on the host element. */
  exportparts?: string;
  /** For <label> and <output>, lets you associate the label with some control. */
  htmlFor?: string;
  /** Specifies whether the element should be hidden. */
  hidden?: boolean | string;
  /** A unique identifier for the element. */
  id?: string;
  /** Keys tell React which array item each component corresponds to */
  key?: string | number;
  /** Specifies the language of the element. */
  lang?: string;
  /** Contains a space-separated list of the part names of the element. Part names allows CSS to select and style specific elements in a shadow tree via the ::part pseudo-element. */
  part?: string;
  /** Use the ref attribute with a variable to assign a DOM element to the variable once the element is rendered. */
  ref?: unknown | ((e: unknown) => void);
  /** Adds a reference for a custom element slot */
  slot?: string;
  /** Prop for setting inline styles */
  style?: Record<string, string | number>;
  /** Overrides the default Tab button behavior. Avoid using values other than -1 and 0. */
  tabIndex?: number;
  /** Specifies the tooltip text for the element. */
  title?: string;
  /** Passing 'no' excludes the element content from being translated. */
  translate?: "yes" | "no";
};

type BaseEvents = {};

export type EcoMapProps = {
  /** Count only these types of organization, comma-separated, as on the list. */
  type?: EcoMap["type"];
  /** Count only these focus areas, comma-separated. The property is `focusAreas`, as on the list. */
  focus?: EcoMap["focusAreas"];
  /** The chosen region's id. With `for`, it is the linked list's region, whichever of the two sets it. */
  region?: EcoMap["region"];
  /** The id of an `<eco-region-list>` on the page: choosing a region sets that list's `region`, and the
list's regions, however they are set, show as chosen here. */
  for?: EcoMap["for"];
  /** `map` (default), or `table`: the same numbers and choices as a table. A button switches between them. */
  layout?: EcoMap["layout"];
  /** The level of the heading, 2 to 6, to fit the page's outline. */
  "heading-level"?: EcoMap["headingLevel"];
  /** The UI language: `en`, `nl`, `fr` or `de`. Unset, the element follows the closest `lang` of its
ancestors, else English. */
  lang?: EcoMap["lang"];
  /** `light` or `dark` to force one, `auto` to follow the visitor's `prefers-color-scheme`. Unset, the
element follows the page's own `color-scheme`, so a light page gets light widgets. */
  theme?: EcoMap["theme"];

  /** A region was chosen, or the choice cleared (`region: null`). Cancelable: `preventDefault()` keeps the choice from being made. */
  "oneco-region-select"?: (e: CustomEvent<EcoRegionSelectDetail>) => void;
  /** `type` or `focus` names something that does not exist. */
  "oneco-error"?: (e: CustomEvent<EcoErrorDetail>) => void;
};

export type EcoOrgCardProps = {
  /** The organization's id, or any of its names or aliases (case- and accent-insensitive). */
  org?: EcoOrgCard["org"];
  /** `full`, or `compact` for name, type and place on one line. */
  layout?: EcoOrgCard["layout"];
  /** The level of the name's heading, 2 to 6, to fit the page's outline. */
  "heading-level"?: EcoOrgCard["headingLevel"];
  /** A link for the name (and related organizations); `{id}` is replaced, as in `/partners/{id}`. */
  href?: EcoOrgCard["href"];
  /** Leaves out the schema.org JSON-LD the card otherwise writes into its light DOM. */
  "no-jsonld"?: EcoOrgCard["noJsonld"];
  /** The UI language: `en`, `nl`, `fr` or `de`. Unset, the element follows the closest `lang` of its
ancestors, else English. */
  lang?: EcoOrgCard["lang"];
  /** `light` or `dark` to force one, `auto` to follow the visitor's `prefers-color-scheme`. Unset, the
element follows the page's own `color-scheme`, so a light page gets light widgets. */
  theme?: EcoOrgCard["theme"];
  /** A record to show instead of looking `org` up; validated like a dataset's. */
  organization?: EcoOrgCard["organization"];
  /** Without `href`, the compact card's name or a related organization was activated. Cancelable: `preventDefault()` keeps the card from opening its dialog. */
  "oneco-select"?: (e: CustomEvent<EcoSelectDetail>) => void;
  /** The organization is missing, unknown or invalid. */
  "oneco-error"?: (e: CustomEvent<EcoErrorDetail>) => void;
};

export type EcoProviderProps = {
  /** URL of a dataset in the format of `data/ecosystem.schema.json`, relative to the page. */
  src?: EcoProvider["src"];
  /** How long to wait for `src`, in milliseconds (1 to 600000), before showing a time-out. Anything
else means the default, 15000, with a warning. */
  timeout?: EcoProvider["timeout"];
  /** The UI language: `en`, `nl`, `fr` or `de`. Unset, the element follows the closest `lang` of its
ancestors, else English. */
  lang?: EcoProvider["lang"];
  /** `light` or `dark` to force one, `auto` to follow the visitor's `prefers-color-scheme`. Unset, the
element follows the page's own `color-scheme`, so a light page gets light widgets. */
  theme?: EcoProvider["theme"];
  /** A dataset object, used instead of `src`. It is validated like a fetched one. */
  data?: EcoProvider["data"];
  /** The dataset could not be loaded or is invalid; `problems` lists its mistakes with their paths: the first 100, then one that counts the rest. */
  "oneco-error"?: (e: CustomEvent<EcoErrorDetail>) => void;
  /** The data the provider hands down changed. */
  "oneco-data-change"?: (e: CustomEvent<EcoDataChangeDetail>) => void;
};

export type EcoRegionListProps = {
  /** Region ids, comma-separated (`antwerp, limburg`), or none for all. The property also takes an
array (`['antwerp', 'limburg']`). */
  region?: EcoRegionList["region"];
  /** Organization types, comma-separated (`incubator, science-park`); the property also takes an array. */
  type?: EcoRegionList["type"];
  /** Focus areas, comma-separated (`oncology, vaccines`); the property also takes an array. The
attribute is `focus`; the property is `focusAreas`, because `focus` is every element's focus()
method. */
  focus?: EcoRegionList["focusAreas"];
  /** Free text to search names, aliases and descriptions for. */
  query?: EcoRegionList["query"];
  /** `name` (default, in the language's alphabetical order), `type` or `region`. */
  sort?: EcoRegionList["sort"];
  /** `none` (default), `type` or `region`: headed groups. */
  "group-by"?: EcoRegionList["groupBy"];
  /** `list` (default, one per row) or `grid`. */
  layout?: EcoRegionList["layout"];
  /** Which controls to show: any of `search`, `filters`, `sort`, space-separated. None by default. */
  controls?: EcoRegionList["controls"];
  /** How many organizations to show before a "Show more" button. */
  "page-size"?: EcoRegionList["pageSize"];
  /** Keeps the visitor's filters in the page URL, so a filtered view can be shared and survives a
reload. `sync-url` alone uses the keys `eco-region`, `eco-type`, `eco-focus` and `eco-q`; with a
word, `sync-url="partners"`, the keys are the list's own: `eco-partners-region`,
`eco-partners-type`, `eco-partners-focus` and `eco-partners-q`, so two lists on a page keep apart.
The URL holds only what the visitor changed: a key it lacks leaves the attribute's value. As a
property: `false` (off), `true` (the usual keys) or the word. */
  "sync-url"?: EcoRegionList["syncUrl"];
  /** A link for each organization; `{id}` is filled in. Without it, choosing one opens a dialog. */
  href?: EcoRegionList["href"];
  /** The UI language: `en`, `nl`, `fr` or `de`. Unset, the element follows the closest `lang` of its
ancestors, else English. */
  lang?: EcoRegionList["lang"];
  /** `light` or `dark` to force one, `auto` to follow the visitor's `prefers-color-scheme`. Unset, the
element follows the page's own `color-scheme`, so a light page gets light widgets. */
  theme?: EcoRegionList["theme"];
  /** What the list shows now: the ids of each filter (the attributes', a shared link's or the
visitor's), and the search. `eco-filter-change` tells when it changes. */
  filters?: EcoRegionList["filters"];
  /** An organization was chosen. Cancelable: `preventDefault()` keeps its card from opening the dialog. */
  "oneco-select"?: (e: CustomEvent<EcoSelectDetail>) => void;
  /** What the list shows changed: a filter, the search, or an attribute; also when it first shows a filter. The detail is the `filters` property. */
  "oneco-filter-change"?: (e: CustomEvent<EcoFilterChangeDetail>) => void;
  /** An attribute names a region, type or focus area that does not exist. */
  "oneco-error"?: (e: CustomEvent<EcoErrorDetail>) => void;
};

export type EcoStatsProps = {
  /** A region id; absent for all of Flanders. */
  region?: EcoStats["region"];
  /** An organization's id or name, to show its figures instead of a region's. */
  org?: EcoStats["org"];
  /** Which figures to show, by id, comma-separated, in that order. Absent: the region's headline figures. */
  metrics?: EcoStats["metrics"];
  /** Adds counts made from the dataset: how many organizations of each type the region has. */
  counts?: EcoStats["counts"];
  /** `tiles` (default), `inline` (one line) or `chart` (bars of organizations by type: the eight
largest types, and one bar for the rest that a button unfolds). */
  layout?: EcoStats["layout"];
  /** Counts the numbers up when they first come into view, unless the visitor prefers reduced motion.
`--eco-count-up-duration` (default `900ms`) sets how long it takes. */
  "count-up"?: EcoStats["countUp"];
  /** The UI language: `en`, `nl`, `fr` or `de`. Unset, the element follows the closest `lang` of its
ancestors, else English. */
  lang?: EcoStats["lang"];
  /** `light` or `dark` to force one, `auto` to follow the visitor's `prefers-color-scheme`. Unset, the
element follows the page's own `color-scheme`, so a light page gets light widgets. */
  theme?: EcoStats["theme"];

  /** The region, organization or a metric does not exist. */
  "oneco-error"?: (e: CustomEvent<EcoErrorDetail>) => void;
};

export type CustomElements = {
  /**
   * A map of the provinces that counts the organizations in each, and drives a list.
   * ---
   *
   *
   * ### **Events:**
   *  - **eco-region-select** - A region was chosen, or the choice cleared (`region: null`). Cancelable: `preventDefault()` keeps the choice from being made.
   * - **eco-error** - `type` or `focus` names something that does not exist.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * - **define(tag: _string_, registry: _CustomElementRegistry_): _DefineOutcome_** - Defines this element as `tag`, and the elements it renders. A tag that is already taken is left as
   * it is; if another version took it, one warning says so. Never throws for a taken tag.
   *
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--eco-color-text** - Text, and the chosen region's outline. _(default: undefined)_
   * - **--eco-color-text-muted** - The caption. _(default: undefined)_
   * - **--eco-color-border** - Region borders and Wallonia. _(default: undefined)_
   * - **--eco-color-focus** - Focus ring. _(default: undefined)_
   * - **--eco-map-shade-1** - The lightest shade of the scale, for the fewest organizations (also `--eco-map-shade-2` to `--eco-map-shade-5`, the most). _(default: undefined)_
   * - **--eco-spacing** - Spacing. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **heading** - The heading above the map.
   * - **toggle** - The button that shows the numbers as a table, or as a map again.
   * - **map** - The map's drawing.
   * - **label** - A number (and, where there is room, a name) printed on a region.
   * - **caption** - What the map shows.
   * - **elsewhere** - The counts of organizations that are in no one province.
   * - **table** - The table layout's table.
   * - **status** - Messages when there is nothing to show.
   */
  "eco-map": Partial<EcoMapProps & BaseProps & BaseEvents>;

  /**
   * A card for one organization, in every state.
   * ---
   *
   *
   * ### **Events:**
   *  - **eco-select** - Without `href`, the compact card's name or a related organization was activated. Cancelable: `preventDefault()` keeps the card from opening its dialog.
   * - **eco-error** - The organization is missing, unknown or invalid.
   *
   * ### **Methods:**
   *  - **focus(options: _FocusOptions_): _void_** - Focuses the card's name, its first control, so lists can move focus from card to card.
   *
   *
   *
   *
   *
   * - **define(tag: _string_, registry: _CustomElementRegistry_): _DefineOutcome_** - Defines this element as `tag`, and the elements it renders. A tag that is already taken is left as
   * it is; if another version took it, one warning says so. Never throws for a taken tag.
   *
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--eco-color-surface** - Card background. _(default: undefined)_
   * - **--eco-color-surface-raised** - Background of tags and the skeleton. _(default: undefined)_
   * - **--eco-color-text** - Main text colour. _(default: undefined)_
   * - **--eco-color-text-muted** - Secondary text colour. _(default: undefined)_
   * - **--eco-color-accent** - Figures and links. _(default: undefined)_
   * - **--eco-color-border** - Card border. _(default: undefined)_
   * - **--eco-color-focus** - Focus ring. _(default: undefined)_
   * - **--eco-font-family** - Font. _(default: undefined)_
   * - **--eco-radius** - Corner radius. _(default: undefined)_
   * - **--eco-shadow** - The dialog's shadow. _(default: undefined)_
   * - **--eco-spacing** - Inner spacing. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **card** - The card's box, in every state.
   * - **avatar** - The monogram, coloured by the kind of organization.
   * - **name** - The heading with the organization's name.
   * - **type** - The kind of organization.
   * - **place** - City and region.
   * - **description** - The description.
   * - **tags** - The list of focus areas.
   * - **figures** - The list of key figures.
   * - **relations** - Parent, former names and related organizations.
   * - **source** - The source line.
   * - **status** - The loading, not-found and error messages.
   * - **dialog** - The dialog with a chosen organization's full card.
   */
  "eco-org-card": Partial<EcoOrgCardProps & BaseProps & BaseEvents>;

  /**
   * Swaps in your own dataset or language for the elements inside.
   * ---
   *
   *
   * ### **Events:**
   *  - **eco-error** - The dataset could not be loaded or is invalid; `problems` lists its mistakes with their paths: the first 100, then one that counts the rest.
   * - **eco-data-change** - The data the provider hands down changed.
   *
   * ### **Methods:**
   *  - **reload(): _Promise<void>_** - Loads `src` again, for example after a network failure.
   * - **define(tag: _string_, registry: _CustomElementRegistry_): _DefineOutcome_** - Defines this element as `tag`, and the elements it renders. A tag that is already taken is left as
   * it is; if another version took it, one warning says so. Never throws for a taken tag.
   *
   *
   *
   *
   *
   * ### **Slots:**
   *  - _default_ - The eco-* elements (and anything else) that should use this data.
   */
  "eco-provider": Partial<EcoProviderProps & BaseProps & BaseEvents>;

  /**
   * A directory of the ecosystem, with faceted filters and search.
   * ---
   *
   *
   * ### **Events:**
   *  - **eco-select** - An organization was chosen. Cancelable: `preventDefault()` keeps its card from opening the dialog.
   * - **eco-filter-change** - What the list shows changed: a filter, the search, or an attribute; also when it first shows a filter. The detail is the `filters` property.
   * - **eco-error** - An attribute names a region, type or focus area that does not exist.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * - **define(tag: _string_, registry: _CustomElementRegistry_): _DefineOutcome_** - Defines this element as `tag`, and the elements it renders. A tag that is already taken is left as
   * it is; if another version took it, one warning says so. Never throws for a taken tag.
   *
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--eco-color-accent** - Chosen filters and their counts. _(default: undefined)_
   * - **--eco-color-border** - Borders of controls and cards. _(default: undefined)_
   * - **--eco-color-surface** - Background of controls and menus; the list itself has none, so it sits on the page. _(default: undefined)_
   * - **--eco-color-text** - Text. _(default: undefined)_
   * - **--eco-color-focus** - Focus ring. _(default: undefined)_
   * - **--eco-radius** - Corner radius. _(default: undefined)_
   * - **--eco-spacing** - Spacing. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **controls** - The search box and the filter menus, when shown.
   * - **search** - The search box.
   * - **filters** - The buttons that open the filter menus.
   * - **menu** - One filter's menu of options.
   * - **chip** - A chosen filter value; pressing it removes it.
   * - **summary** - The line that counts the results, or says that nothing matches.
   * - **results** - The list of organizations.
   * - **item** - One organization in the list.
   * - **empty** - The summary and its way out, when nothing matches.
   * - **more** - The button that shows more results.
   * - **dialog** - The dialog with an organization's full card (each card's, exported).
   * - **status** - Messages about the data or the attributes.
   */
  "eco-region-list": Partial<EcoRegionListProps & BaseProps & BaseEvents>;

  /**
   * A headline band or small infographic of the ecosystem's figures.
   * ---
   *
   *
   * ### **Events:**
   *  - **eco-error** - The region, organization or a metric does not exist.
   *
   * ### **Methods:**
   *
   *
   *
   *
   * - **define(tag: _string_, registry: _CustomElementRegistry_): _DefineOutcome_** - Defines this element as `tag`, and the elements it renders. A tag that is already taken is left as
   * it is; if another version took it, one warning says so. Never throws for a taken tag.
   *
   *
   *
   *
   *
   * ### **CSS Properties:**
   *  - **--eco-color-accent** - Numbers and bars. _(default: undefined)_
   * - **--eco-color-surface** - The tiles' background, and the element's where its `theme` is set; else it has none and sits on the page's. _(default: undefined)_
   * - **--eco-color-text** - Text. _(default: undefined)_
   * - **--eco-color-text-muted** - Years and sources. _(default: undefined)_
   * - **--eco-color-border** - Tile borders. _(default: undefined)_
   * - **--eco-radius** - Corner radius. _(default: undefined)_
   * - **--eco-spacing** - Spacing. _(default: undefined)_
   * - **--eco-count-up-duration** - How long counting up takes, as `900ms` (the default) or `1.5s`. _(default: undefined)_
   *
   * ### **CSS Parts:**
   *  - **stats** - The element's box.
   * - **tile** - One figure in the tiles layout.
   * - **value** - A figure's number.
   * - **label** - What a figure counts.
   * - **chart** - The bar chart.
   * - **sources** - The numbered list of sources.
   * - **status** - Messages when there is nothing to show.
   */
  "eco-stats": Partial<EcoStatsProps & BaseProps & BaseEvents>;
};
