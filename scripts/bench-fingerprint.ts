/**
 * Fingerprinting throughput in plain TypeScript on one core: normalisation + MinHash + LSH band
 * keys over the eval corpus texts (warm-up first, then ≥ 2 s measured). Goal ≥ 100,000 messages/s.
 *   npm run bench:fingerprint
 */
import { fingerprintText } from "../src/domain/fingerprint";
import { buildCorpus } from "./eval-corpus";
import { handleHelp } from "./lib/cli";

handleHelp(import.meta.url);

const GOAL = 100_000;
const texts = buildCorpus(7).map((item) => item.text);
for (let i = 0; i < 20_000; i++) fingerprintText(texts[i % texts.length]!);
let count = 0;
const started = performance.now();
while (performance.now() - started < 2000) {
  for (let i = 0; i < 1000; i++) fingerprintText(texts[(count + i) % texts.length]!);
  count += 1000;
}
const perSecond = count / ((performance.now() - started) / 1000);
const chars = texts.reduce((sum, t) => sum + t.length, 0) / texts.length;
console.log(`fingerprinting: ${perSecond.toFixed(0)} messages/s on one core (mean ${chars.toFixed(0)} chars) — goal ≥ ${GOAL}: ${perSecond >= GOAL ? "MET" : "MISSED"}`);
