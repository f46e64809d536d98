#!/usr/bin/env node
import { buildProgram } from './program';
import { fail } from './context';

try {
  buildProgram().parse(process.argv);
} catch (error) {
  fail(error);
}
