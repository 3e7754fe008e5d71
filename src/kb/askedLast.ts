/**
 * The question a story ends with: "…my neighbour says ignore it. How do I fight this?" asks its
 * last sentence. Only a story told and then asked: more than one sentence, and only the last a
 * question (two questions in a row are read together); undefined otherwise.
 */
export function questionAskedLast(text: string): string | undefined {
  const sentences = text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /\p{L}/u.test(sentence));
  const questions = sentences.filter((sentence) => sentence.endsWith('?'));
  const last = sentences.at(-1);
  return sentences.length > 1 && questions.length === 1 && last?.endsWith('?') ? last : undefined;
}
