// Handlers for choosing the sample (see core/contract/sample.ts).
import type { HandlerContext } from './handlers';
import type { ParsedInput, CallValue } from './contract/contract';
import type { sampleContract } from './contract/sample';
import { drawForEvent, getSampleView, previewCohortFile } from './sample/service';
import { replaceSampledCase } from './sample/replace';

type SampleName = keyof typeof sampleContract;
type SampleHandlers = { [K in SampleName]: (input: ParsedInput<K>, ctx: HandlerContext) => CallValue<K> | Promise<CallValue<K>> };

const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

export const sampleHandlers: SampleHandlers = {
  'sample.preview': ({ eventId, fileName, data, mapping }, { store }) => previewCohortFile(store.db, eventId, fileName, bytes(data), mapping),
  'sample.draw': ({ eventId, fileName, data, mapping, values, settings, excludeList, dryRun, suppressSmallNumbers }, { store }) =>
    drawForEvent(store.db, {
      eventId,
      fileName,
      bytes: bytes(data),
      mapping,
      values,
      settings,
      excludeList: excludeList && { fileName: excludeList.fileName, bytes: bytes(excludeList.data) },
      dryRun,
      suppressSmallNumbers,
    }),
  'sample.get': ({ eventId, suppressSmallNumbers }, { store }) => getSampleView(store.db, eventId, suppressSmallNumbers),
  'sample.replace': (input, { store }) => replaceSampledCase(store.db, input),
};
