// Puts 300 cards on the page (the bundled organizations, round and round) and records when every one
// has rendered and the frame after it has been painted.
const COUNT = 300;
const ids = ['imec', 'vib', 'uza', 'ghent-university-hospital', 'vaccinopolis', 'bioville', 'happy-aging', 'ku-leuven', 'vub', 'byteflies'];
const cards = Array.from({ length: COUNT }, (_, i) => {
  const card = document.createElement('eco-org-card');
  card.setAttribute('org', ids[i % ids.length]);
  return card;
});
document.body.append(...cards);
await Promise.all(cards.map((card) => card.updateComplete));
await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
window.renderedAt = performance.now();
