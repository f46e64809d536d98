// Every version of a framework, newest first, with how many events use each.
import type { FrameworkDetail } from '@contract/types';
import { formatDateTime } from '../lib/dates';

export function VersionHistory({ versions }: { versions: FrameworkDetail['versions'] }) {
  return (
    <table className="data-table">
      <caption className="visually-hidden">Version history</caption>
      <thead>
        <tr>
          <th scope="col" className="num">
            Version
          </th>
          <th scope="col">Name</th>
          <th scope="col">Created</th>
          <th scope="col" className="num">
            Events using
          </th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.version}>
            <th scope="row" className="num">
              {v.version}
            </th>
            <td>{v.name}</td>
            <td>{formatDateTime(v.createdAt)}</td>
            <td className="num">{v.eventCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
