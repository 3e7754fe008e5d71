import { plainWords } from './normalize.js';

/**
 * Another tax office: the IRS, federal taxes, another state. (A town's property or car tax is not
 * one: a town may send an unpaid one to DRS.)
 */
const ELSEWHERE = new RegExp(
  [
    String.raw`\birs\b`,
    String.raw`\binternal revenue\b`,
    String.raw`\bfederal\b`,
    String.raw`\b(alabama|alaska|arizona|arkansas|california|colorado|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming)\b`,
  ].join('|'),
);

/**
 * Signs the question is about Connecticut's taxes after all: the state, DRS, or the federal
 * offset of a refund for a state debt (which the IRS and Treasury take part in).
 */
const CONNECTICUT = new RegExp(
  [
    String.raw`\b(connecticut|ct|drs|revenue services|state)\b`,
    String.raw`\b(offset\w*|intercept\w*|treasury|fms|fiscal service|dcia|8379|injured spouse|priority ?(one|1))\b`,
    String.raw`\b(took|taken|take|taking|kept|keep|seized|grabbed|applied|smaller|less|short|reduced|missing part)\b[^.?!]{0,40}\brefund|\brefund\b[^.?!]{0,40}\b(took|taken|kept|seized|grabbed|applied|smaller|less|short|reduced)\b`,
  ].join('|'),
);

/**
 * A question plainly about another tax office (the IRS's own collection, another state's taxes) with nothing tying it to Connecticut: no DRS entry answers it, however many
 * words it shares with one ("IRS installment agreement" is not a DRS payment plan).
 */
export function isAboutAnotherTaxOffice(question: string): boolean {
  const text = plainWords(question);
  return ELSEWHERE.test(text) && !CONNECTICUT.test(text);
}
