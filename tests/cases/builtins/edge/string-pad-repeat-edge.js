// padStart/padEnd with long and empty fillers, huge lengths, and repeat's coercions.
console.log('5'.padStart(3, '0'), 'abc'.padStart(8, '12345'), 'abc'.padEnd(8, '12'), 'abc'.padStart(2), 'abc'.padStart(5, ''), 'x'.padEnd(3, undefined) + '|');
console.log('a'.padStart(3, null), 'a'.padStart('4', 7), 'a'.padStart(-1), 'a'.padStart(NaN, 'z'), ''.padEnd(3, 'ab'));
try { 'a'.padStart(2 ** 31); } catch (e) { console.log(e.name, e.message); }
console.log('ab'.repeat('2'), 'ab'.repeat(2.9), 'ab'.repeat(NaN), ''.repeat(1e9).length);
try { 'ab'.repeat(2 ** 30); } catch (e) { console.log(e.name, e.message); }
try { String.prototype.padEnd.call(null, 3); } catch (e) { console.log(e.name, e.message); }
