// Keys are escaped like values; only own enumerable keys are used, in order.
var qs = require('querystring');
var o = {};
o['a b'] = 1;
o['ä'] = 2;
o['&='] = 3;
o[''] = 4;
o[5] = 'five';
Object.defineProperty(o, 'hidden', { value: 'x', enumerable: false });
console.log(qs.stringify(o));
