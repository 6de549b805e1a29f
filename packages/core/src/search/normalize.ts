/** Whole words written two ways in county names; the short form is kept on both sides. */
const WORD_FORMS = new Map([
  ["saint", "st"],
  ["sainte", "ste"],
  ["fort", "ft"],
  ["mount", "mt"],
]);

/**
 * Lower case with accents folded (NFD, combining marks dropped), apostrophes dropped ("Prince
 * George's" -> "prince georges"), "&" read as "and", any other punctuation as one space.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’‘ʻ`]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * The folded words of a name or query, "Saint"/"St." etc. written one way, and single letters in a
 * row written as one word ("D.C." -> "dc").
 */
export function searchTokens(text: string): string[] {
  const folded = foldText(text);
  if (folded === "") return [];
  const words: string[] = [];
  let letters = false;
  for (const word of folded.split(" ")) {
    const letter = word.length === 1 && word >= "a";
    if (letter && letters) words[words.length - 1] += word;
    else words.push(WORD_FORMS.get(word) ?? word);
    letters = letter;
  }
  return words;
}

/** One bit per letter a-z (bit 26 for any digit): a cheap "which characters occur" set. */
export function letterMask(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) mask |= 1 << 26;
  }
  return mask;
}

export function bitCount(x: number): number {
  let count = 0;
  for (let v = x; v !== 0; v &= v - 1) count++;
  return count;
}
