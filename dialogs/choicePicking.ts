import { commandWords } from '../src/lib/plainText.js';
/** Matches a reply to one of the offered choices: its exact title, a synonym, or its number. */
export interface OfferedChoice {
  value: string;
  synonyms?: readonly string[];
}

/** Lower case, accents and punctuation dropped: "Sí" is "si", "Menú" is "menu". */
const normalize = (text: string) => commandWords(text.replace(/&/g, ' and '));

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

export function pickChoice<C extends OfferedChoice>(
  text: string | undefined,
  choices: readonly C[],
  options: { allowNumbers: boolean } = { allowNumbers: true },
): C | undefined {
  if (!text) return undefined;
  const said = normalize(text);
  const byName = choices.find((choice) => [choice.value, ...(choice.synonyms ?? [])].some((name) => normalize(name) === said));
  if (byName || !options.allowNumbers) return byName;
  const number = /^(?:option |number |no |#)?(\d{1,2})$/.exec(said)?.[1];
  const index = number ? Number(number) - 1 : ORDINALS.indexOf(said.replace(/^the /, '').replace(/ one$/, ''));
  return index >= 0 ? choices[index] : undefined;
}
