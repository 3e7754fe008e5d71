import { blend, rerankedAnswer } from './blendCandidate.js';
import { calibratedBlend } from './calibratedCandidate.js';
import type { Candidate } from './candidate.js';
import { knowledgeSearch, knowledgeSearchScores } from './knowledgeSearchCandidate.js';
import { defaultLinearSettings, linearClassifier } from './linearCandidate.js';
import type { LinearSettings } from './linearCandidate.js';
import { nlpjsNeural } from './nlpjsCandidate.js';
import { defaultFeatureSettings } from './textFeatures.js';

const logistic = linearClassifier();
const variant = (name: string, settings: Partial<LinearSettings>) => linearClassifier(`LR ${name}`, { ...defaultLinearSettings, ...settings });
const softmax = defaultLinearSettings.softmax;
const features = defaultFeatureSettings;
const regularised = variant('l2 1e-3', { softmax: { ...softmax, l2: 1e-3 } });
const current = knowledgeSearch(false);

/** Every ranker measured, the current search first (its honest-fallback share sets the others' thresholds). */
export const candidates: Candidate[] = [
  current,
  knowledgeSearch(true),
  knowledgeSearchScores,
  logistic,
  variant('stems only', { features: { ...features, pairs: 0, pieces: 0 } }),
  variant('stems+pairs', { features: { ...features, pieces: 0 } }),
  variant('pieces 0.5', { features: { ...features, pieces: 0.5 } }),
  variant('pieces 2', { features: { ...features, pieces: 2 } }),
  variant('answer 0.5', { answer: 0.5 }),
  variant('keywords 1', { keyword: 1 }),
  variant('15 epochs', { softmax: { ...softmax, epochs: 15 } }),
  regularised,
  nlpjsNeural(false),
  nlpjsNeural(true),
  nlpjsNeural(true, true),
  blend(knowledgeSearchScores, nlpjsNeural(true), 0.5),
  blend(knowledgeSearchScores, logistic, 0.15),
  blend(knowledgeSearchScores, logistic, 0.25),
  blend(knowledgeSearchScores, logistic, 0.5),
  blend(knowledgeSearchScores, logistic, 1),
  blend(knowledgeSearchScores, logistic, 0.5, 5),
  blend(knowledgeSearchScores, regularised, 0.25),
  calibratedBlend(knowledgeSearchScores, logistic, 0.25),
  rerankedAnswer(current, logistic, 0.25, 3),
  rerankedAnswer(current, logistic, 0.5, 3),
  rerankedAnswer(current, logistic, 0.25, 16),
];
