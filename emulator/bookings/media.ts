import type { EmulatorContext } from '../context';
import type { Pattern } from '../media/draw';
import { MEDIA_COLOURS } from './seed';

/** Colour and pattern of a service image or staff portrait, for GET /media/<id>; null if unknown. */
export function bookingsImageSpec(
  ctx: EmulatorContext,
  mediaId: string,
): { colour: string; pattern: Pattern } | null {
  const { services, staff } = ctx.store.state.bookings;
  const service = Object.values(services).find((s) => s.mediaId === mediaId);
  if (service) return { colour: MEDIA_COLOURS[service.slug] ?? '#8a8a8a', pattern: 'dots' };
  const member = Object.values(staff).find((s) => s.mediaId === mediaId);
  if (!member) return null;
  const key = member.name.split(' ')[0]?.toLowerCase() ?? '';
  return { colour: MEDIA_COLOURS[key] ?? '#8a8a8a', pattern: 'circle' };
}
