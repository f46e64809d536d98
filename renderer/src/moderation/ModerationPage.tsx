import { PageTitle } from '../components/PageTitle';

export function ModerationPage({ eventId, caseId }: { eventId: number; caseId: number }) {
  void eventId;
  return <PageTitle text="ModerationPage">ModerationPage</PageTitle>;
}
