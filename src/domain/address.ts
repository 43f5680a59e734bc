/**
 * Postal addresses in SMS text ("上门到广东省深圳市南山区科技园路88号3栋1201室"), whole or partial
 * ("南山区科技园路88号", "幸福小区5号楼2单元301", "1201室"), found so that redaction can drop them.
 * An address is anchored on what only addresses have — a numbered building part (栋, 单元, 室,
 * 号楼 …) or a street-level place (路, 街, 巷, 小区 …) — and then extended leftwards over the
 * administrative places before it (省, 市, 区, 县, 镇 …). A province, city or district alone is
 * not personal and stays. Every scan is bounded, so the cost is linear in the text.
 */

export interface AddressSpan {
  from: number;
  to: number;
}

/** Street-level suffixes: a place named with one of these is specific enough to be someone's address. */
const STREET_SUFFIXES = ["胡同", "小区", "花园", "公寓", "大厦", "家园", "新村", "大道", "大街", "街道", "路", "街", "巷", "弄", "村"];
/** Administrative suffixes, longest first: extend an address leftwards, never start one. */
const ADMIN_SUFFIXES = ["自治区", "自治州", "自治县", "特别行政区", "省", "市", "区", "县", "旗", "镇", "乡"];
/** Characters that end a place name when scanning left: grammar around an address, not part of it. */
const STOP_CHARS = new Set("的到在至往去你您我他她它们家住址是为于从和与及或、把将要来请已被就都也给向对");
const MAX_NAME_CHARS = 4;
const MAX_PLACES = 8;

/** Numbered parts: "88号", "5号楼", "3栋", "2单元", "1201室", "12-3号", with an optional bare room number after the last ("2单元301"). */
const NUMBERED_PARTS = /(?<![\d-])(?:\d{1,5}(?:-\d{1,5})?(?:号楼|号院|号|栋|幢|座|单元|室|楼|层)){1,6}(?:\d{1,5}(?![\d号栋幢座单元室楼层]))?/g;
/** Parts no date, count or time has: one of them alone is already an address. */
const BUILDING_PART = /栋|幢|座|单元|室|号楼|号院/;

const isHan = (char: string | undefined) => char !== undefined && char >= "\u4e00" && char <= "\u9fff";

/** The suffix (from the list) that ends exactly at `end`, or "". */
function suffixEndingAt(text: string, end: number, suffixes: string[]): string {
  for (const suffix of suffixes) if (end - suffix.length >= 0 && text.startsWith(suffix, end - suffix.length)) return suffix;
  return "";
}

/** Where the name before a suffix starts: up to MAX_NAME_CHARS Chinese characters, stopping at grammar or another place. */
function nameStart(text: string, end: number): number {
  let start = end;
  while (start > 0 && end - start < MAX_NAME_CHARS && isHan(text[start - 1]) && !STOP_CHARS.has(text[start - 1]!)) {
    if (suffixEndingAt(text, start, STREET_SUFFIXES) || suffixEndingAt(text, start, ADMIN_SUFFIXES)) break;
    start--;
  }
  return start;
}

/** The start of the places (a name and its street-level or administrative suffix, each) that end at `end`. */
function placesBefore(text: string, end: number): number {
  let from = end;
  for (let places = 0; places < MAX_PLACES; places++) {
    const suffix = suffixEndingAt(text, from, STREET_SUFFIXES) || suffixEndingAt(text, from, ADMIN_SUFFIXES);
    if (!suffix) break;
    const start = nameStart(text, from - suffix.length);
    // A suffix with no name before it is an ordinary word, not a place.
    if (start === from - suffix.length) break;
    from = start;
  }
  return from;
}

/**
 * Address spans in a text, left to right, not overlapping.
 * Example: addressSpans("上门到深圳市南山区科技园路88号") → [{ from: 3, to: 17 }]
 */
export function addressSpans(text: string): AddressSpan[] {
  const spans: AddressSpan[] = [];
  const add = (from: number, to: number) => spans.push({ from, to });
  const numbered: AddressSpan[] = [];
  for (const match of text.matchAll(NUMBERED_PARTS)) numbered.push({ from: match.index, to: match.index + match[0].length });

  const partAt = new Map(numbered.map((part) => [part.from, part]));

  // Street-level places, with the numbered parts right after them; without a number the street's
  // own name needs two characters, so "走路", "一路顺风" and "马路" stay.
  for (let end = 1; end <= text.length; end++) {
    const suffix = suffixEndingAt(text, end, STREET_SUFFIXES);
    if (!suffix) continue;
    const parts = partAt.get(end) ?? partAt.get(end + 1);
    const ownName = end - suffix.length - nameStart(text, end - suffix.length);
    if (ownName < (parts ? 1 : 2)) continue;
    add(placesBefore(text, end), parts ? parts.to : end);
  }
  // Numbered building parts on their own ("3栋1201室") or after administrative places only.
  for (const part of numbered) {
    const value = text.slice(part.from, part.to);
    // A digit followed by a unit ends each numbered part ("12-3号" is one part).
    const multiple = (value.match(/\d[^\d-]/g) ?? []).length > 1;
    if (!BUILDING_PART.test(value) && !multiple) continue;
    add(placesBefore(text, part.from), part.to);
  }
  return spans.sort((a, b) => a.from - b.from).reduce<AddressSpan[]>((merged, span) => {
    const last = merged.at(-1);
    if (last && span.from <= last.to) last.to = Math.max(last.to, span.to);
    else merged.push({ ...span });
    return merged;
  }, []);
}
