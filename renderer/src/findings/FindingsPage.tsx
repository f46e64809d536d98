import { PageTitle } from '../components/PageTitle';

export function FindingsPage({ eventId }: { eventId: number }) {
  void eventId;
  return <PageTitle text="FindingsPage">FindingsPage</PageTitle>;
}
