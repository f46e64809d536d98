// The frame of a page that belongs to one event: its marking, a way back, and the title.
import type { ReactNode } from 'react';
import { call } from '../api/client';
import { ClassificationMarking } from '../components/ClassificationMarking';
import { PageTitle } from '../components/PageTitle';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';

export function EventSubpage({ eventId, title, children }: { eventId: number; title: string; children: ReactNode }) {
  const [event] = useLoad(() => call('events.get', { id: eventId }), [eventId]);
  const eventName = event.state === 'ready' ? event.value.name : 'the event';
  return (
    <>
      {event.state === 'ready' && <ClassificationMarking marking={event.value.classification} />}
      <p className="breadcrumb">
        <a href={href.event(eventId)}>Back to {eventName}</a>
      </p>
      <PageTitle text={`${title} – ${eventName}`}>{title}</PageTitle>
      {event.state === 'ready' && <p className="subtitle">{event.value.name}</p>}
      {children}
    </>
  );
}
