/**
 * All text the user reads, in one place (src/text/): B1 Dutch, "je"-form, short sentences,
 * verbs on buttons. `npm run check:language` reads every string exported from this folder.
 * Values are strings, or functions whose parameters are all numbers or strings.
 */
export { answerChecks } from './answer-checks';
export { app } from './app';
export { pwa } from './pwa';
export { report } from './report';
export { storage } from './storage';
export * as validation from './validation';
