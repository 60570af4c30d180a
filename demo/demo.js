// Shows which eco-* elements the bundle defined, so the page proves the script loaded.
const tags = ['eco-provider'];
document.getElementById('defined').textContent = tags
  .map((tag) => `<${tag}> ${customElements.get(tag) ? '✓' : '✗'}`)
  .join(', ');
