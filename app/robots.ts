import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/catalog/site-url';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: [
          '/account',
          '/login',
          '/logout',
          '/auth/',
          '/api/',
          '/listing/',
          '/cart',
          '/thank-you',
          '/booking-confirmed',
        ],
      },
    ],
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
