import { describe, expect, it } from 'vitest';
import { capacityLabel, formatDuration, groupByCategory, placesLeftLabel } from './service-view';

describe('formatDuration', () => {
  it('writes minutes and hours as the services page shows them', () => {
    expect(formatDuration(15)).toBe('15 min');
    expect(formatDuration(30)).toBe('30 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(90)).toBe('1 h 30 min');
    expect(formatDuration(125)).toBe('2 h 5 min');
  });

  it('gives nothing for a missing or nonsensical duration', () => {
    expect(formatDuration(null)).toBeNull();
    expect(formatDuration(0)).toBeNull();
    expect(formatDuration(-5)).toBeNull();
    expect(formatDuration(Number.NaN)).toBeNull();
  });
});

describe('capacityLabel and placesLeftLabel', () => {
  it('names a class size, never an appointment’s', () => {
    expect(capacityLabel('class', 8)).toBe('Up to 8 people');
    expect(capacityLabel('class', 1)).toBe('Up to 1 person');
    expect(capacityLabel('appointment', 1)).toBeNull();
  });

  it('says place or places', () => {
    expect(placesLeftLabel(1)).toBe('1 place left');
    expect(placesLeftLabel(5)).toBe('5 places left');
  });
});

describe('groupByCategory', () => {
  const cat = (id: string, sortOrder: number) => ({ id, name: `Cat ${id}`, sortOrder });
  it('keeps the services’ order within a category and orders categories by sortOrder', () => {
    const services = [
      { slug: 'a', category: cat('2', 2) },
      { slug: 'b', category: null },
      { slug: 'c', category: cat('0', 0) },
      { slug: 'd', category: cat('2', 2) },
    ];
    const groups = groupByCategory(services);
    expect(groups.map((g) => g.name)).toEqual(['Cat 0', 'Cat 2', 'Other services']);
    expect(groups[1]?.services.map((s) => s.slug)).toEqual(['a', 'd']);
    expect(groups[2]?.id).toBeNull();
  });
});
