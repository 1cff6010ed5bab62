import { describeValueTables, type TimeCase as Case } from './helpers/time-tables.js';

// A relative clause set off by commas carries its own tense: the main verb after its closing comma does not
// decide which way a month or weekday inside it points (invented sentences).
const ASIDES: readonly Case[] = [
  ['President Ivo Dorn, who faces an election in May, vowed to retake the town.', '2026-03-14', 'May', '2026-05'],
  ['Ms Lindqvist, who leaves office in June, warned that the truce was fragile.', '2026-03-14', 'June', '2026-06'],
  ['The union, whose contract expires in September, said it had rejected the offer.', '2026-03-14', 'September', '2026-09'],
  ['The airline, which flies to Rome in July, said bookings had fallen.', '2026-03-14', 'July', '2026-07'],
  // past inside the aside stays past, and an aside in the past does not move the main clause's time
  ['The union, which struck in May, said it would strike again.', '2026-03-14', 'May', '2025-05'],
  ['Mr Okafor, who resigned in January, said the board had misled him.', '2026-03-14', 'January', '2026-01'],
];

describeValueTables('time values: relative clauses set off by commas', { ASIDES });
