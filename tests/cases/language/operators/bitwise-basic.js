// Bitwise AND, OR, XOR and NOT on 32-bit signed integers.
console.log(5 & 3, 5 | 3, 5 ^ 3, ~5);
console.log(~0, ~-1, ~~3.7, ~~-3.7);
console.log(-1 & 0xff, 0xf0 | 0x0f, 0xff ^ 0x0f);
console.log(0x7fffffff | 0, 0x80000000 | 0, 0xffffffff | 0);
console.log(~0x7fffffff, ~0xffffffff);
console.log(6 & -6, -6 | 1, -1 ^ 1);
console.log("12" & "10", "3" | 4, true ^ 1, null | 7, undefined | 0);
console.log(1.9 | 0, -1.9 | 0, 0.1 ^ 0);
console.log(0x55555555 & 0xaaaaaaaa, 0x55555555 | 0xaaaaaaaa, 0x55555555 ^ -1);
