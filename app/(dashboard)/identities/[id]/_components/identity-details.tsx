import {
  DetailField,
  DetailList,
  IdValue,
  MetadataBlock,
  RecordSection,
  TextOrDash,
} from "@/components/record/detail-list";
import { LocalTime } from "@/components/ui/local-time";
import type { IdentityField } from "@/lib/identities/fields";

/** The identity's fields as Blnk Cloud lists them, then its metadata ("Additional information"). */
export function IdentityDetails({
  id,
  fields,
  createdAt,
  metadataJson,
}: {
  id: string;
  fields: IdentityField[];
  createdAt: string;
  metadataJson: string | null;
}) {
  return (
    <>
      <RecordSection id="identity-details" title="Details">
        <DetailList>
          {fields.map((field) => (
            <DetailField key={field.label} label={field.label}>
              <TextOrDash value={field.value} />
            </DetailField>
          ))}
          <DetailField label="Date created">
            <LocalTime iso={createdAt} />
          </DetailField>
          <DetailField label="Identity ID">
            <IdValue id={id} copyLabel="Copy identity ID" />
          </DetailField>
        </DetailList>
      </RecordSection>
      <RecordSection id="identity-metadata" title="Additional information">
        <MetadataBlock json={metadataJson} label="Metadata" />
      </RecordSection>
    </>
  );
}
