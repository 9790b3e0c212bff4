var SlowBuffer = require('buffer').SlowBuffer;
var s = SlowBuffer(4).fill(2);
console.log(s, s.length, Buffer.isBuffer(s));
