/**
 * Training of the scam_language model (src/domain/scam-language.ts): logistic regression over the
 * hashed n-grams, fitted with AdaGrad (per-feature step sizes suit sparse n-grams: rare phrasings
 * still move) and an L2 penalty, in a fixed number of epochs over a seeded shuffle — the same rows
 * always give the same weights. Shared by scripts/train-scam-language.ts and its tests.
 */
import { createHash } from "node:crypto";
import { foldForMatching } from "../../src/domain/concepts";
import { featureNormaliser, hashedFeatures, NUMBER_OF_BUCKETS, type ScamLanguageModel, scamLanguageProbability } from "../../src/domain/scam-language";
import { mulberry32 as seededRandom } from "./synthetic";

export interface Example {
  /** Bucket ids of the text's n-grams (with repeats). */
  ids: Int32Array;
  /** 1 for a scam text, 0 for a genuine one. */
  label: 0 | 1;
  /** Grouping key for cross-validation: rows of one template share it. */
  group: string;
  /** Typology id or `genuine:<category>`. */
  category: string;
  text: string;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export const TRAINING_OPTIONS: TrainingOptions = { epochs: 12, learningRate: 0.2, l2: 1e-6, seed: 20_261_207 };

export function toExample(text: string, label: 0 | 1, group: string, category: string): Example {
  const { ids, count } = hashedFeatures(foldForMatching(text));
  return { ids: ids.slice(0, count), label, group, category, text };
}

export function shuffleInPlace<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/**
 * Fits the model; classes are weighted so genuine and scam texts count the same in all (there are
 * three times as many scam texts). Returns quantised weights (Int8, value = byte · scale).
 */
export function train(examples: readonly Example[], options: TrainingOptions = TRAINING_OPTIONS): ScamLanguageModel {
  const weights = new Float64Array(NUMBER_OF_BUCKETS);
  const squared = new Float64Array(NUMBER_OF_BUCKETS);
  let bias = 0;
  let biasSquared = 0;
  const scams = examples.filter((example) => example.label === 1).length;
  const genuine = examples.length - scams;
  const classWeight = [examples.length / (2 * Math.max(1, genuine)), examples.length / (2 * Math.max(1, scams))];
  const order = examples.map((_, i) => i);
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const index of order) {
      const { ids, label } = examples[index]!;
      // The same normalisation as scamLanguageLogit.
      const scale = ids.length > 0 ? 1 / featureNormaliser(ids.length) : 0;
      let z = bias;
      for (let k = 0; k < ids.length; k++) z += weights[ids[k]!]! * scale;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - label) * classWeight[label]!;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        const grad = g * scale + options.l2 * weights[id]!;
        squared[id]! += grad * grad;
        weights[id]! -= (options.learningRate * grad) / Math.sqrt(squared[id]! + 1e-8);
      }
      biasSquared += g * g;
      bias -= (options.learningRate * g) / Math.sqrt(biasSquared + 1e-8);
    }
  }
  return quantise(weights, bias);
}

function quantise(weights: Float64Array, bias: number): ScamLanguageModel {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 127 : 1;
  const bytes = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) bytes[i] = Math.round(weights[i]! / scale);
  return { bias: Number(bias.toFixed(6)), scale: Number(scale.toPrecision(8)), weights: bytes };
}

export function probability(model: ScamLanguageModel, text: string): number {
  return scamLanguageProbability(foldForMatching(text), model);
}

/**
 * Folds for grouped cross-validation: every template (group) goes to one fold, and each category's
 * templates are spread over the folds in a seeded order, so every fold tests every typology.
 */
export function groupedFolds(examples: readonly Example[], folds: number, seed: number): number[] {
  const random = seededRandom(seed);
  const groupsByCategory = new Map<string, string[]>();
  for (const example of examples) {
    const groups = groupsByCategory.get(example.category) ?? [];
    if (!groups.includes(example.group)) groups.push(example.group);
    groupsByCategory.set(example.category, groups);
  }
  const foldOf = new Map<string, number>();
  let offset = 0;
  for (const category of [...groupsByCategory.keys()].sort()) {
    const groups = shuffleInPlace([...groupsByCategory.get(category)!].sort(), random);
    groups.forEach((group, i) => {
      foldOf.set(group, (i + offset) % folds);
    });
    offset += groups.length;
  }
  return examples.map((example) => foldOf.get(example.group)!);
}

export function toBase64(bytes: Int8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
}

export const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
