"use client";

import * as React from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { type ExportDone, manifestFile, runExport, saveAs } from "@/lib/browser/export";
import type { ExportFormat } from "@/lib/export/format";
import type { ExportButtonProps } from "./export-button";

// The export dialog: the format, then the rows so far with "Cancel", then the result: the file saved, its
// row count and SHA-256 checked against the manifest, and "Download manifest"; or, when it stopped, why.

type State =
  | { step: "choose" }
  | { step: "running"; rows: number; controller: AbortController }
  | { step: "done"; done: ExportDone }
  | { step: "failed"; message: string }
  | { step: "cancelled" };

const FORMATS: { value: ExportFormat; label: string; hint: string }[] = [
  { value: "csv", label: "CSV", hint: "a header row, then one row per record" },
  { value: "jsonl", label: "JSON Lines", hint: "one JSON object per line" },
];

const count = (rows: number) => `${rows.toLocaleString("en-US")} ${rows === 1 ? "row" : "rows"}`;

export function ExportDialog({
  path,
  params,
  what,
  open,
  onOpenChange,
}: ExportButtonProps & { open: boolean; onOpenChange: (open: boolean) => void }) {
  const [format, setFormat] = React.useState<ExportFormat>("csv");
  const [state, setState] = React.useState<State>({ step: "choose" });
  const formId = React.useId();

  async function start() {
    const controller = new AbortController();
    setState({ step: "running", rows: 0, controller });
    const query = new URLSearchParams();
    for (const [name, value] of params) if (name !== "page" && name !== "format") query.append(name, value);
    query.set("format", format);
    try {
      const done = await runExport(`${path}?${query}`, format, {
        signal: controller.signal,
        onRows: (rows) => setState((now) => (now.step === "running" ? { ...now, rows } : now)),
      });
      saveAs(done.file, done.file.name);
      setState({ step: "done", done });
    } catch (error) {
      if (controller.signal.aborted) setState({ step: "cancelled" });
      else setState({ step: "failed", message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent aria-describedby={`${formId}-about`}>
        <DialogHeader>
          <DialogTitle>Export {what}</DialogTitle>
          <DialogDescription id={`${formId}-about`}>
            Every row matching the current filters, not only this page. Amounts are exact integers in minor
            units, with the currency&apos;s precision and the amount in major units; times are UTC.
          </DialogDescription>
        </DialogHeader>
        {state.step === "running" ? (
          <Running rows={state.rows} onCancel={() => state.controller.abort()} />
        ) : (
          <form
            className="flex flex-col gap-3"
            onSubmit={(event) => {
              event.preventDefault();
              void start();
            }}
          >
            <FormatChoice format={format} onChange={setFormat} />
            <Outcome state={state} />
            <div className="flex justify-end">
              <Button type="submit">{state.step === "failed" ? "Try again" : "Start export"}</Button>
            </div>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}

function Running({ rows, onCancel }: { rows: number; onCancel: () => void }) {
  return (
    <div className="flex flex-col gap-3">
      <p role="status" aria-live="polite" data-testid="export-progress">
        Exporting… {count(rows)} so far
      </p>
      <progress aria-label="Export progress" className="w-full" />
      <div className="flex justify-end">
        <Button variant="secondary" onClick={onCancel}>
          Cancel export
        </Button>
      </div>
    </div>
  );
}

function FormatChoice({
  format,
  onChange,
}: {
  format: ExportFormat;
  onChange: (format: ExportFormat) => void;
}) {
  return (
    <fieldset className="flex flex-col gap-1">
      <legend className="mb-1 text-sm font-medium">Format</legend>
      {FORMATS.map((option) => (
        <label key={option.value} className="flex items-center gap-2 text-sm">
          <input
            type="radio"
            name="format"
            value={option.value}
            checked={format === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label} <span className="text-muted-foreground">({option.hint})</span>
        </label>
      ))}
    </fieldset>
  );
}

function Outcome({ state }: { state: State }) {
  if (state.step === "failed") {
    return (
      <p role="alert" className="rounded-md border border-destructive px-3 py-2 text-sm">
        {state.message}
      </p>
    );
  }
  if (state.step === "cancelled") {
    return <p role="status">Export cancelled. Nothing was saved, and it has no manifest.</p>;
  }
  if (state.step !== "done") return null;
  const { file, manifest, sha256 } = state.done;
  const matches = sha256 === manifest.sha256 && file.size === manifest.bytes;
  return (
    <div
      role="status"
      className="flex flex-col gap-2 rounded-md border px-3 py-2 text-sm"
      data-testid="export-done"
    >
      <p>
        Exported {count(manifest.rows)} to <span className="font-mono">{file.name}</span>.
      </p>
      <p className="break-all">
        SHA-256 <span className="font-mono">{manifest.sha256}</span>{" "}
        {matches
          ? "(the file received matches its manifest)"
          : "(the file received does NOT match its manifest)"}
      </p>
      <div className="flex gap-2">
        <Button type="button" variant="secondary" size="sm" onClick={() => saveAs(file, file.name)}>
          Save file again
        </Button>
        <Button
          type="button"
          variant="secondary"
          size="sm"
          onClick={() => saveAs(manifestFile(manifest), `${file.name}.manifest.json`)}
        >
          Download manifest
        </Button>
      </div>
    </div>
  );
}
