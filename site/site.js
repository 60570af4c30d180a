// The site's behaviour, for every page: the language and theme switches re-render every live example; every code block gets a copy button; the data page's table
// filters as one types. Plain DOM, no framework: the page loads only this and the elements.

const language = document.getElementById('language');
const theme = document.getElementById('theme');
const copyStatus = document.getElementById('copy-status');

/** A button that copies the code block's text, and says so to screen readers. */
function addCopyButton(pre) {
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'copy', textContent: 'Copy' });
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(pre.querySelector('code').textContent);
      button.textContent = copyStatus.textContent = 'Copied';
    } catch {
      button.textContent = copyStatus.textContent = 'Select the text to copy it';
    }
    setTimeout(() => (button.textContent = 'Copy'), 2000);
  });
  // A block wider than the page scrolls, and the keyboard must reach it to scroll it.
  pre.tabIndex = 0;
  pre.before(Object.assign(document.createElement('div'), { className: 'code' }));
  pre.previousElementSibling.append(pre, button);
}

/** The visitor's language and theme, kept for the next page they open. */
function applyChoices() {
  for (const live of document.querySelectorAll('.live')) live.lang = language.value;
  document.documentElement.style.colorScheme = theme.value;
  sessionStorage.setItem('eco-site', JSON.stringify({ language: language.value, theme: theme.value }));
}

const saved = JSON.parse(sessionStorage.getItem('eco-site') ?? '{}');
if (saved.language) language.value = saved.language;
if (saved.theme) theme.value = saved.theme;
language.addEventListener('change', applyChoices);
theme.addEventListener('change', applyChoices);

// A table wider than a phone scrolls sideways: the keyboard must reach it, and a screen reader hear what it is.
for (const scroller of document.querySelectorAll('.table-scroll')) {
  let heading = scroller.previousElementSibling;
  while (heading && !/^H[23]$/.test(heading.tagName)) heading = heading.previousElementSibling;
  const title = heading?.firstChild?.textContent.trim();
  Object.assign(scroller, { tabIndex: 0 });
  scroller.setAttribute('role', 'region');
  scroller.setAttribute('aria-label', title || 'Table');
}

document.querySelectorAll('pre').forEach(addCopyButton);
applyChoices();

const find = document.getElementById('find-organization');
find?.addEventListener('input', () => {
  const words = find.value.toLowerCase().split(/\s+/).filter(Boolean);
  for (const row of document.querySelectorAll('#organizations tbody tr')) {
    row.hidden = !words.every((word) => row.dataset.names.includes(word));
  }
});

// The theming page's token editor: each change is set on the preview and written as CSS to copy.
const preview = document.getElementById('token-preview');
const css = document.querySelector('#token-css code');
const changed = new Map();
for (const input of document.querySelectorAll('[data-token]')) {
  input.addEventListener('input', () => {
    const value = `${input.value}${input.dataset.unit ?? ''}`;
    preview.style.setProperty(input.dataset.token, value);
    changed.set(input.dataset.token, value);
    css.textContent = `eco-org-card, eco-region-list, eco-stats, eco-map {\n${[...changed].map(([token, set]) => `  ${token}: ${set};`).join('\n')}\n}`;
  });
}
