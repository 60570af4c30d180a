// Shows each example's HTML beside the example it makes, so what a reader copies is exactly what runs.
// Also shows the eco-select events the elements send to the page.

/** Puts an example's caption and source in place of its <template>; returns the box it will run in. */
function frame(template) {
  const figure = document.createElement('figure');
  figure.className = 'example';
  const caption = document.createElement('figcaption');
  caption.textContent = template.dataset.title;
  const live = document.createElement('div');
  live.className = 'live';
  const source = document.createElement('pre');
  source.append(Object.assign(document.createElement('code'), { textContent: template.innerHTML.trim() }));
  figure.append(caption, live, source);
  template.replaceWith(figure);
  return live;
}

const examples = new Map([...document.querySelectorAll('template.example')].map((template) => [frame(template), template]));
function run(live) {
  live.append(examples.get(live).content.cloneNode(true));
  examples.delete(live);
}

// What the first screen shows runs before the page shows, so nothing on it moves. The other examples
// run as they come within a screen of the viewport, one per frame, as a long page of embeds loads them
// lazily: a visitor's phone does the work of what they scroll to, and no long task holds up a tap.
// Scroll anchoring keeps what a visitor reads in place while examples above it grow.
for (const live of examples.keys()) {
  if (live.getBoundingClientRect().top >= window.innerHeight) break;
  run(live);
}
document.body.classList.remove('starting');

const due = [];
function runNext() {
  const live = due.shift();
  if (!live) return;
  run(live);
  if (due.length > 0) requestAnimationFrame(() => setTimeout(runNext));
}
const nearViewport = new IntersectionObserver(
  (entries) => {
    const idle = due.length === 0;
    for (const { target, isIntersecting } of entries) {
      if (!isIntersecting) continue;
      nearViewport.unobserve(target);
      due.push(target);
    }
    if (idle) runNext();
  },
  { rootMargin: '100% 0px' },
);
for (const live of examples.keys()) nearViewport.observe(live);

const selected = document.getElementById('selected');
document.addEventListener('eco-select', (event) => {
  selected.textContent = event.detail.id;
});
