import { describe, expect, it } from 'vitest';
import { maskSecret, maskUrl, redactSecrets } from './mask-secret.js';

describe('secret masking', () => {
  it('keeps only the last four characters of a long secret, none of a short one', () => {
    expect(maskSecret('SECabcdef123456')).toBe('••••3456');
    expect(maskSecret('short')).toBe('••••');
  });

  it('shows a robot URL by its origin only, path and query masked', () => {
    expect(maskUrl('https://oapi.example/robot/send?access_token=0123456789abcdef')).toBe(
      'https://oapi.example/••••cdef',
    );
    expect(maskUrl('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080');
  });

  it('removes secrets from an error text', () => {
    expect(redactSecrets('POST https://x/?key=abcdefghijkl failed', ['abcdefghijkl', ''])).toBe(
      'POST https://x/?key=••••ijkl failed',
    );
  });
});
