// Stamps each example from its <template> and shows the same HTML beside it, so what a reader copies
// is exactly what runs. Also shows the eco-select events the elements send to the page.
for (const template of document.querySelectorAll('template.example')) {
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

document.body.classList.remove('stamping');

const selected = document.getElementById('selected');
document.addEventListener('eco-select', (event) => {
  selected.textContent = event.detail.id;
});
