import { z } from 'zod';

const isRealDate = (value: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** A calendar date written YYYY-MM-DD; `whenMissing` explains a required one that is left out. */
const isoDate = (whenMissing = 'is required') =>
  z
    .string({ error: (issue) => (issue.input === undefined ? whenMissing : 'must be a date written YYYY-MM-DD') })
    .refine(isRealDate, 'must be a real date written YYYY-MM-DD');

const nonEmpty = (what: string) => z.string().trim().min(1, `${what} must not be empty`);

/** Renamed fields, and what an editor should write instead. */
const RETIRED_FIELDS: Readonly<Record<string, string>> = {
  asOf:
    'asOf is no longer used: write reviewed: YYYY-MM-DD (the date the entry was last checked against its sources) ' +
    'and, only where the source document carries its own date, source.date: YYYY-MM-DD',
};

/** Refuses fields the schema does not know, naming the known ones and advising on retired ones. */
const unknownFields = (known: readonly string[]) => (issue: { code?: string; keys?: readonly string[] }) => {
  if (issue.code !== 'unrecognized_keys' || !issue.keys) return undefined;
  const unknown = issue.keys.filter((key) => !(key in RETIRED_FIELDS));
  const retired = issue.keys.flatMap((key) => RETIRED_FIELDS[key] ?? []);
  return [...(unknown.length > 0 ? [`has unknown field(s) ${unknown.join(', ')} (known: ${known.join(', ')})`] : []), ...retired].join('; ');
};

const sourceFields = {
  document: nonEmpty('source.document'),
  url: z.string().url('must be a full https:// address').optional(),
  /** The source document's own date, only where the document carries one (e.g. a dated announcement). */
  date: isoDate().optional(),
};

const frontMatterFields = {
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. r859-notice'),
  title: nonEmpty('title').max(80, 'must be at most 80 characters'),
  questions: z.array(nonEmpty('a question')).min(3, 'needs at least 3 sample questions in taxpayers\' own words'),
  keywords: z.array(nonEmpty('a keyword')).min(1, 'needs at least one keyword'),
  source: z.strictObject(sourceFields, {
    error: (issue) => unknownFields(Object.keys(sourceFields))(issue) ?? 'is required: the document this answer comes from',
  }),
  /** When the entry was last checked against its sources. */
  reviewed: isoDate('is required: the date (YYYY-MM-DD) the entry was last checked against its sources'),
  related: z.array(z.string()).max(6).default([]),
  action: z
    .object({
      dialog: nonEmpty('action.dialog'),
      label: nonEmpty('action.label').max(20, 'must be at most 20 characters (button width)'),
      when: z.enum(['after', 'instead']).default('after'),
    })
    .optional(),
};

/** The front matter of one knowledge entry (`knowledge/**\/*.md`). */
export const frontMatterSchema = z
  .strictObject(frontMatterFields, { error: unknownFields(Object.keys(frontMatterFields)) })
  .refine((entry) => entry.source.date === undefined || entry.source.date <= entry.reviewed, {
    path: ['source', 'date'],
    error: 'must not be after reviewed: the entry cannot have been checked against a document dated later',
  });

export type FrontMatter = z.output<typeof frontMatterSchema>;

/** A translation's review by DRS: every translation starts awaiting it. */
export const TRANSLATION_STATUSES = ['pending-review', 'reviewed'] as const;

const translationFields = {
  id: frontMatterFields.id,
  language: z.literal('es', { error: 'must be es (Spanish), the one translation language' }),
  translation: z.enum(TRANSLATION_STATUSES, { error: `must be ${TRANSLATION_STATUSES.join(' or ')}` }),
  title: frontMatterFields.title,
  questions: frontMatterFields.questions,
  keywords: frontMatterFields.keywords,
};

/**
 * The front matter of an entry's Spanish version (`knowledge/**\/<name>.es.md`, beside the English
 * `<name>.md`): its own title, sample questions and keywords; the source, dates, related entries
 * and action are the English entry's.
 */
export const translationSchema = z.strictObject(translationFields, { error: unknownFields(Object.keys(translationFields)) });

export type TranslationFrontMatter = z.output<typeof translationSchema>;

export interface KnowledgeEntry extends FrontMatter {
  /** Set on a translated version: its language and whether DRS has reviewed it. */
  translation?: { language: 'es'; status: (typeof TRANSLATION_STATUSES)[number] };
  /** The plain-language short answer: the first paragraph of the body. */
  shortAnswer: string;
  /** Everything after the first paragraph (may be empty). */
  details: string;
  /** Path relative to the knowledge folder, for messages. */
  file: string;
}
