/**
 * Diwali, the one feast of the Hindu lunisolar calendar English news names often, which ICU does not implement
 * (round 21). Lakshmi Puja, the main day, falls on the new moon (Amavasya) that closes the lunar month of Ashvin
 * (amanta reckoning): the first new moon after the Sun enters sidereal Libra. Sources, both documented: the new moon's
 * instant from Jean Meeus, "Astronomical Algorithms" (2nd ed.), ch. 49 (the periodic terms of its table, without the
 * planetary corrections A1-A14: within two minutes of the published instants), the Sun's longitude from ch. 25 (low
 * accuracy) and the Lahiri ayanamsa (23.853 degrees at J2000, 50.24 arc seconds a year) that India's national calendar
 * uses. The day is the evening the Amavasya holds during pradosh, the hours after sunset: a new moon after about 18:20
 * India time still covers that evening, an earlier one left it to the evening before. Checked against India's gazetted
 * Diwali holidays 2000-2025 (all 26 agree). Id: `times/diwali-new-moon`.
 */
import type { Ymd } from './calendar.js';

const RAD = Math.PI / 180;
const sin = (deg: number): number => Math.sin(deg * RAD);

/** Julian Ephemeris Day of the new moon of lunation `k` (0 = 2000 January 6), Meeus ch. 49. */
export function newMoonJde(k: number): number {
  const T = k / 1236.85;
  const jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T * T - 0.00000015 * T ** 3 + 0.00000000073 * T ** 4;
  const E = 1 - 0.002516 * T - 0.0000074 * T * T;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T * T - 0.00000011 * T ** 3;
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T * T + 0.00001238 * T ** 3 - 0.000000058 * T ** 4;
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T * T - 0.00000227 * T ** 3 + 0.000000011 * T ** 4;
  const O = 124.7746 - 1.56375588 * k + 0.0020672 * T * T + 0.00000215 * T ** 3;
  return (
    jde - 0.4072 * sin(Mp) + 0.17241 * E * sin(M) + 0.01608 * sin(2 * Mp) + 0.01039 * sin(2 * F) + 0.00739 * E * sin(Mp - M)
    - 0.00514 * E * sin(Mp + M) + 0.00208 * E * E * sin(2 * M) - 0.00111 * sin(Mp - 2 * F) - 0.00057 * sin(Mp + 2 * F)
    + 0.00056 * E * sin(2 * Mp + M) - 0.00042 * sin(3 * Mp) + 0.00042 * E * sin(M + 2 * F) + 0.00038 * E * sin(M - 2 * F)
    - 0.00024 * E * sin(2 * Mp - M) - 0.00017 * sin(O) - 0.00007 * sin(Mp + 2 * M) + 0.00004 * sin(2 * Mp - 2 * F)
    + 0.00004 * sin(3 * M) + 0.00003 * sin(Mp + M - 2 * F) + 0.00003 * sin(2 * Mp + 2 * F) - 0.00003 * sin(Mp + M + 2 * F)
    + 0.00003 * sin(Mp - M + 2 * F) - 0.00002 * sin(Mp - M - 2 * F) - 0.00002 * sin(3 * Mp + M) + 0.00002 * sin(4 * Mp)
  );
}

/** The Sun's apparent longitude measured from the sidereal zodiac (Lahiri), in degrees, Meeus ch. 25. */
function sunSiderealLongitude(jd: number): number {
  const T = (jd - 2451545) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T * T;
  const C = (1.914602 - 0.004817 * T - 0.000014 * T * T) * sin(M) + (0.019993 - 0.000101 * T) * sin(2 * M) + 0.000289 * sin(3 * M);
  const apparent = L0 + C - 0.00569 - 0.00478 * sin(125.04 - 1934.136 * T);
  const ayanamsa = 23.853 + 0.013955 * 100 * T;
  return (((apparent - ayanamsa) % 360) + 360) % 360;
}

/** India Standard Time, hours after UTC. */
const IST_HOURS = 5.5;
/** A new moon after this hour (India time) leaves the Amavasya over most of that evening's pradosh. */
const PRADOSH_HOUR = 18 + 20 / 60;

/**
 * The Gregorian day of Diwali (Lakshmi Puja) in year `y`.
 * @example diwaliDay(2023) // { y: 2023, m: 11, d: 12 }
 */
export function diwaliDay(y: number): Ymd | null {
  const k0 = Math.floor((y + 0.75 - 2000) * 12.3685);
  for (let k = k0 - 2; k <= k0 + 3; k++) {
    const jde = newMoonJde(k);
    const lon = sunSiderealLongitude(jde);
    // the Sun moves about 29 degrees in a lunation: one new moon a year finds it in the first 30 degrees of Libra
    if (lon < 180 || lon >= 210) continue;
    const istHours = (jde - 2440587.5) * 24 + IST_HOURS;
    const day = Math.floor(istHours / 24) - (((istHours % 24) + 24) % 24 < PRADOSH_HOUR ? 1 : 0);
    const at = new Date(day * 86_400_000);
    return { y: at.getUTCFullYear(), m: at.getUTCMonth() + 1, d: at.getUTCDate() };
  }
  return null;
}
