// Shifts use the low five bits of the count; >>> works on ToUint32.
console.log(1 << 31, 1 << 32, 1 << 33, 1 << -1);
console.log(-1 >>> 0, -1 >>> 28, -1 >> 28, -1 >>> 32);
console.log(-8 >> 1, -8 >>> 1, 8 >> 1);
console.log(0x80000000 >> 0, 0x80000000 >>> 0, 0x80000000 >> 31);
console.log(4294967296 >>> 0, 4294967295 >>> 0, -4294967295 >>> 0);
console.log(5 << 2.9, 5 >> "1", "16" >>> "2");
console.log(1 << 30 << 1, (1 << 30) * 2);
console.log(NaN >>> 0, Infinity >> 1, -Infinity << 1);
console.log(1e20 >>> 0, -1e20 >> 0);
console.log(3 >>> 1.5, 256 >> 40);
