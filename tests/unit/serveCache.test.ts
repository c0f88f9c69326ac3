import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { cacheControl } from '../../scripts/serve.mjs';

describe('web mode caching', () => {
  it('keeps the hashed scripts and styles for good, and asks afresh for everything else', () => {
    expect(cacheControl('/assets/index-DD63uOTB.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControl('/renderer/assets/index-d7IeBJKT.css')).toBe('public, max-age=31536000, immutable');
    expect(cacheControl('/assets/papaparse.min-BHwlM7jr.js')).toBe('public, max-age=31536000, immutable');
    // The page itself names the current files: it must never come from a cache.
    expect(cacheControl('/index.html')).toBe('no-store');
    expect(cacheControl('/')).toBe('no-store');
    expect(cacheControl('/assets/logo.svg')).toBe('no-store');
    expect(cacheControl('/assets/index.js')).toBe('no-store');
  });
});
