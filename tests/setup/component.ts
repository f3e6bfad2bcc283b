import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/preact';
import { afterAll, afterEach } from 'vitest';

afterEach(() => cleanup());

// Preact's hooks finish a frame with a short timer that calls cancelAnimationFrame. Let such timers
// run while jsdom is still there: after its teardown they throw "cancelAnimationFrame is not defined"
// and fail a run whose tests all passed (seen on a loaded machine).
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 100)));
