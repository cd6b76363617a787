import { CircleCheckIcon, TriangleAlertIcon } from "lucide-react";
import { Amount } from "@/components/money/amount";
import { utcText } from "../_lib/as-of";
import type { StatementView } from "../_lib/statement-view";

const FIGURES = [
  ["opening", "Opening balance"],
  ["credits", "Credits"],
  ["debits", "Debits"],
  ["closing", "Closing balance"],
] as const;

/** The four figures of a statement, and the check line: opening + credits − debits against Blnk's closing. */
export function StatementCheck({ view }: { view: StatementView }) {
  const closingAt = utcText(new Date(view.period.closingAt));
  return (
    <section aria-labelledby="statement-figures" className="flex flex-col gap-3">
      <h2 id="statement-figures" className="sr-only">
        Figures
      </h2>
      <dl className="grid grid-cols-2 gap-px overflow-hidden rounded-md border bg-border lg:grid-cols-4">
        {FIGURES.map(([key, label]) => (
          <div key={key} className="flex flex-col gap-1 bg-background p-4">
            <dt className="text-xs font-medium text-muted-foreground">{label}</dt>
            <dd>
              <Amount money={view[key]} className="text-base" />
            </dd>
          </div>
        ))}
      </dl>
      <CheckLine view={view} closingAt={closingAt} />
    </section>
  );
}

function CheckLine({ view, closingAt }: { view: StatementView; closingAt: string }) {
  const sum = `${view.opening.text} + ${view.credits.text} − ${view.debits.text} = ${view.computed.text}`;
  if (view.check.kind === "match") {
    return (
      <p data-testid="statement-check" data-check="match" className="flex items-start gap-2 text-sm">
        <CircleCheckIcon className="mt-0.5 size-4 shrink-0 text-positive" aria-hidden />
        <span>
          <span className="font-medium">Checked:</span> opening + credits − debits = closing ({sum}), the same
          as Blnk's balance at {closingAt}.
        </span>
      </p>
    );
  }
  const sides = view.check.sides.map((side) => (side === "credit" ? "credits" : "debits")).join(" and ");
  return (
    <div
      role="alert"
      data-testid="statement-check"
      data-check="mismatch"
      className="flex items-start gap-2 rounded-md border border-danger/40 p-4 text-sm"
    >
      <TriangleAlertIcon className="mt-0.5 size-4 shrink-0 text-danger" aria-hidden />
      <div className="flex flex-col gap-1">
        <p className="font-medium">This statement does not add up to Blnk's balance.</p>
        <p>
          Opening + credits − debits is {view.computed.text} ({sum}), but Blnk's balance at {closingAt} is{" "}
          {view.closing.text}: a difference of {view.check.difference.text}
          {sides ? `, in the ${sides}` : ""}.
        </p>
        <p className="text-muted-foreground">
          The movements listed here are not all of what Blnk counts for this balance, or a stored figure (a
          snapshot) disagrees with them. Nothing is hidden or rounded: both numbers are exact.
        </p>
      </div>
    </div>
  );
}
