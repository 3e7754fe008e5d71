import type { TextAnalysis } from '../../src/kb/textAnalysis.js';
import type { FeatureBag } from './softmaxClassifier.js';

export interface FeatureSettings {
  /** Weight of each stem (synonyms applied, stop words dropped). */
  stems: number;
  /** Weight of each pair of neighbouring stems. */
  pairs: number;
  /** Letter-piece lengths, and the weight of all of one word's pieces together. */
  pieceLengths: readonly number[];
  pieces: number;
}

export const defaultFeatureSettings: FeatureSettings = { stems: 1, pairs: 0.5, pieceLengths: [3, 4, 5], pieces: 1 };

/**
 * A text's features: its search tokens (stems after synonyms), neighbouring pairs of them, and
 * letter pieces of its words (stop words left out), scaled to unit length.
 */
export function textFeatures(analysis: TextAnalysis, text: string, settings: FeatureSettings = defaultFeatureSettings): FeatureBag {
  const seen = remembered(analysis, settings);
  const known = seen.get(text);
  if (known) return known;
  const features = featuresOf(analysis, text, settings);
  seen.set(text, features);
  return features;
}

/** Features already worked out, per analysis and settings (training sets share most texts). */
const memory = new WeakMap<TextAnalysis, WeakMap<FeatureSettings, Map<string, FeatureBag>>>();

function remembered(analysis: TextAnalysis, settings: FeatureSettings): Map<string, FeatureBag> {
  const byAnalysis = memory.get(analysis) ?? new WeakMap<FeatureSettings, Map<string, FeatureBag>>();
  memory.set(analysis, byAnalysis);
  const bySettings = byAnalysis.get(settings) ?? new Map<string, FeatureBag>();
  byAnalysis.set(settings, bySettings);
  return bySettings;
}

function featuresOf(analysis: TextAnalysis, text: string, settings: FeatureSettings): FeatureBag {
  const features: FeatureBag = new Map();
  const add = (key: string, weight: number) => features.set(key, (features.get(key) ?? 0) + weight);
  const canonical = analysis.canonicalText(text);
  const tokens = analysis.canonicalTokens(canonical);
  tokens.forEach((token, index) => {
    add(`w:${token}`, settings.stems);
    const next = tokens[index + 1];
    if (next !== undefined && settings.pairs > 0) add(`p:${[token, next].sort().join(' ')}`, settings.pairs);
  });
  if (settings.pieces > 0) {
    for (const word of canonical.split(' ')) {
      if (!word || analysis.stopWords.has(word)) continue;
      const padded = `<${word}>`;
      const pieces: string[] = [];
      for (const length of settings.pieceLengths) for (let start = 0; start + length <= padded.length; start++) pieces.push(padded.slice(start, start + length));
      for (const piece of pieces) add(`c:${piece}`, settings.pieces / pieces.length);
    }
  }
  const norm = Math.sqrt([...features.values()].reduce((sum, value) => sum + value * value, 0)) || 1;
  for (const [key, value] of features) features.set(key, value / norm);
  return features;
}
