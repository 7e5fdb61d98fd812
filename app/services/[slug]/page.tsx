import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { BookingCalendar } from '@/components/bookings/booking-calendar';
import { CalendarSkeleton } from '@/components/bookings/calendar-skeleton';
import { ServiceDetails } from '@/components/bookings/service-details';
import { Breadcrumbs } from '@/components/catalog/breadcrumbs';
import { SLUG } from '@/lib/catalog/listing';
import { absoluteUrl } from '@/lib/catalog/site-url';
import { getService, getServices } from '@/lib/wix/services';

// The same for every visitor (no cookies read): the free times load in the browser.
// Must be a literal for Next; the same lifetime as CATALOG_REVALIDATE_SECONDS.
export const revalidate = 300;
export const dynamicParams = true;

type Props = { params: Promise<{ slug: string }> };

async function loadService(slug: string) {
  // Junk slugs never reach Wix (nor the cache).
  return SLUG.test(slug) ? getService(slug) : null;
}

export async function generateStaticParams() {
  const services = await getServices().catch(() => []);
  return services.map((s) => ({ slug: s.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Wix errors are thrown, not hidden: a page must never be cached with a wrong title.
  const service = await loadService((await params).slug);
  if (!service) return { title: 'Service not found' };
  const url = absoluteUrl(`/services/${service.slug}`);
  const description = (service.tagLine ?? service.description ?? `Book ${service.name}.`).slice(
    0,
    160,
  );
  return {
    title: service.name,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: 'website',
      url,
      title: service.name,
      description,
      images: service.image
        ? [{ url: service.image.url, width: service.image.width, height: service.image.height }]
        : [],
    },
  };
}

export default async function ServicePage({ params }: Props) {
  // Resolved before anything streams, so an unknown service is a real 404.
  const service = await loadService((await params).slug);
  if (!service) notFound();
  const calendarService = {
    slug: service.slug,
    type: service.type,
    staff: service.staff,
    businessTimeZone: service.businessTimeZone,
  };

  return (
    <article>
      <Breadcrumbs
        items={[
          { name: 'Home', href: '/' },
          { name: 'Services', href: '/services' },
          { name: service.name },
        ]}
      />
      <div className="mt-6">
        <ServiceDetails service={service} />
      </div>
      <section aria-labelledby="calendar-heading" className="mt-12">
        <h2 id="calendar-heading" className="text-2xl font-bold">
          Choose a day and time
        </h2>
        <noscript>
          <p className="mt-4 rounded border border-amber-300 bg-amber-50 p-4 text-sm">
            Booking online needs JavaScript: please turn it on to see the free times.
          </p>
        </noscript>
        <div className="mt-6">
          {/* The island reads the URL and the browser's zone: the page stays one cached file. */}
          <Suspense fallback={<CalendarSkeleton />}>
            <BookingCalendar service={calendarService} />
          </Suspense>
        </div>
      </section>
    </article>
  );
}
