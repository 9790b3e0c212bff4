// ToInt32 wraps modulo 2^32 and maps NaN and the infinities to 0.
console.log(4294967296 | 0, 4294967297 | 0, 4294967295 | 0);
console.log(2147483648 | 0, 2147483647 | 0, -2147483649 | 0);
console.log(1e20 | 0, -1e20 | 0, 1e21 | 0, 2e9 | 0);
console.log(NaN | 0, Infinity | 0, -Infinity | 0);
console.log(9007199254740993 | 0, 9007199254740992 | 0);
console.log(1.5e10 | 0, -1.5e10 | 0);
console.log(Math.pow(2, 53) | 0, (Math.pow(2, 32) + 5) | 0);
console.log("4294967296" | 0, "1e10" | 0, "-0" | 0, "abc" | 0);
console.log(1 / (-0 | 0));
console.log(0.999999 | 0, -0.999999 | 0);
