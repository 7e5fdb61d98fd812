import { locationLine } from '@/lib/bookings/hand-off';
import { capacityLabel, formatDuration } from '@/lib/bookings/service-view';
import type { Service } from '@/lib/wix/booking-types';
import { ServiceImage } from './service-image';

/** What a service is: image, description and the facts a shopper books by. */
export function ServiceDetails({ service }: { service: Service }) {
  const duration = formatDuration(service.durationMinutes);
  const location = locationLine(service);
  const facts = [
    ['Duration', duration],
    ['Price', service.price.formatted],
    ['Class size', capacityLabel(service.type, service.capacity)],
    ['Location', location],
  ].filter((fact): fact is [string, string] => fact[1] !== null);
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <div className="overflow-hidden rounded-lg">
        <ServiceImage image={service.image} sizes="(min-width: 1024px) 50vw, 100vw" priority />
      </div>
      <div className="flex flex-col gap-5">
        <div>
          <h1 className="text-3xl font-bold tracking-tight">{service.name}</h1>
          {service.tagLine ? <p className="mt-2 text-lg text-zinc-600">{service.tagLine}</p> : null}
        </div>
        <dl className="divide-y divide-zinc-200 rounded-lg border border-zinc-200 bg-white text-sm">
          {facts.map(([term, value]) => (
            <div key={term} className="flex justify-between gap-4 px-4 py-3">
              <dt className="text-zinc-500">{term}</dt>
              <dd className="text-right font-medium">{value}</dd>
            </div>
          ))}
        </dl>
        {service.description ? (
          <section aria-label="Description" className="flex flex-col gap-3 text-zinc-700">
            {service.description
              .split(/\n\s*\n/)
              .filter((p) => p.trim())
              .map((paragraph, i) => (
                <p key={i}>{paragraph.trim()}</p>
              ))}
          </section>
        ) : null}
      </div>
    </div>
  );
}
