import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/catalog/breadcrumbs';
import { ServiceCard } from '@/components/bookings/service-card';
import { groupByCategory } from '@/lib/bookings/service-view';
import { absoluteUrl } from '@/lib/catalog/site-url';
import { getServices } from '@/lib/wix/services';

// The same for every visitor (no cookies read): rendered once, then served from cache (ISR).
// Must be a literal for Next; the same lifetime as CATALOG_REVALIDATE_SECONDS.
export const revalidate = 300;

export const metadata: Metadata = {
  title: 'Services',
  description: 'Book an appointment or a class online.',
  alternates: { canonical: absoluteUrl('/services') },
};

export default async function ServicesPage() {
  // Wix errors are thrown (error.tsx): an empty list must never be cached for a failure.
  const groups = groupByCategory(await getServices());
  return (
    <div>
      <Breadcrumbs items={[{ name: 'Home', href: '/' }, { name: 'Services' }]} />
      <h1 className="mt-2 text-3xl font-bold tracking-tight">Services</h1>
      <p className="mt-2 text-zinc-600">Choose a service, then a day and a time that is free.</p>
      {groups.length === 0 ? (
        <p className="mt-10 rounded-lg border border-dashed border-zinc-300 p-10 text-center text-zinc-600">
          No services can be booked online just now.
        </p>
      ) : null}
      {groups.map((group, g) => (
        <section
          key={group.id ?? 'other'}
          aria-labelledby={`category-${g}`}
          className="mt-12 first-of-type:mt-8"
        >
          <h2 id={`category-${g}`} className="text-2xl font-bold">
            {group.name}
          </h2>
          <div className="mt-6 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {group.services.map((service, i) => (
              <ServiceCard key={service.id} service={service} priority={g === 0 && i < 3} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
