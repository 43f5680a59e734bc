/**
 * The labelled corpus of data/corpus (written by scripts/corpus/generate.ts; columns in its README):
 * read by the typology eval, the scam_language training, and the analysis cost and snapshot scripts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

export interface Row {
  split: string;
  label: string;
  template: string;
  style: string;
  text: string;
}

export function readCorpus(file: "scam.tsv" | "genuine.tsv"): Row[] {
  const lines = readFileSync(join(import.meta.dirname, "../../data/corpus", file), "utf8").split("\n").slice(1);
  return lines.filter(Boolean).map((line) => {
    const [split, label, template, style, text] = line.split("\t") as [string, string, string, string, string];
    return { split, label, template, style, text };
  });
}

/** Every message of the corpus, scam texts first, both splits. */
export function corpusMessages(): string[] {
  return [...readCorpus("scam.tsv"), ...readCorpus("genuine.tsv")].map((row) => row.text);
}

/**
 * `count` texts of exactly `length` characters, each joining corpus messages (one per line) from its
 * own starting point: long texts dense with the words the patterns look for.
 */
export function joinedMessages(messages: readonly string[], length: number, count: number): string[] {
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = "";
    for (let j = i * 13; text.length < length; j++) text += `${messages[(j * 7919) % messages.length]!}\n`;
    texts.push(text.slice(0, length));
  }
  return texts;
}
