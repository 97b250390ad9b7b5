// Runs before each renderer test file. Testing Library unmounts after each test only when vitest's
// globals are on; they are off here, so unmount explicitly (a mounted tree would leak into the next test).
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => cleanup());
