import { createMemoryRepository } from '../../../src/storage/memory';
import { describeRepository } from './repository-behaviour';

describeRepository('memory', async () => createMemoryRepository());
