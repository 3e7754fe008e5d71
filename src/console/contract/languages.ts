// The languages a taxpayer may write to the assistant in, as the console API reports a case's and filters the queue by.
// Shared by the server (case e-mail, queue filter) and the console page, so it imports nothing.

export const CASE_LANGUAGES = ['en', 'es'] as const;
export type CaseLanguage = (typeof CASE_LANGUAGES)[number];

/** In English: representatives read English, and answer a Spanish case in Spanish. */
export const languageNames: Record<CaseLanguage, string> = { en: 'English', es: 'Spanish' };
