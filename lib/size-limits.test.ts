// The house's size limits (issue 13): no source file over 300 lines, no function over 80, outside tests, test
// support and the seed data. A file or function that outgrows them is split before it lands.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const MAX_FILE_LINES = 300;
const MAX_FUNCTION_LINES = 80;
const EXEMPT = /(\.test\.tsx?$|^e2e\/|\/seed\/demo-data\.ts$|\/test-support\/|\/testing\/|\.d\.ts$)/;

function sourceFiles(): string[] {
  return execFileSync(
    "git",
    ["ls-files", "--cached", "--others", "--exclude-standard", "*.ts", "*.tsx", "*.mjs"],
    {
      cwd: root,
      encoding: "utf8",
    },
  )
    .split("\n")
    .filter((file) => file && !EXEMPT.test(file));
}

type Span = { where: string; lines: number };

/** Every function, arrow function and method in a file, with its length in lines. */
function functionSpans(file: string, text: string): Span[] {
  const kind = file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const spans: Span[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const name =
        node.name?.getText(source) ||
        (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(source) : "(anonymous)");
      spans.push({ where: `${file}:${start + 1} ${name}`, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return spans;
}

describe("size limits", () => {
  const files = sourceFiles();

  it(`no source file is over ${MAX_FILE_LINES} lines`, () => {
    expect(files.length).toBeGreaterThan(100);
    const long = files
      .map((file) => ({ file, lines: readFileSync(path.join(root, file), "utf8").split("\n").length - 1 }))
      .filter(({ lines }) => lines > MAX_FILE_LINES)
      .map(({ file, lines }) => `${file} (${lines})`);
    expect(long).toEqual([]);
  });

  it(`no function is over ${MAX_FUNCTION_LINES} lines`, () => {
    const long = files
      .flatMap((file) => functionSpans(file, readFileSync(path.join(root, file), "utf8")))
      .filter(({ lines }) => lines > MAX_FUNCTION_LINES)
      .map(({ where, lines }) => `${where} (${lines})`);
    expect(long).toEqual([]);
    // It parses every source file: seconds on a loaded two-core machine.
  }, 60_000);

  it("the function measure sees declarations, arrows, methods and components", () => {
    const body = Array.from({ length: 85 }, (_, i) => `  const x${i} = ${i};`).join("\n");
    const text = `function a() {\n${body}\n}\nconst b = () => {\n${body}\n};\nclass C { m() {\n${body}\n} }\n`;
    const spans = functionSpans("sample.tsx", text).filter(({ lines }) => lines > MAX_FUNCTION_LINES);
    expect(spans.map(({ where }) => where.split(" ")[1])).toEqual(["a", "b", "m"]);
  });
});
