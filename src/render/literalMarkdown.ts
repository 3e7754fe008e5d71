/** ASCII punctuation: CommonMark lets every one of these be escaped with a backslash. */
const PUNCTUATION = /[!-/:-@[-`{-~]/g;
/** An escaped character, or a hard line break (a backslash before the line end). */
const ESCAPE = /\\([!-/:-@[-`{-~]|\n)/g;
/** Escaped characters stand in the private-use range (which nobody types) while a Markdown remover runs. */
const STAND_IN_OFFSET = 0xe000;
const STAND_INS = /[\ue021-\ue07e]/g;

/**
 * Someone's own words placed in Markdown (an Adaptive Card's text), to be shown as typed. Every
 * ASCII punctuation character is escaped, so nothing becomes a link, emphasis, HTML, an entity, a
 * list, a heading or a table, and a renderer's linkifier and typographer see no address, quotes or
 * dashes to change. Line breaks become hard breaks; white space around the text is dropped, as
 * indentation would start a code block.
 */
export function literalMarkdown(text: string): string {
  return text.trim().replace(PUNCTUATION, '\\$&').replace(/\r\n?|\n/g, '\\\n');
}

/** The characters the escapes (and hard breaks) stand for: Markdown from `literalMarkdown` back as typed. */
export function unescapeMarkdown(markdown: string): string {
  return markdown.replace(ESCAPE, '$1');
}

/**
 * Markdown to plain text with `strip`, which knows nothing of escapes: escaped characters are set
 * aside as private-use stand-ins that no Markdown rule matches, then come back as typed.
 */
export function stripKeepingEscapes(markdown: string, strip: (markdown: string) => string): string {
  const guarded = markdown.replace(ESCAPE, (_escape, char: string) => (char === '\n' ? char : String.fromCharCode(STAND_IN_OFFSET + char.charCodeAt(0))));
  return strip(guarded).replace(STAND_INS, (standIn) => String.fromCharCode(standIn.charCodeAt(0) - STAND_IN_OFFSET));
}
