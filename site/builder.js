// The snippet builder: a form made from the element's attributes (builder.html's configuration, made
// from custom-elements.json), a live preview, and the tag an author pastes, minimal and in the
// manifest's order. The whole configuration lives in the page's URL, so a link shares it.

import { searchOrganizations } from './org-search.js';
import { tagFor } from './tag.js';

const config = JSON.parse(document.getElementById('builder-config').textContent);
const form = document.getElementById('builder');
const elementChoice = document.getElementById('element');
const fields = document.getElementById('attributes');
const preview = document.getElementById('preview');
const previewPage = document.getElementById('preview-page');
const snippet = document.querySelector('#snippet code');
const combination = document.getElementById('combination');
/** The timer that says the preview element's own problem, once the author pauses. */
let elementProblem;
const SCRIPT_TAGS =
  '<link rel="stylesheet" href="https://your-host/eco-widgets/dist/eco-widgets.css" />\n<script src="https://your-host/eco-widgets/dist/eco-widgets.js"></script>\n';

for (const { tag } of config.elements) elementChoice.append(new Option(`<${tag}>`, tag));

const chosenElement = () => config.elements.find(({ tag }) => tag === elementChoice.value) ?? config.elements[0];

/** One control for an attribute: a switch, a select, a list of checkboxes, or a text field. */
function control(attribute) {
  const id = `attribute-${attribute.name}`;
  const wrapper = document.createElement(attribute.kind === 'several' ? 'fieldset' : 'div');
  wrapper.className = `attribute ${attribute.kind}`;
  const hint = Object.assign(document.createElement('p'), { className: 'hint', id: `${id}-hint`, textContent: attribute.description });
  const name = Object.assign(document.createElement('code'), { textContent: attribute.name });
  if (attribute.kind === 'several') {
    const legend = document.createElement('legend');
    legend.append(name);
    const options = document.createElement('div');
    options.className = 'options';
    for (const { value, label } of attribute.values) {
      const option = document.createElement('label');
      option.append(Object.assign(document.createElement('input'), { type: 'checkbox', name: attribute.name, value }), ` ${label}`);
      options.append(option);
    }
    wrapper.append(legend, hint, options);
    return wrapper;
  }
  const label = Object.assign(document.createElement('label'), { htmlFor: id });
  label.append(name);
  let input;
  if (attribute.kind === 'boolean') {
    input = Object.assign(document.createElement('input'), { type: 'checkbox' });
    input.setAttribute('role', 'switch');
  } else if (attribute.kind === 'one') {
    input = document.createElement('select');
    input.append(new Option(attribute.default ? `${attribute.default} (default)` : '(none)', ''));
    for (const { value, label: text } of attribute.values) if (value !== attribute.default) input.append(new Option(text, value));
  } else {
    input = Object.assign(document.createElement('input'), { type: attribute.kind === 'number' ? 'number' : 'text' });
  }
  Object.assign(input, { id, name: attribute.name });
  input.setAttribute('aria-describedby', hint.id);
  wrapper.append(label, input, hint);
  if (attribute.kind === 'org') searchOrganizations(input, config.organizations);
  if (attribute.name === 'href') wrapper.append(linkExample(input));
  return wrapper;
}

/** Under `href`: the link it makes for one organization, as the author types it. */
function linkExample(input) {
  const example = Object.assign(document.createElement('p'), { className: 'hint link-example' });
  example.setAttribute('aria-live', 'polite');
  const id = config.organizations[0].id;
  input.addEventListener('input', () => {
    const link = input.value.trim().replaceAll('{id}', id);
    example.textContent = !link
      ? ''
      : /^(https?:|mailto:|\/|\.|#)|^[^:]*$/i.test(link)
        ? `For ${id}, the link goes to ${link}`
        : 'This makes no link: only http:, https: and mailto: links (or a path on your site) are made.';
  });
  return example;
}

/** The attributes as the form sets them, in the manifest's order, leaving out what is at its default. */
function chosenAttributes() {
  const attributes = [];
  for (const attribute of chosenElement().attributes) {
    if (attribute.kind === 'several') {
      const values = [...form.querySelectorAll(`input[name="${attribute.name}"]:checked`)].map((input) => input.value);
      if (values.length > 0) attributes.push([attribute.name, values.join(attribute.separator)]);
      continue;
    }
    const input = form.elements.namedItem(attribute.name);
    if (attribute.kind === 'boolean') {
      if (input.checked) attributes.push([attribute.name, '']);
    } else if (input.value.trim() && input.value.trim() !== attribute.default) {
      attributes.push([attribute.name, input.value.trim()]);
    }
  }
  return attributes;
}

/** Draws the preview and the tag, says what does not go together, and keeps it all in the URL. */
function update() {
  clearTimeout(elementProblem);
  const { tag } = chosenElement();
  const attributes = chosenAttributes();
  const element = document.createElement(tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  preview.replaceChildren(element);
  previewPage.dataset.width = form.elements.namedItem('width').value;
  previewPage.dataset.background = form.elements.namedItem('background').value;
  const written = new Set(attributes.map(([name]) => name));
  combination.textContent = config.combinations
    .filter((rule) => rule.element === tag && rule.attributes.every((name) => written.has(name)))
    .map((rule) => rule.say)
    .join(' ');
  snippet.textContent = `${form.elements.namedItem('script').checked ? SCRIPT_TAGS : ''}${tagFor(tag, attributes)}`;
  const query = new URLSearchParams({ element: tag });
  for (const [name, value] of attributes) query.set(name, value);
  for (const name of ['width', 'background']) query.set(name, form.elements.namedItem(name).value);
  if (form.elements.namedItem('script').checked) query.set('script', '');
  history.replaceState(null, '', `?${query}`);
}

/** Makes the form for the chosen element, filled from `query` (a shared link's), or with what the element starts with. */
function buildForm(query) {
  fields.replaceChildren(Object.assign(document.createElement('legend'), { textContent: 'Attributes' }));
  const { summary, attributes, starting } = chosenElement();
  if (![...query.keys()].some((key) => attributes.some(({ name }) => name === key))) query = new URLSearchParams(starting);
  document.getElementById('element-summary').textContent = summary;
  for (const attribute of attributes) {
    fields.append(control(attribute));
    const value = query.get(attribute.name);
    if (value === null) continue;
    if (attribute.kind === 'several') {
      const values = value.split(attribute.separator.trim() || ' ').map((each) => each.trim());
      for (const input of form.querySelectorAll(`input[name="${attribute.name}"]`)) input.checked = values.includes(input.value);
    } else if (attribute.kind === 'boolean') {
      form.elements.namedItem(attribute.name).checked = true;
    } else {
      form.elements.namedItem(attribute.name).value = value;
    }
  }
}

const shared = new URLSearchParams(location.search);
elementChoice.value = shared.get('element') ?? config.elements[0].tag;
for (const name of ['width', 'background']) {
  const radio = form.querySelector(`input[name="${name}"][value="${shared.get(name)}"]`);
  if (radio) radio.checked = true;
}
form.elements.namedItem('script').checked = shared.has('script');
buildForm(shared);
elementChoice.addEventListener('change', () => {
  buildForm(new URLSearchParams());
  update();
});
form.addEventListener('input', (event) => event.target !== elementChoice && update());
form.addEventListener('submit', (event) => event.preventDefault());
// What the element itself finds wrong (an organization it cannot find, say) is said here too, once the
// author pauses: said at each key, a half-typed name would be read out as a problem at every letter.
preview.addEventListener('eco-error', (event) => {
  clearTimeout(elementProblem);
  elementProblem = setTimeout(() => {
    combination.textContent = `${combination.textContent} ${event.detail.message}`.trim();
  }, 600);
});
update();
