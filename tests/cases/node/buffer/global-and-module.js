var b = require('buffer');
console.log(typeof Buffer, b.Buffer === Buffer, typeof b.SlowBuffer, b.INSPECT_MAX_BYTES, b.kMaxLength, b.constants.MAX_LENGTH);
console.log(require('node:buffer').Buffer === Buffer, typeof global.Buffer);
