"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { PRESETS, parsePeriod, presetPeriod, statementHref } from "@/lib/statement/period";

/**
 * The statement's period: two days (UTC) and the presets. Choosing one puts it in the URL, so the statement
 * can be shared and Back returns to the last one; a period that cannot be shown is said at once, in place,
 * with what was typed kept.
 */
export function StatementPeriodPicker({
  balanceId,
  from,
  to,
}: {
  balanceId: string;
  from: string;
  to: string;
}) {
  const router = useRouter();
  const id = useId();
  const [period, setPeriod] = useState({ from, to });
  const [problem, setProblem] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const show = (next: { from: string; to: string }) => {
    const result = parsePeriod(next.from, next.to, new Date());
    if (!result.ok) {
      setProblem(result.message);
      return;
    }
    setProblem(null);
    startTransition(() => router.push(statementHref(balanceId, next)));
  };

  return (
    <form
      aria-label="Statement period"
      className="flex flex-wrap items-end gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        show(period);
      }}
    >
      {(["from", "to"] as const).map((end) => (
        <DayField
          key={end}
          id={`${id}-${end}`}
          label={end === "from" ? "From" : "To"}
          value={period[end]}
          onChange={(value) => setPeriod((p) => ({ ...p, [end]: value }))}
          problemId={problem ? `${id}-problem` : undefined}
        />
      ))}
      <Button type="submit" disabled={isPending} aria-busy={isPending}>
        Show statement
      </Button>
      <fieldset className="flex flex-wrap gap-2">
        <legend className="sr-only">Presets</legend>
        {PRESETS.map((name) => (
          <Button
            key={name}
            type="button"
            variant="secondary"
            size="sm"
            onClick={() => {
              const next = presetPeriod(name, new Date());
              setPeriod(next);
              show(next);
            }}
          >
            {name}
          </Button>
        ))}
      </fieldset>
      {problem ? (
        <p id={`${id}-problem`} role="alert" className="basis-full text-sm text-danger">
          {problem}
        </p>
      ) : null}
      <p className="basis-full text-xs text-muted-foreground">Days are in UTC; both are included.</p>
    </form>
  );
}

function DayField({
  id,
  label,
  value,
  onChange,
  problemId,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  problemId: string | undefined;
}) {
  return (
    <label className="flex flex-col gap-1 text-sm" htmlFor={id}>
      {label}
      <Input
        id={id}
        type="date"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={problemId ? true : undefined}
        aria-describedby={problemId}
      />
    </label>
  );
}
