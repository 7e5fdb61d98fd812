import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { categoryId, serviceId, staffId } from '@/emulator/bookings/seed';
import type { RunningEmulator } from '@/emulator/server';
import { BOOKINGS_APP, createBookingsClient, startBookingsEmulator } from './bookings-read-helpers';
import { sdkError } from './stores-helpers';

const SECRET = 'bookings-revalidate-secret';
let emulator: RunningEmulator;
let receiver: http.Server;
const received: { secret: string | undefined; body: Record<string, unknown> }[] = [];
const client = createBookingsClient();
const HAIRCUT = serviceId('haircut');

beforeAll(async () => {
  // Stands in for the storefront's POST /api/revalidate.
  receiver = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      received.push({
        secret: req.headers['x-revalidate-secret'] as string,
        body: JSON.parse(body),
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const { port } = receiver.address() as AddressInfo;
  emulator = await startBookingsEmulator([], {
    revalidateUrl: `http://127.0.0.1:${port}/api/revalidate`,
    revalidateSecret: SECRET,
  });
});
afterAll(async () => {
  await emulator.close();
  await new Promise((resolve) => receiver.close(resolve));
});

describe('services.queryServices', () => {
  it('finds a service by slug (builder) with every field the storefront reads', async () => {
    const result = await client.services
      .queryServices()
      .eq('mainSlug.name', 'haircut')
      .limit(1)
      .find();
    expect(result.totalCount).toBe(1);
    const [s] = result.items;
    expect(s).toMatchObject({
      _id: HAIRCUT,
      appId: BOOKINGS_APP,
      type: 'APPOINTMENT',
      name: 'Haircut',
      tagLine: expect.stringContaining('cut'),
      defaultCapacity: 1,
      hidden: false,
      sortOrder: 0,
      category: { _id: categoryId('hair-beauty'), name: 'Hair & beauty', sortOrder: 0 },
      payment: {
        rateType: 'FIXED',
        fixed: { price: { value: '45', currency: 'USD', formattedValue: '$45.00' } },
      },
      schedule: {
        _id: expect.any(String),
        availabilityConstraints: { durations: [{ minutes: 30 }], timeBetweenSessions: 10 },
      },
      staffMemberIds: [staffId('anna'), staffId('ben')],
      onlineBooking: { enabled: true },
      mainSlug: { name: 'haircut' },
      revision: '1',
      bookingPolicy: {
        limitLateBookingPolicy: { enabled: true, latestBookingInMinutes: 120 },
        cancellationPolicy: { enabled: true, latestCancellationInMinutes: 1440 },
      },
    });
    expect(s?.description?.length).toBeGreaterThan(50);
    expect(s?.media?.mainMedia?.image).toMatch(/^wix:image:\/\/v1\/emu-service-haircut\.png\//);
    expect(s?.locations?.[0]).toMatchObject({
      type: 'BUSINESS',
      business: {
        _id: expect.any(String),
        name: 'Soho Studio',
        address: { formatted: '100 Spring St, New York, NY 10012', addressLine1: '100 Spring St' },
      },
    });
    expect(s?.urls?.servicePage).toBe(`${emulator.publicUrl}/service-page/haircut`);
    expect(s?._createdDate).toBeInstanceOf(Date);
    expect(s?.staffMemberDetails).toBeUndefined();
  });

  it('appId + hidden with STAFF_MEMBER_DETAILS, as headless-bookings asks', async () => {
    const result = await client.services
      .queryServices({ conditionalFields: ['STAFF_MEMBER_DETAILS'] })
      .eq('appId', BOOKINGS_APP)
      .eq('hidden', false)
      .find();
    expect(result.items.map((s) => s.mainSlug?.name)).toEqual([
      'haircut',
      'colour-consultation',
      'deep-tissue-massage',
      'hot-stone-massage',
      'yoga-flow',
      'sunrise-pilates',
    ]);
    const haircut = result.items[0];
    expect(haircut?.staffMemberDetails?.staffMembers?.map((m) => m.name)).toEqual([
      'Anna Berg',
      'Ben Ortiz',
    ]);
    expect(haircut?.staffMemberDetails?.staffMembers?.[0]?.mainMedia?.image).toMatch(
      /^wix:image:\/\/v1\/emu-staff-anna\.png/,
    );
    const hotStone = result.items.find((s) => s.mainSlug?.name === 'hot-stone-massage');
    expect(hotStone?.payment).toMatchObject({
      rateType: 'VARIED',
      varied: {
        defaultPrice: { formattedValue: '$110.00' },
        minPrice: { value: '110' },
        maxPrice: { value: '140', formattedValue: '$140.00' },
      },
    });
    const free = result.items.find((s) => s.mainSlug?.name === 'colour-consultation');
    expect(free?.payment?.rateType).toBe('NO_FEE');
    expect(result.items.find((s) => s.type === 'CLASS')?.defaultCapacity).toBe(8);
  });

  it('typed form: a category, the raw response with pagingMetadata', async () => {
    const response = await client.services.queryServices({
      filter: { 'category._id': categoryId('classes') },
      paging: { limit: 20 },
    });
    expect(response.services?.map((s) => s.name)).toEqual(['Yoga flow', 'Sunrise pilates']);
    expect(response.pagingMetadata).toMatchObject({
      count: 2,
      offset: 0,
      total: 2,
      tooManyToCount: false,
    });
  });

  // sortOrder and createdDate are not in the typings' sort fields; Wix's templates sort by them.
  it('ids, types, sorting and offset paging', async () => {
    const ids = [serviceId('yoga-flow'), HAIRCUT, serviceId('sunrise-pilates')];
    const byId = await client.services.queryServices().in('_id', ids).ascending('name').find();
    expect(byId.items.map((s) => s.name)).toEqual(['Haircut', 'Sunrise pilates', 'Yoga flow']);
    const classes = await client.services
      .queryServices()
      .eq('type', 'CLASS')
      .descending('createdDate' as 'name')
      .find();
    expect(classes.items.map((s) => s.name)).toEqual(['Sunrise pilates', 'Yoga flow']);
    const page = await client.services
      .queryServices()
      .ascending('sortOrder' as 'name')
      .limit(2)
      .skip(2)
      .find();
    expect(page.totalCount).toBe(6);
    expect(page.items).toHaveLength(2);
    expect(page.hasNext()).toBe(true);
    const last = await client.services.queryServices().limit(4).skip(4).find();
    expect(last.items).toHaveLength(2);
    expect(last.hasNext()).toBe(false);
  });

  it('refuses a field it cannot filter on and an unknown conditional field', async () => {
    const error = await sdkError(
      client.services
        .queryServices()
        .eq('seoData.tags' as 'name', 'x')
        .find(),
    );
    // The SDK renames the field by its own argument map (it reads "undefined.filter…").
    expect(error.status).toBe(400);
    expect(error.details?.validationError?.fieldViolations?.[0]?.field).toMatch(
      /filter\.seoData\.tags$/,
    );
    const res = await fetch(`${emulator.url}/_api/bookings/v2/services/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: await visitorToken() },
      body: JSON.stringify({ conditionalFields: ['EVERYTHING'], query: {} }),
    });
    expect(res.status).toBe(400);
  });

  it('needs an access token', async () => {
    const res = await fetch(`${emulator.url}/_api/bookings/v2/services/query`, {
      method: 'POST',
      body: '{}',
    });
    expect(res.status).toBe(401);
  });
});

async function visitorToken(): Promise<string> {
  const res = await fetch(`${emulator.url}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: emulator.clientId, grantType: 'anonymous' }),
  });
  return ((await res.json()) as { access_token: string }).access_token;
}

describe('services.getService', () => {
  it('returns the service unwrapped, with staff details when asked', async () => {
    const plain = await client.services.getService(HAIRCUT);
    expect(plain).toMatchObject({ _id: HAIRCUT, name: 'Haircut' });
    expect(plain.staffMemberDetails).toBeUndefined();
    const detailed = await client.services.getService(serviceId('yoga-flow'), {
      conditionalFields: ['STAFF_MEMBER_DETAILS'],
    });
    expect(detailed.staffMemberDetails?.staffMembers).toEqual([
      expect.objectContaining({ staffMemberId: staffId('dana'), name: 'Dana Wells' }),
    ]);
  });

  it('an unknown id is 404 SERVICE_NOT_FOUND', async () => {
    const error = await sdkError(
      client.services.getService('00000000-0000-4000-8000-000000000000'),
    );
    expect(error.details?.applicationError?.code).toBe('SERVICE_NOT_FOUND');
  });

  it('serves the service image', async () => {
    const res = await fetch(`${emulator.url}/media/emu-service-haircut.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect((await fetch(`${emulator.url}/media/emu-staff-clara.png`)).status).toBe(200);
  });
});

describe('PATCH /__emulator/bookings/services/:id', () => {
  const patch = (id: string, body: unknown) =>
    fetch(`${emulator.url}/__emulator/bookings/services/${id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('changes name, price and visibility, moves updatedDate and revision, tells the storefront', async () => {
    const before = await client.services.getService(HAIRCUT);
    received.length = 0;
    const res = await patch(HAIRCUT, { name: 'Signature haircut', priceCents: 5000 });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      changes: ['name', 'priceCents'],
      webhook: { status: 200 },
    });
    const after = await client.services.getService(HAIRCUT);
    expect(after.name).toBe('Signature haircut');
    expect(after.payment?.fixed?.price?.formattedValue).toBe('$50.00');
    expect(after.revision).toBe('2');
    expect(after._updatedDate?.getTime()).toBeGreaterThan(before._updatedDate?.getTime() ?? 0);
    expect(received).toEqual([
      {
        secret: SECRET,
        body: {
          eventType: 'wix.bookings.services.v2.service_updated',
          entityId: HAIRCUT,
          slug: 'haircut',
          updatedDate: after._updatedDate?.toISOString(),
        },
      },
    ]);

    expect((await patch('haircut', { hidden: true, description: 'New text.' })).status).toBe(200);
    const visible = await client.services.queryServices().eq('hidden', false).find();
    expect(visible.items.map((s) => s._id)).not.toContain(HAIRCUT);
    expect((await client.services.getService(HAIRCUT)).description).toBe('New text.');
    expect((await patch('haircut', { hidden: false })).status).toBe(200);
  });

  it('refuses bad bodies, a price for a free service and unknown services', async () => {
    expect((await patch(HAIRCUT, {})).status).toBe(400);
    expect((await patch(HAIRCUT, { priceCents: -1 })).status).toBe(400);
    expect((await patch(HAIRCUT, { price: 10 })).status).toBe(400);
    expect((await patch(HAIRCUT, { name: '' })).status).toBe(400);
    expect((await patch('colour-consultation', { priceCents: 1000 })).status).toBe(400);
    expect((await patch('no-such-service', { hidden: true })).status).toBe(404);
  });
});
