import {
  DetailField,
  DetailList,
  IdValue,
  MetadataBlock,
  RecordSection,
  TextOrDash,
} from "@/components/record/detail-list";
import { LocalTime } from "@/components/ui/local-time";

/** The ledger's summary (as Blnk Cloud lists it) and its metadata ("Extra information"). */
export function LedgerDetails({
  id,
  name,
  createdAt,
  metadataJson,
}: {
  id: string;
  name: string;
  createdAt: string;
  metadataJson: string | null;
}) {
  return (
    <>
      <RecordSection id="ledger-details" title="Details">
        <DetailList>
          <DetailField label="Name">
            <TextOrDash value={name} />
          </DetailField>
          <DetailField label="Date created">
            <LocalTime iso={createdAt} />
          </DetailField>
          <DetailField label="Ledger ID">
            <IdValue id={id} copyLabel="Copy ledger ID" />
          </DetailField>
        </DetailList>
      </RecordSection>
      <RecordSection id="ledger-metadata" title="Extra information">
        <MetadataBlock json={metadataJson} label="Metadata" />
      </RecordSection>
    </>
  );
}
