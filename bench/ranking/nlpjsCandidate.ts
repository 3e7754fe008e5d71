import type { Candidate } from './candidate.js';
import { analysisFor } from './knowledgeSearchCandidate.js';

/**
 * nlp.js's neural intent classifier (one intent per entry), trained on each entry's title, sample
 * questions and keywords and the paraphrases; with `canonical`, texts are first rewritten with the
 * search's synonyms (plain words, known phrases as one word). It answers synchronously from
 * results worked out ahead: `prepare` classifies the questions to be asked.
 *
 * nlp.js's classifier is no dependency of the project: `npm install --no-save @nlpjs/nlu@4.27.0
 * @nlpjs/lang-en@4.26.1` before measuring it (the run skips it otherwise).
 */
export const nlpjsNeural = (canonical: boolean, spellCheck = false): Candidate => ({
  name: `nlp.js neural${canonical ? ', synonyms applied' : ''}${spellCheck ? ', spell check' : ''}`,
  async build(language, entries, paraphrases) {
    const analysis = analysisFor(language);
    const text = (raw: string) => (canonical ? analysis.canonicalText(raw) : raw);
    const [{ containerBootstrap }, { NluNeural }, { LangEn }, { LangEs }] = await Promise.all([
      import('@nlpjs/core'),
      import('@nlpjs/nlu'),
      import('@nlpjs/lang-en'),
      import('@nlpjs/lang-es'),
    ]);
    const container = await containerBootstrap();
    container.use(language === 'es' ? LangEs : LangEn);
    const nlu = new NluNeural({ container, locale: language, log: false, useNoneFeature: true, spellCheck });
    const corpus = [
      ...entries.flatMap((entry) => [entry.title, ...entry.questions, ...entry.keywords].map((utterance) => ({ utterance: text(utterance), intent: entry.id }))),
      ...paraphrases.flatMap((row) => (row.entry === undefined ? [] : [{ utterance: text(row.q), intent: row.entry }])),
    ];
    await nlu.train(corpus);
    const answers = new Map<string, { intent: string; score: number }[]>();
    return {
      async prepare(questions: readonly string[]) {
        for (const question of questions) answers.set(question, (await nlu.process(text(question))).classifications);
      },
      rank(question) {
        const classifications = answers.get(question) ?? [];
        return { ranking: classifications.filter((item) => item.intent !== 'None').map((item) => ({ id: item.intent, score: item.score })) };
      },
    };
  },
});
