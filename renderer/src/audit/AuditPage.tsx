// The audit workspace (being built).
export function AuditPage({ eventId, auditId }: { eventId: number; auditId: number }) {
  return <p>Audit {auditId} of event {eventId}</p>;
}
