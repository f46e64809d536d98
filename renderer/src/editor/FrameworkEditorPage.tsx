// The framework editor page: loads the latest version, then hands it to the editor proper.
import { call } from '../api/client';
import { ErrorBanner } from '../components/ErrorBanner';
import { Loading } from '../components/Loading';
import { PageTitle } from '../components/PageTitle';
import { useLoad } from '../lib/useLoad';
import { href } from '../router';
import { FrameworkEditor } from './FrameworkEditor';

export function FrameworkEditorPage({ frameworkKey }: { frameworkKey: string }) {
  const [detail] = useLoad(() => call('frameworks.get', { key: frameworkKey }), [frameworkKey]);
  if (detail.state === 'ready') return <FrameworkEditor initial={detail.value} />;
  return (
    <>
      <PageTitle text="Edit framework">Edit framework</PageTitle>
      {detail.state === 'loading' ? <Loading what="Loading the framework" /> : <ErrorBanner error={detail.error} />}
      <p>
        <a href={href.frameworks()}>All frameworks</a>
      </p>
    </>
  );
}
