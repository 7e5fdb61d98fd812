import { media } from '@wix/sdk';
import { getEnv } from '../env';
import type { ProductImage } from './types';

const WIX_MEDIA_ORIGIN = 'https://static.wixstatic.com';

// In emulator mode the emulator serves the media files Wix would serve from its CDN.
function localize(url: string): string {
  const { emulator, wixApiUrl } = getEnv();
  if (!emulator || !wixApiUrl || !url.startsWith(`${WIX_MEDIA_ORIGIN}/`)) return url;
  return `${wixApiUrl}${url.slice(WIX_MEDIA_ORIGIN.length)}`;
}

type MediaObject = { url?: string | null; width?: number | null; height?: number | null };

/**
 * One image from either catalog: V3 answers `wix:image://v1/<id>/<name>#originWidth=…` strings,
 * V1 answers `{url, width, height}` objects.
 */
export function toProductImage(
  source: string | MediaObject | null | undefined,
  alt: string,
): ProductImage | null {
  if (!source) return null;
  if (typeof source === 'string') {
    if (source.startsWith('wix:image://')) {
      const image = media.getImageUrl(source);
      // The SDK parses these from the URL fragment, so they may arrive as strings.
      const width = Number(image.width) || 800;
      const height = Number(image.height) || 800;
      return { url: localize(image.url), width, height, alt };
    }
    return /^https?:\/\//.test(source)
      ? { url: localize(source), width: 800, height: 800, alt }
      : null;
  }
  if (!source.url) return null;
  return {
    url: localize(source.url),
    width: source.width || 800,
    height: source.height || 800,
    alt,
  };
}
