import type { AfterPackContext } from './fuses.js';

declare function afterPack(context: AfterPackContext): Promise<void>;
export { afterPack as default };
