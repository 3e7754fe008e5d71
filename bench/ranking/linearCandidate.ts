import type { KnowledgeEntry } from '../../src/kb/schema.js';
import type { Candidate, Language } from './candidate.js';
import { analysisFor } from './knowledgeSearchCandidate.js';
import type { QuestionRow } from './questionSets.js';
import { SoftmaxClassifier, defaultSoftmaxSettings } from './softmaxClassifier.js';
import type { SoftmaxSettings, TrainingExample } from './softmaxClassifier.js';
import { defaultFeatureSettings, textFeatures } from './textFeatures.js';
import type { FeatureSettings } from './textFeatures.js';

export interface LinearSettings {
  features: FeatureSettings;
  softmax: SoftmaxSettings;
  /** Weight of a keyword as an example (a title or sample question weighs 1). */
  keyword: number;
  /** Weight of the short answer as an example (0 leaves it out). */
  answer: number;
}

export const defaultLinearSettings: LinearSettings = { features: defaultFeatureSettings, softmax: defaultSoftmaxSettings, keyword: 0.5, answer: 0 };

/** Training examples from each entry's title, sample questions, keywords (and short answer), and the paraphrases. */
export function examplesFrom(language: Language, entries: readonly KnowledgeEntry[], paraphrases: readonly QuestionRow[], settings: LinearSettings): TrainingExample[] {
  const analysis = analysisFor(language);
  const example = (text: string, label: string, weight = 1): TrainingExample => ({ features: textFeatures(analysis, text, settings.features), label, weight });
  return [
    ...entries.flatMap((entry) => [
      example(entry.title, entry.id),
      ...entry.questions.map((question) => example(question, entry.id)),
      ...entry.keywords.map((keyword) => example(keyword, entry.id, settings.keyword)),
      ...(settings.answer > 0 ? [example(entry.shortAnswer, entry.id, settings.answer)] : []),
    ]),
    ...paraphrases.flatMap((row) => (row.entry === undefined ? [] : [example(row.q, row.entry)])),
  ].filter((item) => item.features.size > 0);
}

/** Logistic regression over stems, stem pairs and letter pieces; confidence is the top entry's probability. */
export const linearClassifier = (name = 'logistic regression', settings: LinearSettings = defaultLinearSettings): Candidate => ({
  name,
  build(language, entries, paraphrases) {
    const analysis = analysisFor(language);
    const classifier = new SoftmaxClassifier(examplesFrom(language, entries, paraphrases, settings), settings.softmax);
    return {
      rank(question) {
        const features = textFeatures(analysis, question, settings.features);
        if (features.size === 0) return { ranking: [] };
        return { ranking: classifier.classify(features).map(({ label, probability }) => ({ id: label, score: probability })) };
      },
    };
  },
});
