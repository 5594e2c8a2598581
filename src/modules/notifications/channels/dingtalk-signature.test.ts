import { describe, expect, it } from 'vitest';
import { dingtalkSignature, signedDingtalkUrl } from './dingtalk-signature.js';

// Reference value from `printf '1700000000000\nSECabc123' | openssl dgst -sha256 -hmac SECabc123 -binary | base64`.
const SIGN = 'N5P09a4+p1AMJIJWnIvQd2Yxw9+fu/oEBnPrjCcsLXk=';

describe('dingtalk signature', () => {
  it('is base64 of HMAC-SHA256 over "timestamp\\nsecret"', () => {
    expect(dingtalkSignature('SECabc123', 1_700_000_000_000)).toBe(SIGN);
  });

  it('adds timestamp and the URL-encoded sign to the robot URL, keeping its token', () => {
    const url = signedDingtalkUrl(
      'https://robot.example/robot/send?access_token=tok',
      'SECabc123',
      1_700_000_000_000,
    );
    expect(url).toBe(
      `https://robot.example/robot/send?access_token=tok&timestamp=1700000000000&sign=${encodeURIComponent(SIGN)}`,
    );
  });
});
