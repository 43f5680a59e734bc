import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseSender, registryKeyOf } from "../../src/domain/phone";
import type { SenderKind } from "../../src/domain/types";

type Row = [input: string, normalized: string, kind: SenderKind, country: string | null];

const accepted: Row[] = [
  // Mobiles: separators, country-code prefixes, full-width forms, pasted labels.
  ["13800138000", "+8613800138000", "mobile", "CN"],
  ["138 0013 8000", "+8613800138000", "mobile", "CN"],
  ["138-0013-8000", "+8613800138000", "mobile", "CN"],
  ["138.0013.8000", "+8613800138000", "mobile", "CN"],
  ["(138) 0013.8001", "+8613800138001", "mobile", "CN"],
  ["+86 138-0013-8000", "+8613800138000", "mobile", "CN"],
  ["+86 (138) 0013 8000", "+8613800138000", "mobile", "CN"],
  ["+8613800138000", "+8613800138000", "mobile", "CN"],
  ["0086 13800138001", "+8613800138001", "mobile", "CN"],
  ["0086-139-0013-9000", "+8613900139000", "mobile", "CN"],
  ["8613800138001", "+8613800138001", "mobile", "CN"],
  ["86 150 0015 0000", "+8615000150000", "mobile", "CN"],
  ["１３８００１３８００１", "+8613800138001", "mobile", "CN"],
  ["(+86) 139.1234.5678", "+8613912345678", "mobile", "CN"],
  ["0139 1234 5678", "+8613912345678", "mobile", "CN"],
  ["+86 (0)139 1234 5678", "+8613912345678", "mobile", "CN"],
  ["（+86）139 1234 5678", "+8613912345678", "mobile", "CN"],
  ["[+86] 139-1234-5678", "+8613912345678", "mobile", "CN"],
  ["(0086) 139·1234·5678", "+8613912345678", "mobile", "CN"],
  ["+86　139‐1234–5678", "+8613912345678", "mobile", "CN"],
  ["＋８６　１３８－００１３－８０００", "+8613800138000", "mobile", "CN"],
  ["（１３８）００１３ ８０００", "+8613800138000", "mobile", "CN"],
  ["138/0013/8000", "+8613800138000", "mobile", "CN"],
  ["138—0013—8000", "+8613800138000", "mobile", "CN"],
  ["\u202d+86 138 0013 8000\u202c", "+8613800138000", "mobile", "CN"],
  ["138\u200b0013\u200b8000", "+8613800138000", "mobile", "CN"],
  ["  17100001234  ", "+8617100001234", "mobile", "CN"],
  ["tel:+86-199-0000-1111", "+8619900001111", "mobile", "CN"],
  ["发件人：+86 186 0000 1234", "+8618600001234", "mobile", "CN"],
  ["来电 13912345678", "+8613912345678", "mobile", "CN"],
  // Landlines: trunk 0 for Beijing, Shanghai, Guangzhou, Shenzhen and 3-digit area codes, or +86 without it.
  ["010-12345678", "+861012345678", "landline", "CN"],
  ["(010) 6588 3001", "+861065883001", "landline", "CN"],
  ["+86 10 12345678", "+861012345678", "landline", "CN"],
  ["+86 (10) 6588 3001", "+861065883001", "landline", "CN"],
  ["0086 10 8765 4321", "+861087654321", "landline", "CN"],
  ["(+86) 10.8765.4321", "+861087654321", "landline", "CN"],
  ["86 (0755) 8888 6666", "+8675588886666", "landline", "CN"],
  ["021-38690588", "+862138690588", "landline", "CN"],
  ["+86-21-28283888", "+862128283888", "landline", "CN"],
  ["+86 (0)21 6129 5599", "+862161295599", "landline", "CN"],
  ["020 8311 1234", "+862083111234", "landline", "CN"],
  ["(0755) 8888 6666", "+8675588886666", "landline", "CN"],
  ["（0755）8888-6666", "+8675588886666", "landline", "CN"],
  ["0755.2273.1198", "+8675522731198", "landline", "CN"],
  ["86 755 8888 6666", "+8675588886666", "landline", "CN"],
  ["0592-3386666", "+865923386666", "landline", "CN"],
  ["0571-85022088", "+8657185022088", "landline", "CN"],
  ["0898-6533-7739", "+8689865337739", "landline", "CN"],
  ["010-96066", "+861096066", "landline", "CN"],
  ["0532-96588", "+8653296588", "landline", "CN"],
  // Service numbers: 95xxx (with extensions), 96xxx, 400 and 800.
  ["95558", "95558", "service", "CN"],
  ["95588", "95588", "service", "CN"],
  ["95555", "95555", "service", "CN"],
  ["95511", "95511", "service", "CN"],
  ["９５５５８", "95558", "service", "CN"],
  ["+86 95558", "95558", "service", "CN"],
  ["86 95558", "95558", "service", "CN"],
  ["(+86) 400.699.8888", "4006998888", "service", "CN"],
  ["86-10086", "10086", "short_code", "CN"],
  ["9555801", "9555801", "service", "CN"],
  ["955581101", "955581101", "service", "CN"],
  ["950808", "950808", "service", "CN"],
  ["96110", "96110", "service", "CN"],
  ["962999", "962999", "service", "CN"],
  ["400-699-8888", "4006998888", "service", "CN"],
  ["400 809 8888", "4008098888", "service", "CN"],
  ["4000188113", "4000188113", "service", "CN"],
  ["+86 400 123 4567", "4001234567", "service", "CN"],
  ["800-810-1234", "8008101234", "service", "CN"],
  ["800 820 8820", "8008208820", "service", "CN"],
  // Carrier and government short codes.
  ["10086", "10086", "short_code", "CN"],
  ["10010", "10010", "short_code", "CN"],
  ["10000", "10000", "short_code", "CN"],
  ["12321", "12321", "short_code", "CN"],
  ["12345", "12345", "short_code", "CN"],
  ["12315", "12315", "short_code", "CN"],
  ["12306", "12306", "short_code", "CN"],
  ["110", "110", "short_code", "CN"],
  ["114", "114", "short_code", "CN"],
  ["11185", "11185", "short_code", "CN"],
  ["1008611", "1008611", "short_code", "CN"],
  ["10086021", "10086021", "short_code", "CN"],
  ["+86 10086", "10086", "short_code", "CN"],
  ["12583110086", "12583110086", "short_code", "CN"],
  // 106 bulk-SMS ports of 8 to 21 digits.
  ["10699000", "10699000", "sms_port", "CN"],
  ["1065 5152", "10655152", "sms_port", "CN"],
  ["106599366", "106599366", "sms_port", "CN"],
  ["1069095599", "1069095599", "sms_port", "CN"],
  ["1069 0000 1234", "106900001234", "sms_port", "CN"],
  ["10690000555", "10690000555", "sms_port", "CN"],
  ["1069012345678", "1069012345678", "sms_port", "CN"],
  ["10659020295566", "10659020295566", "sms_port", "CN"],
  ["1068915371004053", "1068915371004053", "sms_port", "CN"],
  ["10690000123456789", "10690000123456789", "sms_port", "CN"],
  ["10657-0000-1111-2222-33", "1065700001111222233", "sms_port", "CN"],
  ["10690000123456789012", "10690000123456789012", "sms_port", "CN"],
  ["106900001234567890123", "106900001234567890123", "sms_port", "CN"],
  ["+86 1069 0000 1234", "106900001234", "sms_port", "CN"],
  ["+8610690000555", "10690000555", "sms_port", "CN"],
  ["发件人：1069 0000 1234", "106900001234", "sms_port", "CN"],
  ["发信人: 10655 0123 4567", "1065501234567", "sms_port", "CN"],
  ["来自1069 0000 1234", "106900001234", "sms_port", "CN"],
  ["From: 1065 8112", "10658112", "sms_port", "CN"],
  // Foreign numbers: an explicit + or 00 with a country code other than 86.
  ["+1 (800) 633-0738", "+18006330738", "international", "US"],
  ["+1-415-667-7870", "+14156677870", "international", "US"],
  ["001 312 542 6901", "+13125426901", "international", "US"],
  ["+44 20 7946 0958", "+442079460958", "international", "GB"],
  ["+44 7400 123456", "+447400123456", "international", "GB"],
  // Possible but unassigned (a drama range): +44 is shared by GB, GG, JE and IM, so the country stays unknown.
  ["+44 7700 900123", "+447700900123", "international", null],
  ["+852 2123 4567", "+85221234567", "international", "HK"],
  ["00852 2123 4567", "+85221234567", "international", "HK"],
  ["＋８５２ ９１２３ ４５６７", "+85291234567", "international", "HK"],
  ["+63 917 123 4567", "+639171234567", "international", "PH"],
  ["+60 12-345 6789", "+60123456789", "international", "MY"],
  ["+44 (0)20 7946 0958", "+442079460958", "international", "GB"],
  ["+81 3-6231-7628", "+81362317628", "international", "JP"],
  // Sender names.
  ["CITIC", "CITIC", "alphanumeric", null],
  ["citic", "CITIC", "alphanumeric", null],
  ["ZhongAn", "ZHONGAN", "alphanumeric", null],
  ["AMAZON", "AMAZON", "alphanumeric", null],
  ["ＣＩＴＩＣ", "CITIC", "alphanumeric", null],
  ["中信银行", "中信银行", "alphanumeric", null],
  ["【中信银行】", "中信银行", "alphanumeric", null],
  ["发件人：【招商银行】", "招商银行", "alphanumeric", null],
  ["From: 【Bank  of   China】", "【BANK OF CHINA】", "alphanumeric", null],
  ["[Bank of China]", "【BANK OF CHINA】", "alphanumeric", null],
  ["【BANK OF CHINA】", "【BANK OF CHINA】", "alphanumeric", null],
  ["【a a】", "【A A】", "alphanumeric", null],
  ["[CITIC Bank]", "【CITIC BANK】", "alphanumeric", null],
  ["AT&T", "AT&T", "alphanumeric", null],
  ["Citibank-HK", "CITIBANK-HK", "alphanumeric", null],
  ["JD618", "JD618", "alphanumeric", null],
  ["中信金融 CITIC", "中信金融 CITIC", "alphanumeric", null],
];

const rejected: [reason: string, input: string][] = [
  ["empty", ""],
  ["only spaces", "   "],
  ["only punctuation", "--- () ..."],
  ["a lone plus", "+"],
  ["a sentence", "hello world this is not a number!!!"],
  ["a word longer than 20 characters", "supercalifragilisticexpialidocious"],
  ["a three-digit number that is no short code", "123"],
  ["two digits", "12"],
  ["a 25-digit string", "1234567890123456789012345"],
  ["a port of 22 digits", "1069000012345678901234"],
  ["a port shorter than 8 digits", "1069000"],
  ["a mobile one digit short", "1380013800"],
  ["a mobile one digit long", "138001380000"],
  ["a Beijing landline with 7 digits", "010-1234567"],
  ["a landline with 9 subscriber digits", "0755-888866669"],
  ["+86 followed by nothing valid", "+86 123"],
  ["86 run into a service number: a local number without area code", "8695558"],
  ["86 run into a short code: a local number without area code", "8612345"],
  ["a phrase in Latin letters", "not a number"],
  ["two English words", "hello world"],
  ["a Latin name of 12 characters", "BANKOFCHINA1"],
  ["a Latin phrase outside a signature", "Bank of China"],
  ["an unclosed bracket", "(138 0013 8000"],
  ["a bracket closed by the wrong kind", "(138] 0013 8000"],
  ["brackets three deep", "(((138))) 0013 8000"],
  ["a plus after a digit group", "86 +138 0013 8000"],
  ["a foreign number of impossible length", "+1 800 633"],
  ["a foreign number that changes again when parsed", "+44 0 0000 000000"],
  ["no area code 400", "0400 123 4567"],
  ["a US number without country code", "6502530000"],
  ["a plus inside the number", "138+0013+8000"],
  ["a URL", "http://xx.example/abc"],
  ["a bare domain", "citic-help.top"],
  ["an e-mail address", "kefu@citic.example"],
  ["a name with many digits", "CITIC95558"],
  ["a number with a stray letter", "138o0138000"],
  ["a label and nothing else", "发件人："],
  ["a very long paste", "1".repeat(500)],
];

describe("normaliseSender — written forms", () => {
  it.each(accepted)("%j → %s (%s)", (input, normalized, kind, country) => {
    expect(normaliseSender(input)).toEqual({ input: input.trim(), normalized, kind, country });
  });
});

describe("normaliseSender — not a sender", () => {
  it.each(rejected)("%s: %j → null", (_reason, input) => {
    expect(normaliseSender(input)).toBeNull();
  });
});

describe("registryKeyOf", () => {
  it.each([
    ["+86 138-0013-8000", "13800138000"],
    ["010-12345678", "01012345678"],
    ["+86 21 2828 3888", "02128283888"],
    ["(0755) 8888 6666", "075588886666"],
    ["0592-3386666", "05923386666"],
    ["95558", "95558"],
    ["400-699-8888", "4006998888"],
    ["10086", "10086"],
    ["+86 1069 0000 1234", "106900001234"],
    ["+1-800-633-0738", "+18006330738"],
    ["【中信银行】", "中信银行"],
  ])("%j → %s", (input, key) => {
    expect(registryKeyOf(normaliseSender(input)!)).toBe(key);
  });

  // Published forms from data/official_numbers.tsv and the key of their row.
  it.each([
    ["0755-22731198", "075522731198"],
    ["02161791000", "02161791000"],
    ["010-96066", "01096066"],
    ["021-962319", "021962319"],
    ["+86 13068400177", "13068400177"],
    ["955981112", "955981112"],
    ["12583110086", "12583110086"],
    ["1068915371004053", "1068915371004053"],
    ["+1(412)567-6602", "+14125676602"],
    ["+852 21221188", "+85221221188"],
    ["+61 132221", "+61132221"],
  ])("registry row %j has key %s", (published, key) => {
    expect(registryKeyOf(normaliseSender(published)!)).toBe(key);
  });
});

describe("normaliseSender — properties", () => {
  const isIdempotent = (input: string) => {
    const sender = normaliseSender(input);
    if (sender === null) return true;
    const again = normaliseSender(sender.normalized);
    return again?.normalized === sender.normalized && again.kind === sender.kind && again.country === sender.country;
  };

  const separator = fc.constantFrom("", " ", "-", ".", "/", "(", ")", "（", "）", "\u200b", "\u3000", "－");
  const prefix = fc.constantFrom("", "+86", "+86 ", "0086", "86", "+", "00", "+1 ", "+852 ", "tel:", "发件人：");
  const digitString = fc.string({ unit: fc.constantFrom(..."0123456789"), minLength: 1, maxLength: 24 });
  const writtenNumber = fc
    .tuple(prefix, fc.array(fc.tuple(digitString, separator), { minLength: 1, maxLength: 5 }))
    .map(([head, groups]) => head + groups.map(([digits, sep]) => digits + sep).join(""));
  const realisticDigits = fc.tuple(fc.constantFrom("1", "10", "106", "1069", "13", "0", "010", "02", "0755", "095", "0955", "0400", "0800", "95", "96", "400", "800", "12", "86", "+86", "+860", "+44", "00"), digitString).map(([a, b]) => a + b);

  it.each([
    ["arbitrary strings", fc.string({ unit: "binary", maxLength: 40 })],
    ["written numbers", writtenNumber],
    ["digit strings", digitString],
    ["digit strings with real prefixes", realisticDigits],
    ["names", fc.string({ unit: fc.constantFrom(..."aZß ǅﬁ中信银行 -_'1【】:："), maxLength: 25 })],
  ])("is idempotent and never throws on %s", (_name, arbitrary: fc.Arbitrary<string>) => {
    fc.assert(fc.property(arbitrary, isIdempotent), { numRuns: 2000 });
  });

  it("gives every accepted number a registry key without spaces", () => {
    fc.assert(
      fc.property(writtenNumber, (input) => {
        const sender = normaliseSender(input);
        return sender === null || /^\+?\d+$/.test(registryKeyOf(sender));
      }),
      { numRuns: 2000 },
    );
  });
});
