import { html, nothing } from 'lit';

/**
 * Escape should hand focus back to the button when it closes a menu with focus inside, but Chromium
 * looks for that focus in the page's tree, where it sees only our host, and leaves focus nowhere.
 */
function returnFocus(event: ToggleEvent): void {
  const menu = event.target as HTMLElement;
  if (event.newState === 'closed' && menu.matches(':focus-within')) (menu.previousElementSibling as HTMLElement).focus();
}

/**
 * One filter as a button that opens a menu of checkboxes: a value for each that would show something
 * (`counts` says how many organizations it would show), and those `chosen`, so they can be unchosen.
 * The button counts the values chosen ("Type 2"). The menu is a native popover, so the browser does
 * nearly all a menu needs: a click outside or Escape closes it, Tab goes from the button into the open
 * menu, and the button tells screen readers whether the menu is open.
 */
export function filterMenu(
  id: string,
  name: string,
  values: readonly string[],
  label: (value: string) => string,
  counts: Map<string, number>,
  chosen: readonly string[],
  toggle: (value: string) => void,
) {
  return html`<button type="button" class="button" popovertarget=${id}>
      ${name} ${chosen.length ? html`<span class="badge">${chosen.length}</span>` : nothing}
    </button>
    <div part="menu" class="menu" id=${id} popover role="group" aria-label=${name} @beforetoggle=${returnFocus}>
      ${values
        .filter((value) => counts.has(value) || chosen.includes(value))
        .map(
          (value) => html`<label class="option">
            <input type="checkbox" .checked=${chosen.includes(value)} @change=${() => toggle(value)} />
            ${label(value)}
            <span class="count">${counts.get(value) ?? 0}</span>
          </label>`,
        )}
    </div>`;
}
