/** "30 min", "1 h", "1 h 30 min"; null for a missing or nonsensical duration. */
export function formatDuration(minutes: number | null): string | null {
  if (minutes === null || !Number.isFinite(minutes) || minutes <= 0) return null;
  const whole = Math.round(minutes);
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "Up to 8 people" for a class; nothing for one-to-one appointments. */
export function capacityLabel(type: 'appointment' | 'class', capacity: number): string | null {
  if (type !== 'class' || capacity < 1) return null;
  return capacity === 1 ? 'Up to 1 person' : `Up to ${capacity} people`;
}

/** "5 places left", "1 place left". */
export function placesLeftLabel(places: number): string {
  return places === 1 ? '1 place left' : `${places} places left`;
}

/** Services grouped under their category, categories in their Wix order, uncategorized last. */
export function groupByCategory<
  T extends { category: { id: string; name: string; sortOrder: number } | null },
>(services: readonly T[]): { id: string | null; name: string; services: T[] }[] {
  const groups = new Map<
    string | null,
    { id: string | null; name: string; order: number; services: T[] }
  >();
  for (const service of services) {
    const key = service.category?.id ?? null;
    const group = groups.get(key) ?? {
      id: key,
      name: service.category?.name ?? 'Other services',
      order: service.category?.sortOrder ?? Number.POSITIVE_INFINITY,
      services: [],
    };
    group.services.push(service);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
    .map(({ id, name, services: list }) => ({ id, name, services: list }));
}
