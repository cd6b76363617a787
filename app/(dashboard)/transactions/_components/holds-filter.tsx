import Form from "next/form";
import { Button } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/input";
import type { HoldsDeskQuery } from "../_lib/holds-desk";

/**
 * The desk's filters, in the URL (`?ledger=&currency=`): a GET form, so a filtered view is a link and works
 * before the page's script has loaded. A hold is in a ledger when its source or its destination is.
 */
export function HoldsFilter({
  query,
  ledgers,
}: {
  query: HoldsDeskQuery;
  ledgers: readonly { id: string; name: string }[];
}) {
  const isUnlisted = query.ledgerId !== null && !ledgers.some((ledger) => ledger.id === query.ledgerId);
  return (
    <Form
      action="/transactions/holds"
      className="mb-4 flex flex-wrap items-end gap-3"
      aria-label="Filter holds"
    >
      <Field id="holds-ledger" label="Ledger">
        <Select id="holds-ledger" name="ledger" defaultValue={query.ledgerId ?? ""} className="min-w-48">
          <option value="">All ledgers</option>
          {isUnlisted && query.ledgerId ? <option value={query.ledgerId}>{query.ledgerId}</option> : null}
          {ledgers.map((ledger) => (
            <option key={ledger.id} value={ledger.id}>
              {ledger.name || ledger.id}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="holds-currency" label="Currency">
        <Input
          id="holds-currency"
          name="currency"
          defaultValue={query.currency ?? ""}
          placeholder="Any"
          autoComplete="off"
          maxLength={32}
          className="w-32"
        />
      </Field>
      <Button type="submit" size="md">
        Apply
      </Button>
    </Form>
  );
}
