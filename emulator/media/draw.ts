// Deterministic placeholder art: a gradient in the product's colour with one of a few patterns.

export type Rgb = [number, number, number];
export type Pattern = 'stripes' | 'circle' | 'checks' | 'dots';
export const PATTERNS: Pattern[] = ['stripes', 'circle', 'checks', 'dots'];

export function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  const n = m ? parseInt(m[1] ?? '888888', 16) : 0x888888;
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  Math.round(a[0] + (b[0] - a[0]) * t),
  Math.round(a[1] + (b[1] - a[1]) * t),
  Math.round(a[2] + (b[2] - a[2]) * t),
];

function inPattern(pattern: Pattern, x: number, y: number, size: number): boolean {
  const cx = x - size / 2;
  const cy = y - size / 2;
  switch (pattern) {
    case 'stripes':
      return Math.floor((x + y) / (size / 16)) % 2 === 0;
    case 'circle': {
      const r = Math.sqrt(cx * cx + cy * cy);
      return r < size * 0.3 && r > size * 0.22;
    }
    case 'checks':
      return (Math.floor(x / (size / 8)) + Math.floor(y / (size / 8))) % 2 === 0;
    case 'dots': {
      const cell = size / 10;
      const dx = (x % cell) - cell / 2;
      const dy = (y % cell) - cell / 2;
      return dx * dx + dy * dy < (cell / 5) ** 2;
    }
  }
}

/** RGB pixels of a `size`×`size` image. */
export function drawImage(colour: string, pattern: Pattern, size: number): Uint8Array {
  const base = parseHex(colour);
  const top = mix(base, [255, 255, 255], 0.65);
  const accent = mix(base, [0, 0, 0], 0.25);
  const pixels = new Uint8Array(size * size * 3);
  for (let y = 0; y < size; y++) {
    const row = mix(top, base, y / (size - 1));
    for (let x = 0; x < size; x++) {
      const [r, g, b] = inPattern(pattern, x, y, size) ? mix(row, accent, 0.5) : row;
      const i = (y * size + x) * 3;
      pixels[i] = r;
      pixels[i + 1] = g;
      pixels[i + 2] = b;
    }
  }
  return pixels;
}
