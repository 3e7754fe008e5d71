/** A text as named features and their values (e.g. word stems and letter pieces). */
export type FeatureBag = Map<string, number>;

export interface TrainingExample {
  features: FeatureBag;
  label: string;
  /** How much this example counts (a keyword less than a sample question). */
  weight?: number;
}

export interface SoftmaxSettings {
  epochs: number;
  learningRate: number;
  /** L2 penalty on the weights, applied each step. */
  l2: number;
  seed: number;
}

/** Gradients below this are skipped: they would not change the ranking. */
const NEGLIGIBLE_GRADIENT = 1e-3;

export const defaultSoftmaxSettings: SoftmaxSettings = { epochs: 40, learningRate: 0.5, l2: 1e-5, seed: 1 };

/**
 * Multinomial logistic regression over sparse features, trained by stochastic gradient descent
 * with AdaGrad step sizes: each class's probability for a text.
 */
export class SoftmaxClassifier {
  readonly labels: string[];
  private readonly featureIndex = new Map<string, number>();
  private readonly weights: Float32Array;
  private readonly bias: Float32Array;

  constructor(examples: readonly TrainingExample[], settings: SoftmaxSettings = defaultSoftmaxSettings) {
    this.labels = [...new Set(examples.map((example) => example.label))];
    const labelIndex = new Map(this.labels.map((label, index) => [label, index]));
    for (const example of examples) for (const key of example.features.keys()) if (!this.featureIndex.has(key)) this.featureIndex.set(key, this.featureIndex.size);
    const classes = this.labels.length;
    this.weights = new Float32Array(this.featureIndex.size * classes);
    this.bias = new Float32Array(classes);
    const squaredGradients = new Float32Array(this.weights.length).fill(1e-8);
    const biasSquaredGradients = new Float32Array(classes).fill(1e-8);
    const encoded = examples.map((example) => ({
      indexes: [...example.features.keys()].map((key) => this.featureIndex.get(key) ?? 0),
      values: [...example.features.values()],
      label: labelIndex.get(example.label) ?? 0,
      weight: example.weight ?? 1,
    }));
    let state = settings.seed;
    const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const probabilities = new Float64Array(classes);
    for (let epoch = 0; epoch < settings.epochs; epoch++) {
      const order = encoded.map((example) => ({ example, key: random() })).sort((a, b) => a.key - b.key);
      for (const { example } of order) {
        this.logits(example.indexes, example.values, probabilities);
        softmaxInPlace(probabilities);
        for (let label = 0; label < classes; label++) {
          const gradient = example.weight * ((probabilities[label] ?? 0) - (label === example.label ? 1 : 0));
          // A class the example barely moves is left alone (most of them, once training has settled).
          if (Math.abs(gradient) < NEGLIGIBLE_GRADIENT) continue;
          biasSquaredGradients[label] = (biasSquaredGradients[label] ?? 0) + gradient * gradient;
          this.bias[label] = (this.bias[label] ?? 0) - (settings.learningRate * gradient) / Math.sqrt(biasSquaredGradients[label] ?? 1);
          for (let i = 0; i < example.indexes.length; i++) {
            const at = (example.indexes[i] ?? 0) * classes + label;
            const weight = this.weights[at] ?? 0;
            const step = gradient * (example.values[i] ?? 0) + settings.l2 * weight;
            squaredGradients[at] = (squaredGradients[at] ?? 0) + step * step;
            this.weights[at] = weight - (settings.learningRate * step) / Math.sqrt(squaredGradients[at] ?? 1);
          }
        }
      }
    }
  }

  /** Each label's probability, highest first. */
  classify(features: FeatureBag): { label: string; probability: number }[] {
    const indexes: number[] = [];
    const values: number[] = [];
    for (const [key, value] of features) {
      const index = this.featureIndex.get(key);
      if (index === undefined) continue;
      indexes.push(index);
      values.push(value);
    }
    const probabilities = new Float64Array(this.labels.length);
    this.logits(indexes, values, probabilities);
    softmaxInPlace(probabilities);
    return this.labels.map((label, index) => ({ label, probability: probabilities[index] ?? 0 })).sort((a, b) => b.probability - a.probability);
  }

  /** Features the classifier learnt, for memory estimates. */
  get featureCount(): number {
    return this.featureIndex.size;
  }

  private logits(indexes: readonly number[], values: readonly number[], out: Float64Array): void {
    const classes = this.labels.length;
    for (let label = 0; label < classes; label++) out[label] = this.bias[label] ?? 0;
    for (let i = 0; i < indexes.length; i++) {
      const base = (indexes[i] ?? 0) * classes;
      const value = values[i] ?? 0;
      for (let label = 0; label < classes; label++) out[label] = (out[label] ?? 0) + value * (this.weights[base + label] ?? 0);
    }
  }
}

function softmaxInPlace(values: Float64Array): void {
  let max = -Infinity;
  for (const value of values) max = Math.max(max, value);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i] = Math.exp((values[i] ?? 0) - max);
  for (let i = 0; i < values.length; i++) values[i] = (values[i] ?? 0) / sum;
}
