import Image from 'next/image';
import type { Service } from '@/lib/wix/booking-types';

type Props = { image: Service['image']; sizes: string; priority?: boolean };

/** A service's picture in a 3:2 box that keeps its place while the image loads. */
export function ServiceImage({ image, sizes, priority = false }: Props) {
  return (
    <div className="relative aspect-[3/2] overflow-hidden bg-zinc-100">
      {image ? (
        <Image
          src={image.url}
          alt={image.alt}
          fill
          sizes={sizes}
          priority={priority}
          className="object-cover"
        />
      ) : null}
    </div>
  );
}
