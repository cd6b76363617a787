import { RecordNotFound } from "@/components/feedback/record-not-found";

export default function BalanceNotFound() {
  return <RecordNotFound kind="balance" listHref="/balances" listLabel="Balances" />;
}
