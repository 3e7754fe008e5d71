import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { literalMarkdown, stripKeepingEscapes, unescapeMarkdown } from '../../src/render/literalMarkdown.js';

/** The Markdown engine Web Chat bundles (the same release: see vendoredWebChat.test.ts), with the options Web Chat gives it. */
type MarkdownEngine = new (options: Record<string, boolean>) => { render(markdown: string): string };
const MarkdownIt = createRequire(import.meta.url)('markdown-it') as MarkdownEngine;
const webChatMarkdown = new MarkdownIt({ breaks: false, html: true, linkify: true, typographer: true, xhtmlOut: true });

const HTML_ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&amp;': '&' };

/** The text of a single paragraph of HTML with only line breaks in it; undefined when there is any other markup. */
function paragraphText(html: string): string | undefined {
  const inner = /^<p>([\s\S]*)<\/p>\n$/.exec(html)?.[1];
  if (inner === undefined || /<(?!br \/>)/.test(inner.replace(/<br \/>\n/g, ''))) return undefined;
  return inner.replace(/<br \/>\n/g, '\n').replace(/&(lt|gt|quot|amp);/g, (entity) => HTML_ENTITIES[entity] ?? entity);
}

const CASES: [typed: string, escaped: string][] = [
  ['Pat Doe', 'Pat Doe'],
  ['[click me](https://evil.example)', '\\[click me\\]\\(https\\:\\/\\/evil\\.example\\)'],
  ['**bold** and _it_', '\\*\\*bold\\*\\* and \\_it\\_'],
  ['<b>x</b>', '\\<b\\>x\\<\\/b\\>'],
  ['<img src=x onerror=alert(1)>', '\\<img src\\=x onerror\\=alert\\(1\\)\\>'],
  ['1. first', '1\\. first'],
  ['2) second', '2\\) second'],
  ['# heading', '\\# heading'],
  ['- item', '\\- item'],
  ['+ item', '\\+ item'],
  ['> quoted', '\\> quoted'],
  ['`code`', '\\`code\\`'],
  ['~~gone~~', '\\~\\~gone\\~\\~'],
  ['a | b', 'a \\| b'],
  ['{aria-label=x}', '\\{aria\\-label\\=x\\}'],
  ['&amp; &copy;', '\\&amp\\; \\&copy\\;'],
  ['(c) -- "quoted" it\'s...', '\\(c\\) \\-\\- \\"quoted\\" it\\\'s\\.\\.\\.'],
  ['pat@example.com', 'pat\\@example\\.com'],
  ['www.evil.example', 'www\\.evil\\.example'],
  ['back\\slash', 'back\\\\slash'],
  ['line one\nline two', 'line one\\\nline two'],
  ['ends with a backslash\\\nnext', 'ends with a backslash\\\\\\\nnext'],
  ['windows\r\nline', 'windows\\\nline'],
  ['    indented', 'indented'],
  ['Café — naïve ✓', 'Café — naïve ✓'],
];

describe('literalMarkdown', () => {
  it.each(CASES)('escapes %j', (typed, escaped) => {
    expect(literalMarkdown(typed)).toBe(escaped);
  });

  it.each(CASES)('unescapes %j back to what was typed', (typed) => {
    expect(unescapeMarkdown(literalMarkdown(typed))).toBe(typed.trim().replace(/\r\n/g, '\n'));
  });

  it.each(CASES)('Web Chat’s Markdown engine shows %j as typed: one paragraph, no markup', (typed) => {
    expect(paragraphText(webChatMarkdown.render(literalMarkdown(typed)))).toBe(typed.trim().replace(/\r\n/g, '\n'));
  });

  it('is needed: unescaped, the same engine makes links, emphasis, HTML, lists and typography', () => {
    for (const typed of ['[click me](https://evil.example)', '**bold**', '<b>x</b>', '1. first', 'pat@example.com', '(c) -- "quoted"']) {
      expect(paragraphText(webChatMarkdown.render(typed)), typed).not.toBe(typed);
    }
  });
});

describe('stripKeepingEscapes', () => {
  const removeStars = (markdown: string) => markdown.replace(/\*\*/g, '');

  it('lets the remover work on our Markdown and keeps escaped characters as typed', () => {
    expect(stripKeepingEscapes(`**Name**: ${literalMarkdown('**Pat** [x](y)')}`, removeStars)).toBe('Name: **Pat** [x](y)');
  });

  it('turns hard breaks back into line ends', () => {
    expect(stripKeepingEscapes(literalMarkdown('one\ntwo'), removeStars)).toBe('one\ntwo');
  });
});
