import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseIdList } from '../../shared/attribute-values.js';
import type { EcoFilterChangeDetail } from '../../shared/events.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Keeps a map and the `<eco-region-list>` its `for` names in step. The list's regions reach the map
 * however they were set (its attribute or property, the visitor's filters, a shared link): the list
 * says so with `eco-filter-change`, which is heard on the page, so a list added or replaced later is
 * followed too. The map's choice is written to the list's `region` attribute.
 */
export class LinkedListController implements ReactiveController {
  private root?: Node;

  /**
   * @param listId the id of the list, if one is linked
   * @param follow called with the list's regions whenever they change
   */
  constructor(
    private readonly host: Host,
    private readonly listId: () => string | undefined,
    private readonly follow: (regions: string[]) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.root = this.host.getRootNode();
    this.root.addEventListener('eco-filter-change', this.onFilterChange);
    // A map upgraded while the page is still being parsed may come before its list: look again at the end.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.host.requestUpdate(), { once: true });
  }

  hostDisconnected(): void {
    this.root?.removeEventListener('eco-filter-change', this.onFilterChange);
  }

  /** The linked list, when the page has an element with that id. */
  get list(): HTMLElement | null {
    const id = this.listId();
    return id ? ((this.host.getRootNode() as Document | ShadowRoot).getElementById?.(id) ?? null) : null;
  }

  /** The list's regions now: from its `filters` once it is defined, from its attribute before. */
  read(): string[] | undefined {
    const list = this.list as (HTMLElement & { filters?: EcoFilterChangeDetail }) | null;
    return list ? (list.filters?.region ?? parseIdList(list.getAttribute('region'))) : undefined;
  }

  /** Shows `region` in the list (all of them for none); false when there is no list to show it in. */
  write(region: string | undefined): boolean {
    const list = this.list;
    if (list && region) list.setAttribute('region', region);
    else list?.removeAttribute('region');
    return list !== null;
  }

  private readonly onFilterChange = (event: Event): void => {
    const id = this.listId();
    if (id && (event.composedPath()[0] as Element).id === id) this.follow((event as CustomEvent<EcoFilterChangeDetail>).detail.region);
  };
}
