/**
 * A question comparing two things ("what's the difference between a lien and a levy", "is an
 * offset the same as a garnishment", "¿el gravamen es lo mismo que el embargo?"): its two sides, as
 * written, for each to be looked up on its own. Anything said after a colon or a comma on the
 * second side ("penalty versus interest: which can DRS take off?") goes with both.
 */
const COMPARISONS: readonly RegExp[] = [
  /\bdifferences? between (?<first>.+?) and (?<second>.+)/i,
  /\bdiferencias? (?:hay )?entre (?<first>.+?) y (?<second>.+)/i,
  /^(?<first>.+?)\s+(?:vs\.?|versus|compared (?:to|with)|comparad[oa] con)\s+(?<second>.+)/i,
  /\b(?:is|are|does|do)\s+(?<first>.+?)\s+(?:do |does )?(?:the same(?: thing)?|similar) (?:as|to)\s+(?<second>.+)/i,
  /^(?:(?:y |pero )?(?:¿\s*)?)(?<first>.+?)\s+(?:es|son) (?:lo mismo|igual|parecid[oa]) (?:que|a)\s+(?<second>.+)/i,
  /\bmisma cosa (?:el|la|un|una) (?<first>.+?) (?:que|y) (?:el|la|un|una) (?<second>.+)/i,
];

/** What follows the second side's own words: a colon's question, or a comma's. */
const TRAILING = /^(?<side>[^:,;?!.]+)(?<rest>.*)$/s;

export function comparedSides(question: string): [string, string] | undefined {
  for (const pattern of COMPARISONS) {
    const match = pattern.exec(question.trim());
    const first = match?.groups?.first?.trim();
    const second = match?.groups?.second?.trim();
    if (!first || !second) continue;
    const split = TRAILING.exec(second);
    const secondSide = split?.groups?.side?.trim() ?? second;
    if (!secondSide) continue;
    const rest = (split?.groups?.rest ?? '').replace(/^[\s:,;?!.]+/, '').trim();
    const withRest = (side: string) => (rest ? `${side} ${rest}` : side);
    return [withRest(first), withRest(secondSide)];
  }
  return undefined;
}
