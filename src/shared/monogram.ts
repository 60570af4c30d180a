/** Words that would make a poor initial: "University of Antwerp" is "UA", not "UOA". */
const MINOR_WORDS = new Set(['of', 'the', 'for', 'and', 'de', 'het', 'van', 'voor', 'en', 'la', 'le', 'des', 'du', 'und', 'für', '&']);

/** Two letters that stand for a name, for an avatar that needs no image. */
export function monogram(name: string): string {
  const words = name.split(/[\s\-–/]+/).filter((word) => /\p{L}/u.test(word) && !MINOR_WORDS.has(word.toLowerCase()));
  const letters = (word: string) => [...word].filter((char) => /[\p{L}\p{N}]/u.test(char));
  const initials = words.length >= 2 ? [letters(words[0]!)[0], letters(words[1]!)[0]] : letters(words[0] ?? name).slice(0, 2);
  return initials.join('').toUpperCase();
}
