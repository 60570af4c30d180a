// Shows what the elements tell the page: eco-select bubbles out of every card.
const selected = document.getElementById('selected');
document.addEventListener('eco-select', (event) => {
  selected.textContent = event.detail.id;
});
