// The package's import graph stays acyclic (a cycle through filters/sql.ts once tied http, binding and the filter
// engine together). Reads the sources only; type-only imports count, as they couple files just the same.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return name.endsWith(".ts") ? [full] : [];
  });
}

function localImports(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/\b(?:import|export)\s[^;]*?\bfrom\s+["'](\.{1,2}\/[^"']+)["']/g)].map(
    (match) => {
      const base = path.resolve(path.dirname(file), match[1] ?? "");
      const found = [`${base}.ts`, path.join(base, "index.ts")].find((candidate) => existsSync(candidate));
      if (!found) throw new Error(`${file}: cannot resolve ${match[1]}`);
      return found;
    },
  );
}

/** One cycle as a list of files (relative to `root`), or null when the graph has none. */
function findCycle(graph: Map<string, string[]>, root: string): string[] | null {
  const state = new Map<string, "open" | "done">();
  const trail: string[] = [];
  const visit = (file: string): string[] | null => {
    if (state.get(file) === "done") return null;
    if (state.get(file) === "open") return trail.slice(trail.indexOf(file)).concat(file);
    state.set(file, "open");
    trail.push(file);
    for (const next of graph.get(file) ?? []) {
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    trail.pop();
    state.set(file, "done");
    return null;
  };
  for (const file of graph.keys()) {
    const cycle = visit(file);
    if (cycle) return cycle.map((entry) => path.relative(root, entry));
  }
  return null;
}

it("has no import cycles", () => {
  const root = __dirname;
  const files = sourceFiles(root);
  expect(files.length).toBeGreaterThan(40);
  const graph = new Map(files.map((file) => [file, localImports(file)]));
  expect(findCycle(graph, root)).toBeNull();
});
