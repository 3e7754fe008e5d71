/** The languages the assistant speaks: English, and Spanish for Connecticut's Spanish-speaking taxpayers. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text, a list or a whole set of texts, in each language the assistant speaks. */
export type InEachLanguage<Texts> = Readonly<Record<Language, Texts>>;

export const isLanguage = (value: unknown): value is Language => value === 'en' || value === 'es';
