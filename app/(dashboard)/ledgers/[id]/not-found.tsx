import { RecordNotFound } from "@/components/feedback/record-not-found";

export default function LedgerNotFound() {
  return <RecordNotFound kind="ledger" listHref="/ledgers" listLabel="Ledgers" />;
}
