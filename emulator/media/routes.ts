import { Hono } from 'hono';
import { bookingsImageSpec } from '../bookings/media';
import type { AppEnv, EmulatorContext } from '../context';
import { IMAGE_SIZE } from '../stores/media-json';
import { drawImage, PATTERNS, type Pattern } from './draw';
import { encodePng } from './png';

interface ImageSpec {
  colour: string;
  pattern: Pattern;
}

/** Which colour and pattern a media id stands for, from the catalog or bookings; null when unknown. */
function specFor(ctx: EmulatorContext, mediaId: string): ImageSpec | null {
  const { products, collections } = ctx.store.state.catalog;
  for (const [index, product] of products.entries()) {
    const n = product.mediaIds.indexOf(mediaId);
    if (n === -1) continue;
    const swatches = product.options.find((o) => o.kind === 'color')?.choices ?? [];
    const colour = swatches[n % Math.max(1, swatches.length)]?.colorCode ?? product.colour;
    return { colour, pattern: PATTERNS[(index + n) % PATTERNS.length] ?? 'stripes' };
  }
  const collection = collections.find((c) => c.mediaId === mediaId);
  if (collection) return { colour: collection.colour, pattern: 'circle' };
  return bookingsImageSpec(ctx, mediaId);
}

/** `GET /media/<id>`: catalog and bookings images, drawn once and served from memory. */
export function mediaRoutes(ctx: EmulatorContext): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const cache = new Map<string, Buffer>();
  app.get('/media/:file', (c) => {
    const id = c.req.param('file');
    let png = cache.get(id);
    if (!png) {
      const spec = specFor(ctx, id);
      if (!spec) return c.text('Not found', 404);
      png = encodePng(IMAGE_SIZE, IMAGE_SIZE, drawImage(spec.colour, spec.pattern, IMAGE_SIZE));
      cache.set(id, png);
    }
    return c.body(new Uint8Array(png), 200, {
      'content-type': 'image/png',
      'cache-control': 'public, max-age=31536000, immutable',
    });
  });
  return app;
}
