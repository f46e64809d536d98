import { PageTitle } from '../components/PageTitle';

export function TrailPage({ eventId, caseId }: { eventId: number; caseId?: number }) {
  void eventId;
  return <PageTitle text="TrailPage">TrailPage</PageTitle>;
}
