// Document control: version, status, author, date, distribution and marking, as a small
// two-column table at the front of the report. The version and distribution are written on the
// report page; whether it is a draft comes from the pre-export check, never from the version typed.
import { exportMarking } from '../disclosure/marking';
import { formatDate } from './content';
import { distributionLines } from './document-control';
import { table } from './docx-kit';
import type { Block, SectionContext } from './sections-context';

export function documentControl(ctx: SectionContext): Block[] {
  const { content } = ctx;
  const { version, distribution } = content.documentControl;
  const state = ctx.draft ? 'Draft' : 'Final';
  const recipients = distributionLines(distribution);
  return [
    table(
      content.template.style,
      [{ header: 'Item', width: 1 }, { header: 'Detail', width: 3 }],
      [
        { cells: ['Version', version ? `${version} (${state.toLowerCase()})` : state] },
        { cells: ['Status', ctx.draft ? 'Draft: not for circulation until the items the pre-export check lists are resolved' : 'Final'] },
        { cells: ['Author', content.author || 'Not recorded: set your name in Settings and the partnership on the event'] },
        { cells: ['Date', formatDate(content.generatedOn)] },
        { cells: ['Distribution', recipients.length ? recipients.join('; ') : 'Not recorded'] },
        { cells: ['Classification', exportMarking(content.event.classification, content.includeIdentifiers)] },
      ],
    ),
  ];
}
