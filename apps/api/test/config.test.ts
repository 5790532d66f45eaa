import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../src/config.js';

describe('configFromEnv', () => {
  it('reads the SOURCETRACE_ variables', () => {
    expect(
      configFromEnv({
        SOURCETRACE_API_KEY: 'k',
        SOURCETRACE_ALLOW_PRIVATE_FETCH: '1',
        SOURCETRACE_CORS_ORIGINS: 'https://a.example, https://b.example',
        SOURCETRACE_WRITE_RATE_LIMIT: '30',
        SOURCETRACE_TRUST_PROXY: '2',
      }),
    ).toEqual({
      apiKey: 'k',
      allowPrivateFetch: true,
      corsOrigins: ['https://a.example', 'https://b.example'],
      writeRateLimit: { windowMs: 60_000, limit: 30 },
      trustProxy: 2,
    });
    expect(configFromEnv({ SOURCETRACE_TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
    expect(configFromEnv({})).toEqual({ allowPrivateFetch: false });
  });

  it('says which variable is malformed', () => {
    expect(() => configFromEnv({ SOURCETRACE_WRITE_RATE_LIMIT: 'lots' })).toThrow(
      /SOURCETRACE_WRITE_RATE_LIMIT/,
    );
  });
});
