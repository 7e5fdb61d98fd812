import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { drawImage, parseHex, PATTERNS } from './draw';
import { encodePng } from './png';

describe('encodePng', () => {
  it('writes a valid PNG: signature, IHDR with size and RGB, IDAT that inflates, IEND', () => {
    const png = encodePng(4, 3, drawImage('#1f3a5f', 'stripes', 4).subarray(0, 4 * 3 * 3));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.readUInt32BE(8)).toBe(13);
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(4);
    expect(png.readUInt32BE(20)).toBe(3);
    expect([png[24], png[25]]).toEqual([8, 2]);
    const idatLength = png.readUInt32BE(33);
    expect(png.subarray(37, 41).toString('ascii')).toBe('IDAT');
    expect(inflateSync(png.subarray(41, 41 + idatLength))).toHaveLength((4 * 3 + 1) * 3);
    expect(png.subarray(-8, -4).toString('ascii')).toBe('IEND');
  });

  it('refuses a pixel buffer of the wrong size', () => {
    expect(() => encodePng(2, 2, new Uint8Array(5))).toThrow();
  });
});

describe('drawImage', () => {
  it('is deterministic and differs by pattern', () => {
    const a = drawImage('#b5532a', 'dots', 40);
    expect(Buffer.from(a).equals(Buffer.from(drawImage('#b5532a', 'dots', 40)))).toBe(true);
    const others = PATTERNS.filter((p) => p !== 'dots').map((p) =>
      Buffer.from(drawImage('#b5532a', p, 40)),
    );
    for (const other of others) expect(other.equals(Buffer.from(a))).toBe(false);
  });

  it('reaches the product colour at the bottom', () => {
    const size = 20;
    const pixels = drawImage('#1f3a5f', 'circle', size);
    const i = ((size - 1) * size + 0) * 3;
    expect([pixels[i], pixels[i + 1], pixels[i + 2]]).toEqual(parseHex('#1f3a5f'));
  });
});
