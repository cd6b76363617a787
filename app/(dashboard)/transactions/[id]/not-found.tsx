import { RecordNotFound } from "@/components/feedback/record-not-found";

export default function TransactionNotFound() {
  return <RecordNotFound kind="transaction" listHref="/transactions" listLabel="Transactions" />;
}
