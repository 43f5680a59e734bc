/**
 * npm run train:language — trains the scam_language model (src/domain/scam-language.ts) on the tune
 * split of data/corpus/{scam,genuine}.tsv and writes src/domain/scam-language-weights.ts.
 *
 * First it estimates how the model generalises, by GROUPED cross-validation: the rows of one
 * template (label + template number; its writing styles) are never in both a training and a test
 * fold. On the out-of-fold probabilities it chooses the tiers' thresholds: the pair with the best
 * mean recall of the model without the rules' points (the rules are in-sample here; flagged = score
 * ≥ the app's `suspicious` threshold) among those that keep the false flags the model adds to the rules' ≤ 0.3 % overall
 * and ≤ 0.5 % in every genuine category (a tier no threshold keeps within them is off). It prints per-typology recall
 * and per-category false flags at those thresholds, rules alone and rules + model. The hand-written
 * rules were tuned on these same texts, so only the model's part of the figure is out-of-sample.
 *
 * Then the model's check: the latest retired hold-out set (CHECKED_SET, found by name in the tune split's
 * sets, scripts/corpus/generate.ts) is taken out, the model trained on the rest, and the set scored as a
 * whole. The rules were tuned on it, so only the model's column is out of sample. (Until session 16 the
 * set was found as the last templates of each list, which had drifted to newer sets as they were added.)
 *
 * Finally the model is trained on every tune row (fixed seed, fixed epochs) and written.
 *   npm run train:language [-- --check] [--no-cv]
 *     --check   retrain and compare with the committed weights module; write nothing (exit 1 if they differ)
 *     --no-cv   skip cross-validation and the blind check (keeps the committed thresholds)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { CONTENT_CAP, CONTENT_POINTS, contentPoints, PRETEXT_ONLY_POINTS, SCAM_LANGUAGE_VERY_HIGH_EXTRA, THRESHOLDS, typologyCounts } from "../src/domain/score";
import { SCAM_LANGUAGE_WEIGHTS } from "../src/domain/scam-language-weights";
import { BUCKET_BITS, everyPassageLow, SCAM_LANGUAGE_LOW_BELOW, scamLanguageTier } from "../src/domain/scam-language";
import { analyseContent, modelText } from "../src/domain/signals";
import { foldForMatching } from "../src/domain/concepts";
import { TYPOLOGY_IDS, type TypologyId } from "../src/domain/typologies";
import type { Signal } from "../src/domain/types";
import { genuineTuneSets, scamTuneSets } from "./corpus/generate";
import type { GenuineCategory } from "./corpus/genuine-templates";
import { readCorpus, type Row } from "./lib/corpus";
import { handleHelp } from "./lib/cli";
import { type Example, groupedFolds, probability, sha256, TRAINING_OPTIONS, toBase64, toExample, train } from "./lib/scam-language-training";

export const FOLDS = 5;
export const MAX_FALSE_FLAGS = 0.003;
export const MAX_FALSE_FLAGS_PER_CATEGORY = 0.005;
const WEIGHTS_FILE = join(import.meta.dirname, "../src/domain/scam-language-weights.ts");
const SUSPICIOUS = THRESHOLDS.app.suspicious;

interface Scored {
  example: Example;
  /** Content points of the rules alone (scam_language left out), before the cap. */
  rulePoints: number;
  /** Whether the model may count on this text (src/domain/signals.ts). */
  allowed: boolean;
  /** The matched typology's share of rulePoints, which the model's dissent takes away (src/domain/score.ts typologyCounts). */
  typologyPoints: number;
  /** The rules' signals (scam_language left out): whether the model's dissent applies depends on them. */
  ruleSignals: Signal[];
  /** Out-of-fold (or held-out) model probability. */
  p: number;
  /** A call or chat transcript: set aside when the model reads it, and every passage of it, as genuine. */
  transcript: boolean;
  /** Whether the model (this fold's, or the held-out check's) reads every passage of the transcript as genuine (everyPassageLow). */
  passagesLow: boolean;
  /** A first message's typology the rules see (ContentAnalysis.firstMessage): it counts at the high tier. */
  firstMessage: boolean;
}

/** The tune rows and their hash: the weights module records it, and a test checks it against data/corpus. */
export function tuneRows(): { scam: Row[]; genuine: Row[]; corpusHash: string } {
  const scam = readCorpus("scam.tsv").filter((row) => row.split === "tune");
  const genuine = readCorpus("genuine.tsv").filter((row) => row.split === "tune");
  const corpusHash = sha256([...scam, ...genuine].map((row) => `${row.label}\t${row.template}\t${row.text}`).join("\n"));
  return { scam, genuine, corpusHash };
}

function examplesOf(scam: Row[], genuine: Row[]): Example[] {
  return [
    // The model reads what analyseContent gives it: a transcript without the reader's turns (modelText).
    ...scam.map((row) => toExample(modelText(row.text), 1, `${row.label}#${row.template}`, row.label)),
    ...genuine.map((row) => toExample(modelText(row.text), 0, `${row.label}#${row.template}`, row.label)),
  ];
}

type RuleView = Pick<Scored, "rulePoints" | "allowed" | "typologyPoints" | "ruleSignals" | "transcript" | "firstMessage">;

function ruleView(text: string): RuleView {
  // What the rules find in the row's text, without the deployed model's reading of transcripts: `flagged` applies it with this fold's model.
  const content = analyseContent(text, undefined, undefined, { setAsideGenuineTranscripts: false });
  const ruleSignals = content.signals.filter((signal) => signal !== "scam_language");
  // A first message's typology counts by the model's tier: `flagged` applies it with this fold's model.
  const typology = content.typology?.firstMessage ? null : content.typology;
  const rulePoints = contentPoints(ruleSignals, typology);
  return {
    rulePoints,
    allowed: content.scamLanguage.allowed,
    typologyPoints: rulePoints - contentPoints(ruleSignals, null),
    ruleSignals,
    transcript: content.transcript,
    firstMessage: content.firstMessage !== undefined,
  };
}

/** The model's dissent, as src/domain/score.ts applies it: a typology without a request does not count below the "low" tier. */
const dissents = (item: Scored) => item.typologyPoints > 0 && !typologyCounts(item.ruleSignals, scamLanguageTier(item.p));

/** Flagged with the model's tiers at these thresholds; both OFF is the rules alone, without the model's dissent too. */
function flagged(item: Scored, high: number, veryHigh: number): boolean {
  const modelOn = high < OFF || veryHigh < OFF;
  // A transcript the model reads as genuine is set aside (src/domain/signals.ts).
  if (modelOn && item.transcript && scamLanguageTier(item.p) === "low" && item.passagesLow) return false;
  let points = item.rulePoints - (modelOn && dissents(item) ? item.typologyPoints : 0);
  // The very-high tier counts alone; the high tier only for a first message's typology, which then counts too (src/domain/signals.ts).
  if (item.allowed && item.p >= veryHigh) points += CONTENT_POINTS.scam_language + SCAM_LANGUAGE_VERY_HIGH_EXTRA;
  else if (item.allowed && item.p >= high && item.firstMessage) points += CONTENT_POINTS.scam_language + PRETEXT_ONLY_POINTS;
  return Math.min(CONTENT_CAP, points) >= SUSPICIOUS;
}

interface Rates {
  recall: Map<string, number>;
  falseFlags: Map<string, number>;
  overallFalseFlags: number;
  /** Genuine texts the model flags that the rules alone do not, per category and overall. */
  addedFalseFlags: Map<string, number>;
  overallAddedFalseFlags: number;
  meanRecall: number;
}

function rates(items: readonly Scored[], high: number, veryHigh: number): Rates {
  const recall = new Map<string, number>();
  const falseFlags = new Map<string, number>();
  const addedFalseFlags = new Map<string, number>();
  let genuineAdded = 0;
  const byCategory = new Map<string, Scored[]>();
  for (const item of items) byCategory.set(item.example.category, [...(byCategory.get(item.example.category) ?? []), item]);
  let genuineFlagged = 0;
  let genuineTotal = 0;
  for (const [category, rows] of byCategory) {
    const share = rows.filter((item) => flagged(item, high, veryHigh)).length / rows.length;
    if (category.startsWith("genuine:")) {
      falseFlags.set(category, share);
      const added = rows.filter((item) => flagged(item, high, veryHigh) && !flagged(item, OFF, OFF)).length;
      addedFalseFlags.set(category, added / rows.length);
      genuineAdded += added;
      genuineFlagged += share * rows.length;
      genuineTotal += rows.length;
    } else recall.set(category, share);
  }
  const recalls = [...recall.values()];
  return {
    recall,
    falseFlags,
    overallFalseFlags: genuineTotal > 0 ? genuineFlagged / genuineTotal : 0,
    addedFalseFlags,
    overallAddedFalseFlags: genuineTotal > 0 ? genuineAdded / genuineTotal : 0,
    meanRecall: recalls.reduce((a, b) => a + b, 0) / Math.max(1, recalls.length),
  };
}

/** The model's own false flags (beyond the rules') within the limits. */
const withinLimits = (r: Rates) =>
  r.overallAddedFalseFlags <= MAX_FALSE_FLAGS && [...r.addedFalseFlags.values()].every((x) => x <= MAX_FALSE_FLAGS_PER_CATEGORY);

/** Out of reach of any probability: the tier is off. */
const OFF = 1.01;
/**
 * No tier below 0.95: the false-flag limits are judged on the corpus's genuine texts, and with a larger corpus they
 * allowed 0.90 (session 14), where the model alone flagged 1 % of personal texts. The floor was 0.97 in session 15;
 * session 16 lowered it to 0.95 (and the per-category limit from 0.3 to 0.5 %) after a fresh blind set of early-stage
 * scams (#72) had a fifth of its misses at p 0.94–0.97 while a fresh genuine set (#73) had no text above 0.8, and
 * cross-validation puts 0.1 % of genuine texts and 89 % of scam texts at or above 0.95. The hard near miss the tests
 * hold at p ≈ 0.95–0.96 — an own-app verification notice ("请登录支付宝APP完成身份验证") — is kept from counting by
 * the official_channel guard, not by the threshold.
 */
export const MIN_THRESHOLD = 0.95;
/**
 * The high tier counts only for a first message's typology (ContentAnalysis.firstMessage), so its floor is lower: 0.9.
 * Session 18 measured out of fold, before the change, that counting a first message's typology at 0.85 would add
 * 0.13 % false flags (0.42 % of personal texts) and at 0.9 0.08 % (0.27 %), for about half of the scams the rules and
 * the very-high tier missed.
 */
export const MIN_HIGH_THRESHOLD = 0.9;
/** Every threshold the model-alone shares are printed for; the tiers are chosen from those at or above their floors. */
const SHARES_AT = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.96, 0.97, 0.975, 0.98, 0.99, 0.995, 0.998, 0.999];
const GRID = [...SHARES_AT.filter((t) => t >= MIN_THRESHOLD), OFF];
const HIGH_GRID = [...SHARES_AT.filter((t) => t >= MIN_HIGH_THRESHOLD), OFF];

/** The pair of thresholds with the best mean recall within the false-flag limits (ties: the higher, safer pair). */
function chooseThresholds(items: readonly Scored[]): { high: number; veryHigh: number } {
  // Recall is judged on what the model catches without the rules' points: the rules are in-sample
  // on these texts and would hide the model's part. False flags are judged with the rules' points.
  const blindScams = items.map((item) => (item.example.label === 1 ? { ...item, rulePoints: 0, typologyPoints: 0 } : item));
  let best = { high: OFF, veryHigh: OFF, recall: rates(blindScams, OFF, OFF).meanRecall };
  // Highest thresholds first: a tie keeps the safer pair.
  for (const high of [...HIGH_GRID].reverse()) {
    for (const veryHigh of GRID.filter((t) => t >= high).reverse()) {
      const recall = rates(blindScams, high, veryHigh).meanRecall;
      if (withinLimits(rates(items, high, veryHigh)) && recall > best.recall + 1e-9) best = { high, veryHigh, recall };
    }
  }
  return { high: best.high, veryHigh: best.veryHigh };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}`.padStart(6);

function printTable(title: string, items: readonly Scored[], high: number, veryHigh: number): void {
  const rules = rates(items, OFF, OFF);
  const both = rates(items, high, veryHigh);
  const modelHigh = rates(
    items.map((item) => ({ ...item, rulePoints: 0, typologyPoints: 0 })),
    high,
    veryHigh,
  );
  const modelAny = (category: string) => {
    const rows = items.filter((item) => item.example.category === category);
    return rows.filter((item) => item.p >= high).length / Math.max(1, rows.length);
  };
  console.log(`\n${title}`);
  console.log(`${"typology".padEnd(22)}  rules  rules+model  model≥high  model alone flags`);
  for (const id of TYPOLOGY_IDS) {
    if (!both.recall.has(id)) continue;
    console.log(`${id.padEnd(22)} ${pct(rules.recall.get(id)!)}  ${pct(both.recall.get(id)!)}       ${pct(modelAny(id))}      ${pct(modelHigh.recall.get(id)!)}`);
  }
  console.log(`${"mean recall".padEnd(22)} ${pct(rules.meanRecall)}  ${pct(both.meanRecall)}`);
  console.log(`${"genuine category".padEnd(22)}  rules  rules+model  model≥high  added by model  (false flags, %)`);
  for (const category of [...both.falseFlags.keys()].sort()) {
    console.log(
      `${category.padEnd(22)} ${pct(rules.falseFlags.get(category)!)}  ${pct(both.falseFlags.get(category)!)}       ${pct(modelAny(category))}      ${pct(both.addedFalseFlags.get(category)!)}`,
    );
  }
  console.log(`${"all genuine".padEnd(22)} ${pct(rules.overallFalseFlags)}  ${pct(both.overallFalseFlags)}                     ${pct(both.overallAddedFalseFlags)}`);
  const share = (label: 0 | 1, t: number) => items.filter((item) => item.example.label === label && item.p >= t).length / Math.max(1, items.filter((item) => item.example.label === label).length);
  const dissentCost = (label: 0 | 1) => {
    const rulesFlagged = items.filter((item) => item.example.label === label && flagged(item, OFF, OFF));
    return `${rulesFlagged.filter((item) => dissents(item) && item.rulePoints - item.typologyPoints < SUSPICIOUS).length} of ${rulesFlagged.length}`;
  };
  console.log(`the model's dissent (p < ${SCAM_LANGUAGE_LOW_BELOW}, no request; included in the rules+model column): rules-flagged texts it unflags — scam ${dissentCost(1)}, genuine ${dissentCost(0)}`);
  const setAside = (label: 0 | 1) => {
    const transcripts = items.filter((item) => item.example.label === label && item.transcript);
    const low = transcripts.filter((item) => scamLanguageTier(item.p) === "low" && item.passagesLow);
    return `${low.filter((item) => flagged(item, OFF, OFF)).length} rules-flagged of ${low.length} read as genuine, of ${transcripts.length} transcripts`;
  };
  console.log(`transcripts set aside (p < ${SCAM_LANGUAGE_LOW_BELOW} as a whole and in every passage; included in the rules+model column): scam ${setAside(1)}; genuine ${setAside(0)}`);
  console.log(`model alone, share with p ≥ t: ${SHARES_AT.map((t) => `${t}: scam ${pct(share(1, t)).trim()} / genuine ${pct(share(0, t)).trim()}`).join("; ")}`);
}

/** Whether this model reads every passage of an example (already its modelText) as genuine, as analyseContent asks of a transcript. */
const readsGenuineThroughout = (example: Example, model: ReturnType<typeof train>) => everyPassageLow(foldForMatching(example.text), model);

function crossValidate(examples: Example[], views: RuleView[]): Scored[] {
  const folds = groupedFolds(examples, FOLDS, TRAINING_OPTIONS.seed);
  const p = new Float64Array(examples.length);
  const passagesLow = new Uint8Array(examples.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = train(examples.filter((_, i) => folds[i] !== fold));
    examples.forEach((example, i) => {
      if (folds[i] !== fold) return;
      p[i] = probability(model, example.text);
      if (views[i]!.transcript) passagesLow[i] = readsGenuineThroughout(example, model) ? 1 : 0;
    });
  }
  return examples.map((example, i) => ({ example, ...views[i]!, p: p[i]!, passagesLow: passagesLow[i] === 1 }));
}

/** The set the model's check leaves out: the latest retired hold-out set (scripts/corpus/generate.ts names the sets). */
export const CHECKED_SET = "retired-holdout-82";

/** Whether each example is a row of the named tune set: its template number falls in that set's range of its label's list. */
function inTuneSet(examples: Example[], name: string): boolean[] {
  const rangeOf = new Map<string, [number, number]>();
  const range = (category: string): [number, number] => {
    const known = rangeOf.get(category);
    if (known) return known;
    const sets = category.startsWith("genuine:") ? genuineTuneSets(category.slice(8) as GenuineCategory) : scamTuneSets(category as TypologyId);
    let start = 0;
    let found: [number, number] = [0, 0];
    for (const [setName, templates] of sets) {
      if (setName === name) found = [start, start + templates.length];
      start += templates.length;
    }
    rangeOf.set(category, found);
    return found;
  };
  return examples.map((example) => {
    const template = Number(example.group.split("#")[1]);
    const [start, end] = range(example.category);
    return template >= start && template < end;
  });
}

export function weightsModule(model: ReturnType<typeof train>, thresholds: { high: number; veryHigh: number }, corpusHash: string): string {
  const weights = toBase64(model.weights);
  return `// Generated by \`npm run train:language\` (scripts/train-scam-language.ts) — do not edit.
// Logistic regression over 2^${BUCKET_BITS} hashed n-grams, Int8-quantised (value = byte · scale), base64.
// corpusHash: sha256 of the tune rows trained on; weightsHash: sha256 of \`weights\` (test/domain/scam-language.test.ts checks both).
export const SCAM_LANGUAGE_WEIGHTS = {
  bits: ${BUCKET_BITS},
  bias: ${model.bias},
  scale: ${model.scale},
  highThreshold: ${thresholds.high},
  veryHighThreshold: ${thresholds.veryHigh},
  corpusHash: "${corpusHash}",
  weightsHash: "${sha256(weights)}",
  weights:
    "${weights}",
} as const;
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  handleHelp(import.meta.url);
  const check = process.argv.includes("--check");
  const { scam, genuine, corpusHash } = tuneRows();
  const examples = examplesOf(scam, genuine);
  console.log(`scam_language: ${scam.length} scam and ${genuine.length} genuine tune texts, ${new Set(examples.map((e) => e.group)).size} templates`);
  let thresholds: { high: number; veryHigh: number } = { high: SCAM_LANGUAGE_WEIGHTS.highThreshold, veryHigh: SCAM_LANGUAGE_WEIGHTS.veryHighThreshold };
  if (!process.argv.includes("--no-cv")) {
    const views = [...scam, ...genuine].map((row) => ruleView(row.text));
    const scored = crossValidate(examples, views);
    thresholds = chooseThresholds(scored);
    console.log(`thresholds from ${FOLDS}-fold grouped cross-validation: high ${thresholds.high}, very high ${thresholds.veryHigh}${thresholds.veryHigh >= OFF ? " (off: no threshold keeps false flags within the limits)" : ""}`);
    printTable(`${FOLDS}-fold cross-validation grouped by template (recall and false flags, %; rules are in-sample)`, scored, thresholds.high, thresholds.veryHigh);

    const inLatest = inTuneSet(examples, CHECKED_SET);
    const model = train(examples.filter((_, i) => !inLatest[i]));
    const blind = examples.flatMap((example, i) =>
      inLatest[i] ? [{ example, ...views[i]!, p: probability(model, example.text), passagesLow: views[i]!.transcript && readsGenuineThroughout(example, model) }] : [],
    );
    printTable(`set ${CHECKED_SET} (${blind.length} texts), model trained without it (the rules were tuned on it)`, blind, thresholds.high, thresholds.veryHigh);
  }
  const model = train(examples);
  const source = weightsModule(model, thresholds, corpusHash);
  if (check) {
    const same = readFileSync(WEIGHTS_FILE, "utf8") === source;
    console.log(same ? "weights module matches a fresh training run" : "weights module differs from a fresh training run: run npm run train:language");
    if (!same) process.exitCode = 1;
  } else {
    writeFileSync(WEIGHTS_FILE, source);
    console.log(`wrote ${WEIGHTS_FILE} (${(source.length / 1024).toFixed(0)} KiB)`);
  }
}
