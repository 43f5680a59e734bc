/**
 * Content analysis cost per text (analyseContent: signals, institution, callback numbers, fraud
 * typology — what /check and /reports run on every text), p50 and p90 over texts of a given
 * length built by joining messages of the labelled corpus (data/corpus), so they are dense with
 * the words the patterns look for. Links are extracted separately, as the services do.
 */
import { foldForMatching } from "../../src/domain/concepts";
import { findInstitution } from "../../src/domain/institutions";
import { scamLanguageProbability } from "../../src/domain/scam-language";
import { extractLinks } from "../../src/domain/links";
import { analyseContent } from "../../src/domain/signals";
import { corpusMessages, joinedMessages } from "./corpus";

function percentiles(run: (text: string) => unknown, texts: string[], rounds: number): { p50: number; p90: number } {
  for (let i = 0; i < Math.min(rounds, 300); i++) run(texts[i % texts.length]!); // warm-up: JIT, lazily built tables
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    run(texts[i % texts.length]!);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(rounds * 0.5)]!, p90: times[Math.floor(rounds * 0.9)]! };
}

export function measureAnalysisCost(length = 2000, rounds = 2000): string {
  const texts = joinedMessages(corpusMessages(), length, 400);
  const links = new Map(texts.map((text) => [text, extractLinks(text)]));
  const all = percentiles((text) => analyseContent(text, undefined, links.get(text)), texts, rounds);
  const institution = percentiles((text) => findInstitution(text), texts, rounds);
  // The learned model reads the folded text analyseContent has already computed.
  const folded = new Map(texts.map((text) => [text, foldForMatching(text)]));
  const language = percentiles((text) => scamLanguageProbability(folded.get(text)!), texts, rounds);
  const ms = (x: number) => `${x.toFixed(3)} ms`;
  return `content analysis at ${length} characters: p50 ${ms(all.p50)}, p90 ${ms(all.p90)} per text (of which institution matching p50 ${ms(institution.p50)}, scam_language model p50 ${ms(language.p50)}; link extraction not included)`;
}
