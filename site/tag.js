// A tag as an author pastes it: attributes in the order given, a boolean one (value '') bare, values
// escaped for a double-quoted attribute.

const escapeAttribute = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** `<tag name="value" flag></tag>` from `[name, value]` pairs. */
export function tagFor(tag, attributes) {
  const written = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  return `<${tag}${written}></${tag}>`;
}
