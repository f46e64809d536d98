#!/usr/bin/env node
import { buildProgram } from './program';
import { fail } from './context';

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  fail(error);
}
