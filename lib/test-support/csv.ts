// Reading a CSV back in tests (unit and e2e): what a spreadsheet or a script does with an export.

/** RFC 4180: records end in CRLF, a quoted cell may hold commas, line breaks and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = "";
  let quoted = false;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (quoted) {
      if (char === '"' && text[at + 1] === '"') {
        cell += '"';
        at += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      record.push(cell);
      cell = "";
    } else if (char === "\r" && text[at + 1] === "\n") {
      record.push(cell);
      records.push(record);
      record = [];
      cell = "";
      at += 1;
    } else cell += char;
  }
  if (cell !== "" || record.length > 0) throw new Error(`unterminated record: ${JSON.stringify(cell)}`);
  return records;
}
