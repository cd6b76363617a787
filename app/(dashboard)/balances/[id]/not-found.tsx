import Link from "next/link";
import { buttonVariants } from "@/components/ui/button";
import { RequestedBalanceId } from "./_components/requested-balance-id";

// Rendered with a 404 status: the (balance) layout calls notFound() before anything streams.
export default function BalanceNotFound() {
  return (
    <div className="flex max-w-xl flex-col items-start gap-3 py-8">
      <h1 className="text-2xl font-semibold tracking-tight">Balance not found</h1>
      <p className="text-sm text-muted-foreground">
        Blnk has no balance with the ID <RequestedBalanceId />. Check the ID, or find the balance in the list.
      </p>
      <Link href="/balances" className={buttonVariants({ size: "sm" })}>
        Back to Balances
      </Link>
    </div>
  );
}
