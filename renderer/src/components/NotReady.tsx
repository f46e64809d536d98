// What an event's page shows until its data is ready: its title, then "Loading…" or the error,
// and the way back to the event.
import type { Loaded } from '../lib/useLoad';
import { ErrorBanner } from './ErrorBanner';
import { Loading } from './Loading';
import { PageTitle } from './PageTitle';

interface Props {
  title: string;
  /** What is loading, e.g. "Loading the findings". */
  loading: string;
  loaded: Loaded<unknown>;
  back: { href: string; label: string };
}

export function NotReady({ title, loading, loaded, back }: Props) {
  return (
    <>
      <PageTitle text={title}>{title}</PageTitle>
      {loaded.state === 'error' ? <ErrorBanner error={loaded.error} /> : <Loading what={loading} />}
      <p>
        <a href={back.href}>{back.label}</a>
      </p>
    </>
  );
}
