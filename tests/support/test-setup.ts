import fc from 'fast-check';
import { afterAll } from 'vitest';
import { killAllChildren } from './child-processes';

/**
 * Runs before every test file (vitest setupFiles).
 * - Property tests are reproducible: one fixed seed unless PROPERTY_SEED says otherwise
 *   (PROPERTY_SEED=random for exploration).
 * - No child process outlives its test file.
 */
const DEFAULT_SEED = 20_221_123;
const raw = process.env.PROPERTY_SEED;
const seed = raw === 'random' ? Math.floor(Math.random() * 2 ** 31) : raw ? Number(raw) : DEFAULT_SEED;
// fast-check's failure message starts with "{ seed: …, path: … }": replay with PROPERTY_SEED=<seed>.
fc.configureGlobal({ seed });

afterAll(killAllChildren);
