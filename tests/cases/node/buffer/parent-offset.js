var b = Buffer.alloc(10);
var s = b.slice(3, 6);
console.log(s.offset, s.parent === b.buffer, s.byteOffset, s.byteLength);
