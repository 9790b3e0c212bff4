// Nested objects and arrays inside arrays are written as empty values.
var qs = require('querystring');
console.log(qs.stringify({ a: { b: 1 }, c: [{ d: 1 }, [1, 2], 'e'], f: [null, undefined, NaN, true] }));
console.log(qs.stringify({ d: new Date(0), r: /x/ }));
