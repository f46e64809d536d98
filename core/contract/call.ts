// One contract entry: its zod input schema, and (as a type only) its result.
import type { z } from 'zod';

export const call =
  <Result>() =>
  <Input extends z.ZodType>(input: Input) => ({ input, result: undefined as unknown as Result });
