import { describe, expect, it } from 'vitest';
import { testImage } from '../../../test/test-image.js';
import { layerWasteCheck } from './layer-waste.js';
import { describeStep, sizeCheck } from './size.js';

const history = [
  { createdBy: '', sizeBytes: 80_000_000 },
  { createdBy: 'RUN |1 NODE_ENV=production /bin/sh -c npm ci --omit=dev # buildkit', sizeBytes: 30_000_000 },
  { createdBy: 'ENV NODE_ENV=production', sizeBytes: 0 },
];

describe('size', () => {
  it.each([
    [
      undefined,
      'pass',
      '120 MB in 2 layers (largest: 80.0 MB (imported base layer), 30.0 MB RUN npm ci --omit=dev); no budget set (--max-size)',
    ],
    [200_000_000, 'pass', /within the 200 MB budget/],
    [100_000_000, 'fail', /over the 100 MB budget/],
  ])('budget %s', (max, status, detail) => {
    const result = sizeCheck(testImage(), history, max);
    expect(result.status).toBe(status);
    expect(result.detail).toMatch(detail);
  });

  it.each([
    ['/bin/sh -c #(nop)  CMD ["node"]', 'CMD ["node"]'],
    ['COPY . . # buildkit', 'COPY . .'],
    ['/bin/sh -c apt-get update', 'apt-get update'],
  ])('describes %s', (createdBy, text) => expect(describeStep(createdBy)).toBe(text));
});

describe('layer-waste thresholds', () => {
  const waste = {
    efficiency: 0.67,
    wastedBytes: 100e6,
    userBytes: 110e6,
    userWastedRatio: 0.91,
    worst: [{ path: 'big.bin', occurrences: 2, wastedBytes: 100e6 }],
  };
  const thresholds = { lowestEfficiency: 0.9, highestUserWastedRatio: 0.1 };

  it('fails below dive’s defaults, naming the worst paths', () => {
    const result = layerWasteCheck(waste, thresholds);
    expect(result.status).toBe('fail');
    expect(result.detail).toBe(
      'efficiency 67.0%, 100 MB wasted (91.0% of the 110 MB above the base layer): efficiency below 90.0%, waste above 10.0%; worst: /big.bin 100 MB in 2 layers; delete files in the step that creates them',
    );
  });

  it('passes a tiny waste whatever its ratio: 300 bytes of a 700-byte layer is noise', () => {
    const tiny = { efficiency: 0.999, wastedBytes: 327, userBytes: 680, userWastedRatio: 0.48, worst: [] };
    expect(layerWasteCheck(tiny, thresholds).status).toBe('pass');
  });

  it('passes an efficient image, and honours a byte budget', () => {
    const lean = { ...waste, efficiency: 0.99, wastedBytes: 2e6, userWastedRatio: 0.02 };
    expect(layerWasteCheck(lean, thresholds).status).toBe('pass');
    expect(layerWasteCheck(lean, { ...thresholds, highestWastedBytes: 1e6 }).detail).toMatch(
      /waste above 1.00 MB/,
    );
  });
});
