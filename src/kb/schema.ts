import { z } from 'zod';

const isRealDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

const isoDate = z.string().refine(isRealDate, 'must be a real date written YYYY-MM-DD');

const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

/** The front matter of one knowledge entry (`knowledge/**\/*.md`). */
export const frontMatterSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. r859-notice'),
    title: nonEmpty('title').max(80, 'must be at most 80 characters'),
    questions: z.array(nonEmpty('a question')).min(3, 'needs at least 3 sample questions in taxpayers\' own words'),
    keywords: z.array(nonEmpty('a keyword')).min(1, 'needs at least one keyword'),
    source: z.object(
      {
        document: nonEmpty('source.document'),
        url: z.string().url('must be a full https:// address').optional(),
      },
      { message: 'is required: the document this answer comes from' },
    ),
    asOf: isoDate,
    related: z.array(z.string()).max(6).default([]),
    action: z
      .object({
        dialog: nonEmpty('action.dialog'),
        label: nonEmpty('action.label').max(20, 'must be at most 20 characters (button width)'),
        when: z.enum(['after', 'instead']).default('after'),
      })
      .optional(),
  })
  .strict();

export type FrontMatter = z.output<typeof frontMatterSchema>;

export interface KnowledgeEntry extends FrontMatter {
  /** The plain-language short answer: the first paragraph of the body. */
  shortAnswer: string;
  /** Everything after the first paragraph (may be empty). */
  details: string;
  /** Path relative to the knowledge folder, for messages. */
  file: string;
}
