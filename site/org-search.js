// The builder's `org` field: a search as you type over every organization's names, aliases and id, in
// any language and with or without accents, that suggests the best few and writes the chosen one's id.
// It follows the ARIA combobox pattern with a list popup (WAI-ARIA Authoring Practices): the focus stays
// in the field, arrows move through the suggestions, Enter takes one, Escape closes them.

const SHOWN = 8;

/** Text as it is compared: lower case, without accents ("Université" finds "universite"). */
const fold = (text) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * The organizations whose names hold every word of `query`, best first: a name that starts with the
 * query, then one with a word that does, then any; each with the name that matched.
 */
function suggestionsFor(query, organizations) {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const found = [];
  for (const organization of organizations) {
    let best;
    for (const name of [organization.id, ...organization.names]) {
      const folded = fold(name);
      if (!words.every((word) => folded.includes(word))) continue;
      const rank = folded.startsWith(words[0]) ? 0 : folded.split(/[^\p{L}\p{N}]+/u).some((part) => part.startsWith(words[0])) ? 1 : 2;
      if (!best || rank < best.rank) best = { organization, matched: name, rank };
    }
    if (best) found.push(best);
  }
  return found.sort((a, b) => a.rank - b.rank || a.organization.names[0].localeCompare(b.organization.names[0])).slice(0, SHOWN);
}

/** Turns `input` into the search; a choice sets its value to the organization's id and fires `input`. */
export function searchOrganizations(input, organizations) {
  const list = Object.assign(document.createElement('ul'), { id: `${input.id}-suggestions`, className: 'suggestions', hidden: true });
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Organizations');
  const status = Object.assign(document.createElement('p'), { className: 'visually-hidden' });
  status.setAttribute('role', 'status');
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  input.autocomplete = 'off';
  const combo = Object.assign(document.createElement('div'), { className: 'combo' });
  input.replaceWith(combo);
  combo.append(input, list, status);

  let shown = [];
  let active = -1;

  function show(index) {
    active = index;
    list.querySelectorAll('[role="option"]').forEach((option, at) => option.setAttribute('aria-selected', String(at === active)));
    const option = list.children[active];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    show(-1);
  }

  function open() {
    shown = suggestionsFor(input.value, organizations);
    list.replaceChildren(
      ...shown.map(({ organization, matched }, at) => {
        const option = Object.assign(document.createElement('li'), { id: `${list.id}-${at}` });
        option.setAttribute('role', 'option');
        const also = matched !== organization.names[0] && matched !== organization.id ? ` · ${matched}` : '';
        option.append(organization.names[0], Object.assign(document.createElement('span'), { className: 'hint', textContent: `${organization.id}${also}` }));
        option.addEventListener('pointerdown', (event) => event.preventDefault());
        option.addEventListener('click', () => choose(at));
        return option;
      }),
    );
    list.hidden = shown.length === 0;
    input.setAttribute('aria-expanded', String(shown.length > 0));
    status.textContent = input.value.trim() ? `${shown.length === SHOWN ? `${SHOWN} or more` : shown.length} suggestions` : '';
    show(-1);
  }

  function choose(at) {
    input.value = shown[at].organization.id;
    close();
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }

  input.addEventListener('input', (event) => {
    // Our own event, after a choice, is for the builder, not a new search.
    if (event.isTrusted) open();
  });
  input.addEventListener('keydown', (event) => {
    const count = list.hidden ? 0 : shown.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return open();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      show(active === -1 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
    } else if (event.key === 'Enter' && active >= 0 && count > 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && count > 0) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', close);
}
