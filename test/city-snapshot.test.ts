import { describe, expect, it } from 'vitest';
import { buildCityIndex } from '../src/nlp/gazetteer/cities.js';
import { cityFingerprint, readCitySnapshot, writeCitySnapshot } from '../src/nlp/gazetteer/city-snapshot.js';

describe('city index snapshot', () => {
  const index = buildCityIndex();
  const fingerprint = cityFingerprint('test');
  const bytes = writeCitySnapshot(index, fingerprint);

  it('reads back exactly the index it was written from', () => {
    const back = readCitySnapshot(bytes, fingerprint);
    expect(back).toBeDefined();
    expect(back?.rows.size).toBe(index.rows.size);
    expect([...(back?.rows ?? [])]).toEqual([...index.rows]);
    expect(back?.name).toEqual(index.name);
    expect(back?.countryCode).toEqual(index.countryCode);
    expect(back?.featureCode).toEqual(index.featureCode);
    expect(back?.population).toEqual(index.population);
    expect(back?.lat).toEqual(index.lat);
    expect(back?.lon).toEqual(index.lon);
  });

  it('refuses a snapshot written for other data or other normalisation, and bytes that are not one', () => {
    expect(readCitySnapshot(bytes, cityFingerprint('another version'))).toBeUndefined();
    expect(readCitySnapshot(Buffer.from('not a snapshot'), fingerprint)).toBeUndefined();
  });
});
