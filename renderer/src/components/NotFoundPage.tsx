// Shown for an address the app does not know.
import { PageTitle } from './PageTitle';
import { href } from '../router';

export function NotFoundPage({ path }: { path: string }) {
  return (
    <>
      <PageTitle text="Page not found">Page not found</PageTitle>
      <p>
        There is no page at <code>{path}</code>. Go to the <a href={href.frameworks()}>frameworks</a>.
      </p>
    </>
  );
}
