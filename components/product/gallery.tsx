'use client';

import Image from 'next/image';
import { useState } from 'react';
import type { ProductImage } from '@/lib/wix/types';

export const GALLERY_SIZES = '(min-width: 1024px) 50vw, 100vw';

export function Gallery({ images, name }: { images: ProductImage[]; name: string }) {
  const [current, setCurrent] = useState(0);
  const main = images[current];
  if (!main)
    return <div className="aspect-square rounded-lg bg-zinc-100" role="img" aria-label={name} />;
  return (
    <div>
      <div className="relative aspect-square overflow-hidden rounded-lg bg-zinc-100">
        {/* The first image is the page's LCP element: loaded eagerly with high priority. */}
        <Image
          src={main.url}
          alt={main.alt}
          fill
          sizes={GALLERY_SIZES}
          priority={current === 0}
          className="object-cover"
        />
      </div>
      {images.length > 1 ? (
        <ul className="mt-4 grid grid-cols-5 gap-3" aria-label="Product images">
          {images.map((image, i) => (
            <li key={`${image.url}-${i}`}>
              <button
                type="button"
                onClick={() => setCurrent(i)}
                aria-label={`Show image ${i + 1} of ${images.length}`}
                aria-pressed={i === current}
                className={`relative block aspect-square w-full overflow-hidden rounded border-2 ${
                  i === current ? 'border-zinc-900' : 'border-transparent'
                }`}
              >
                <Image src={image.url} alt="" fill sizes="96px" className="object-cover" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
