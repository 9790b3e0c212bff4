// Date constructor edge cases: two-digit years, fractional and out-of-range fields, ToPrimitive of objects.
console.log(new Date(99, 0).getFullYear(), new Date(100, 0).getFullYear(), new Date(-1, 0).getFullYear(), new Date(Date.UTC(0, 0)).getUTCFullYear());
console.log(new Date(2020, 0, 1.9).getDate(), new Date(2020, 0, 0).getDate(), new Date(2020, 12, 1).getMonth(), new Date(2020, -1, 1).getFullYear());
console.log(new Date(2020, 0, 1, 0, 0, 0, 999.9).getMilliseconds(), new Date(2020, NaN).getTime(), new Date(2020, 0, Infinity).getTime());
console.log(new Date({ valueOf: function () { return 1000; } }).getTime(), new Date({ toString: function () { return '1970-01-01T00:00:01Z'; }, valueOf: undefined }).getTime());
console.log(new Date(new Date(5)).getTime(), new Date('5').getTime() === new Date('5').getTime(), new Date(true).getTime(), new Date(null).getTime(), isNaN(new Date(undefined)));
console.log(typeof Date(), Date(2020, 1) === Date(), Date.length, new Date(8.64e15 + 0.5).getTime(), new Date(-8.64e15 - 1).getTime());
