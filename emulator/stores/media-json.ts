import type { CatalogProduct } from './catalog-model';

export const IMAGE_SIZE = 800;
const THUMB_SIZE = 50;

// Wix's media URLs, as real product JSON has them; the emulator serves the same paths under
// /media/, and the storefront maps this host to the emulator in emulator mode.
export const WIX_MEDIA_ORIGIN = 'https://static.wixstatic.com';
export const mediaUrl = (mediaId: string) => `${WIX_MEDIA_ORIGIN}/media/${mediaId}`;

/** A V3 `ProductMedia` item; the SDK turns `image` into a `wix:image://v1/<id>/…` string. */
export function v3Media(mediaId: string, altText: string, thumbnail: boolean) {
  const url = mediaUrl(mediaId);
  return {
    id: mediaId,
    url,
    image: { id: mediaId, url, width: IMAGE_SIZE, height: IMAGE_SIZE, altText, filename: mediaId },
    altText,
    mediaType: 'IMAGE',
    ...(thumbnail ? { thumbnail: { url, width: THUMB_SIZE, height: THUMB_SIZE, altText } } : {}),
  };
}

/** A V1 `MediaItem`: plain `{url,width,height}` objects, no SDK transformation. */
export function v1Media(mediaId: string, title: string) {
  const url = mediaUrl(mediaId);
  return {
    id: mediaId,
    mediaType: 'image',
    title,
    image: { url, width: IMAGE_SIZE, height: IMAGE_SIZE, format: 'png', altText: title },
    thumbnail: { url, width: THUMB_SIZE, height: THUMB_SIZE, format: 'png', altText: title },
  };
}

export const altTextOf = (product: CatalogProduct, index: number) =>
  index === 0 ? product.name : `${product.name}, view ${index + 1}`;
