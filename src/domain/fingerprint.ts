/**
 * Near-duplicate fingerprints of SMS texts, so that one scam template is followed across rotating
 * senders, links, names and amounts. normalise (textnorm.ts) → character 3-gram shingles →
 * one-permutation MinHash with K bins (each shingle hashed once) → LSH bands of R bins.
 * Texts whose estimated Jaccard similarity reaches MATCH_THRESHOLD belong to the same campaign.
 */
import { normaliseForFingerprint } from "./textnorm";

export const SIGNATURE_BINS = 128;
export const BAND_ROWS = 4;
export const BANDS = SIGNATURE_BINS / BAND_ROWS; // 32 band keys: within D1's 100 bound parameters
export const MATCH_THRESHOLD = 0.38;
/** Normalised texts shorter than this match only exactly (too little text to judge similarity). */
export const MIN_NEAR_DUPLICATE_CHARS = 10;
const SHINGLE = 3;
const EMPTY = 0xffffffff;

export interface TextFingerprint {
  /** Hex of a 64-bit hash of the normalised text: identical templates after normalisation. */
  exact: string;
  /** One-permutation MinHash signature (SIGNATURE_BINS values). */
  signature: Uint32Array;
  /** LSH band keys (band index · 2^32 + band hash), < 2^53; empty for very short texts. */
  bands: number[];
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function hashString(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return fmix32(h ^ text.length);
}

const signatureScratch = new Uint32Array(SIGNATURE_BINS);

function minhash(text: string): Uint32Array {
  const bins = signatureScratch.fill(EMPTY);
  const n = text.length;
  if (n === 0) return new Uint32Array(bins);
  const last = Math.max(1, n - SHINGLE + 1);
  for (let i = 0; i < last; i++) {
    const a = text.charCodeAt(i);
    const b = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    const c = i + 2 < n ? text.charCodeAt(i + 2) : 0;
    const h = fmix32(Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x632be5ab, 0x85ebca77) ^ Math.imul(c + 0x1b873593, 0xc2b2ae3d));
    const bin = h & (SIGNATURE_BINS - 1);
    const value = fmix32(h ^ 0x5bd1e995) >>> 1; // < EMPTY
    if (value < bins[bin]!) bins[bin] = value;
  }
  // Densification: an empty bin borrows the next filled bin's value (circularly), mixed with the
  // distance, so equal texts stay equal and empty bins do not all look alike. One backward scan
  // over two laps finds every bin's next filled bin.
  const out = new Uint32Array(SIGNATURE_BINS);
  let nextFilled = -1;
  for (let v = 2 * SIGNATURE_BINS - 1; v >= 0; v--) {
    const i = v % SIGNATURE_BINS;
    if (bins[i] !== EMPTY) {
      nextFilled = v;
      if (v < SIGNATURE_BINS) out[i] = bins[i]!;
    } else if (v < SIGNATURE_BINS && nextFilled >= 0) {
      out[i] = fmix32(bins[nextFilled % SIGNATURE_BINS]! ^ Math.imul(nextFilled - v, 0x27d4eb2f)) >>> 1;
    }
  }
  return out;
}

function bandKeys(signature: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let row = 0; row < BAND_ROWS; row++) h = fmix32(h ^ signature[band * BAND_ROWS + row]!);
    keys.push(band * 2 ** 32 + h);
  }
  return keys;
}

/**
 * The one entry point other code uses: fingerprint a raw SMS text.
 * Example: fingerprintText("【中信金融】您已逾期3天").exact === fingerprintText("【中信金融】 您已逾期 45 天").exact
 */
export function fingerprintText(text: string): TextFingerprint {
  const normalised = normaliseForFingerprint(text);
  const exact = hashString(normalised, 0x9747b28c).toString(16).padStart(8, "0") + hashString(normalised, 0x2545f491).toString(16).padStart(8, "0");
  const signature = minhash(normalised);
  return { exact, signature, bands: normalised.length >= MIN_NEAR_DUPLICATE_CHARS ? bandKeys(signature) : [] };
}

/** Estimated Jaccard similarity of the shingle sets: the share of equal bins, 0–1. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let i = 0; i < SIGNATURE_BINS; i++) if (a[i] === b[i]) equal++;
  return equal / SIGNATURE_BINS;
}

/** Compact storage form: base64 of the little-endian signature bytes. */
export function encodeSignature(signature: Uint32Array): string {
  const bytes = new Uint8Array(signature.buffer, signature.byteOffset, signature.byteLength);
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function decodeSignature(encoded: string): Uint32Array {
  const binary = atob(encoded);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Uint32Array(bytes.buffer, 0, Math.floor(bytes.length / 4));
}

export interface CampaignCandidate {
  id: string;
  signature: Uint32Array;
}

/** The nearest candidate campaign if it is close enough, else null (the text opens a new campaign). */
export function chooseCampaign(fingerprint: TextFingerprint, candidates: CampaignCandidate[]): { id: string; similarity: number } | null {
  let best: { id: string; similarity: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.signature.length !== SIGNATURE_BINS) continue;
    const score = similarity(fingerprint.signature, candidate.signature);
    if (score >= MATCH_THRESHOLD && (!best || score > best.similarity)) best = { id: candidate.id, similarity: score };
  }
  return best;
}
