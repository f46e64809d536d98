// The progress board (being built).
export function BoardPage({ eventId }: { eventId: number }) {
  return <p>Progress board of event {eventId}</p>;
}
