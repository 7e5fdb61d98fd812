import Link from 'next/link';
import { formatDuration } from '@/lib/bookings/service-view';
import type { Service } from '@/lib/wix/booking-types';
import { ServiceImage } from './service-image';

export const SERVICE_IMAGE_SIZES = '(min-width: 1024px) 33vw, (min-width: 640px) 50vw, 100vw';

/** One service on /services: what it is, how long, what it costs, and the way to book it. */
export function ServiceCard({
  service,
  priority = false,
}: {
  service: Service;
  priority?: boolean;
}) {
  const duration = formatDuration(service.durationMinutes);
  return (
    <article className="flex flex-col overflow-hidden rounded-lg border border-zinc-200 bg-white">
      <ServiceImage image={service.image} sizes={SERVICE_IMAGE_SIZES} priority={priority} />
      <div className="flex flex-1 flex-col gap-2 p-5">
        <h3 className="text-lg font-semibold">{service.name}</h3>
        {service.tagLine ? <p className="text-sm text-zinc-600">{service.tagLine}</p> : null}
        <p className="mt-auto flex flex-wrap gap-x-3 pt-2 text-sm">
          {duration ? <span>{duration}</span> : null}
          {duration ? <span aria-hidden="true">·</span> : null}
          <span className="font-medium">{service.price.formatted}</span>
        </p>
        <Link
          href={`/services/${service.slug}`}
          aria-label={`Book ${service.name}`}
          className="mt-2 self-start rounded-md bg-zinc-900 px-4 py-2 text-sm font-semibold text-white hover:bg-zinc-700"
        >
          Book
        </Link>
      </div>
    </article>
  );
}
