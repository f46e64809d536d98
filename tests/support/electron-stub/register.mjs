// node --import ./register.mjs: `electron` resolves to the stand-in beside this file.
import { register } from 'node:module';

register(new URL('./hooks.mjs', import.meta.url));
