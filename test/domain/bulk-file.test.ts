import { describe, expect, it } from "vitest";
import { BULK_MAX_ROWS, parseBulkFile } from "../../src/domain/bulk-file";

describe("bulk upload files: CSV (RFC 4180)", () => {
  it("reads quoted fields holding commas, line breaks and doubled quotes, with CRLF line ends", () => {
    const csv = 'sender,text,category\r\n10690000123,"【中信金融】您已逾期,请""立即""处理\r\n否则起诉",fake_collection\r\n13800138000,plain text,\r\n';
    const parsed = parseBulkFile(csv, "csv");
    expect(parsed).toEqual({
      ok: true,
      rows: [
        { sender: "10690000123", text: '【中信金融】您已逾期,请"立即"处理\r\n否则起诉', category: "fake_collection" },
        { sender: "13800138000", text: "plain text" },
      ],
    });
  });

  it("accepts a leading BOM, LF line ends, no final line end and fewer fields than the header", () => {
    const parsed = parseBulkFile("\uFEFFsender,text,region\n95558,短信内容\n10086,另一条", "csv");
    expect(parsed).toEqual({ ok: true, rows: [{ sender: "95558", text: "短信内容" }, { sender: "10086", text: "另一条" }] });
  });

  it("refuses an unterminated quote at the line where the field opened", () => {
    expect(parseBulkFile('sender,text\n1,ok\n2,"never closed\nstill open\n', "csv")).toMatchObject({ ok: false, reason: "malformed", line: 3 });
  });

  it("refuses more fields than the header, text after a closing quote, and unknown columns", () => {
    expect(parseBulkFile("sender,text\n1,a\n2,b,c\n", "csv")).toMatchObject({ ok: false, line: 3 });
    expect(parseBulkFile('sender,text\n1,"a"b\n', "csv")).toMatchObject({ ok: false, line: 2 });
    expect(parseBulkFile("sender,body\n1,a\n", "csv")).toMatchObject({ ok: false, line: 1 });
  });

  it("numbers records, not physical lines, when a quoted field spans lines", () => {
    const parsed = parseBulkFile('text,sender\n"a\nb",1\n"c",2,3\n', "csv");
    expect(parsed).toMatchObject({ ok: false, line: 4 });
  });

  it("reports too many rows instead of parsing on", () => {
    const csv = `sender,text\n${"1,a\n".repeat(BULK_MAX_ROWS + 1)}`;
    expect(parseBulkFile(csv, "csv")).toEqual({ ok: false, reason: "too_many_rows" });
    expect(parseBulkFile(`sender,text\n${"1,a\n".repeat(BULK_MAX_ROWS)}`, "csv")).toMatchObject({ ok: true });
  });
});

describe("bulk upload files: NDJSON", () => {
  it("reads one object per line, skipping blank lines and CR", () => {
    expect(parseBulkFile('{"sender":"1","text":"a"}\r\n\n{"forwarded":"2*b"}\n', "ndjson")).toEqual({ ok: true, rows: [{ sender: "1", text: "a" }, { forwarded: "2*b" }] });
  });

  it("refuses the first line that is not a JSON object", () => {
    expect(parseBulkFile('{"sender":"1"}\n{"sender":"2"}\n[1,2]\nnot json\n', "ndjson")).toMatchObject({ ok: false, reason: "malformed", line: 3 });
    expect(parseBulkFile('{"sender":"1"}\n{"sender":\n', "ndjson")).toMatchObject({ ok: false, line: 2 });
  });
});
