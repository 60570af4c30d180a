/**
 * Text from a page or a dataset, set apart for the bidirectional algorithm when it sits inside a
 * sentence of ours: an unbalanced right-to-left mark in a name (U+202E, say) then reverses only the
 * name, never the words around it. Where such text has an element of its own, `<bdi>` does the same.
 */
export function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}
