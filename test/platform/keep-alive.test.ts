import { afterEach, describe, expect, it, vi } from 'vitest';

const getPlatformInfo = vi.fn(() => Promise.resolve({ os: 'linux' }));
vi.mock('wxt/browser', () => ({ browser: { runtime: { getPlatformInfo } } }));

const { KEEP_ALIVE_MS, keepAliveWhile } = await import('../../src/platform/keep-alive');

afterEach(() => {
  vi.useRealTimers();
  getPlatformInfo.mockClear();
});

describe('keepAliveWhile', () => {
  it('calls an extension API more often than every 30 s while the work runs, and never after', async () => {
    expect(KEEP_ALIVE_MS).toBeLessThan(30_000);
    vi.useFakeTimers();
    let finish!: (value: string) => void;
    const kept = keepAliveWhile(new Promise<string>((resolve) => (finish = resolve)));
    await vi.advanceTimersByTimeAsync(95_000);
    expect(getPlatformInfo).toHaveBeenCalledTimes(Math.floor(95_000 / KEEP_ALIVE_MS));
    finish('done');
    expect(await kept).toBe('done');
    getPlatformInfo.mockClear();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(getPlatformInfo).not.toHaveBeenCalled();
  });

  it('gives the work’s failure, and stops calling', async () => {
    vi.useFakeTimers();
    const kept = keepAliveWhile(Promise.reject(new Error('quota')));
    await expect(kept).rejects.toThrow('quota');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(getPlatformInfo).not.toHaveBeenCalled();
  });
});
