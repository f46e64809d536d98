// The report: write its narrative sections and export it (placeholder while it is built).
import { PageTitle } from '../components/PageTitle';

export function ReportPage({ eventId }: { eventId: number }) {
  return <PageTitle text="Report">Report for event {eventId}</PageTitle>;
}
