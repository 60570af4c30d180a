// Stamps each example from its <template> and shows the same HTML beside it, so what a reader copies
// is exactly what runs. Also shows the eco-select events the elements send to the page.
function stamp(template) {
  const figure = document.createElement('figure');
  figure.className = 'example';
  const caption = document.createElement('figcaption');
  caption.textContent = template.dataset.title;
  const live = document.createElement('div');
  live.className = 'live';
  live.append(template.content.cloneNode(true));
  const source = document.createElement('pre');
  source.append(Object.assign(document.createElement('code'), { textContent: template.innerHTML.trim() }));
  figure.append(caption, live, source);
  template.replaceWith(figure);
}

// The first example fills the first screen at any width, so it is stamped before the page shows; the
// others follow below the fold, one per frame, as a page written in plain HTML is built while it is
// still being parsed: no long task holds up the first paint or a visitor's first tap, and each frame
// lays out one example's worth of new content.
const [first, ...rest] = document.querySelectorAll('template.example');
stamp(first);
document.body.classList.remove('stamping');
function stampNext() {
  const template = rest.shift();
  if (!template) return;
  stamp(template);
  requestAnimationFrame(() => setTimeout(stampNext));
}
requestAnimationFrame(() => setTimeout(stampNext));

const selected = document.getElementById('selected');
document.addEventListener('eco-select', (event) => {
  selected.textContent = event.detail.id;
});
