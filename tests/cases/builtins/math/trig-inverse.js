// asin, acos, atan and atan2, including out-of-domain arguments and signed zeros.
console.log(Math.asin(1), Math.asin(-1), Math.asin(2), 1 / Math.asin(-0), Math.asin(0.5));
console.log(Math.acos(1), Math.acos(-1), Math.acos(0), Math.acos(1.0000001), Math.acos(0.5));
console.log(Math.atan(1), Math.atan(Infinity), Math.atan(-Infinity), 1 / Math.atan(-0), Math.atan(NaN));
console.log(Math.atan2(1, 1), Math.atan2(1, 0), Math.atan2(-1, 0), Math.atan2(0, -1), Math.atan2(-0, -1));
console.log(Math.atan2(0, 0), Math.atan2(-0, 0), 1 / Math.atan2(-0, 0), Math.atan2(0, -0), Math.atan2(-0, -0));
console.log(Math.atan2(Infinity, Infinity), Math.atan2(-Infinity, -Infinity), Math.atan2(1, -Infinity), Math.atan2(-1, Infinity));
console.log(Math.atan2(NaN, 1), Math.atan2(1, NaN), Math.atan2.length, Math.atan2(3));
