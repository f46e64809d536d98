// The event's protective marking (e.g. OFFICIAL-SENSITIVE), as a bar at the top of every page
// that shows the event's data. Screen readers hear "Classification:" before it.

export function ClassificationMarking({ marking }: { marking: string }) {
  return (
    <p className="classification-marking">
      <span className="visually-hidden">Classification: </span>
      {marking}
    </p>
  );
}
