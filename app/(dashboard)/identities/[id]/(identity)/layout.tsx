import { recordLayout } from "@/components/record/record-page";
import { loadIdentity } from "@/lib/identities/queries";

// Above this group's loading.tsx, so an unknown ID is a real 404 (see requireRecord).
export default recordLayout(loadIdentity);
