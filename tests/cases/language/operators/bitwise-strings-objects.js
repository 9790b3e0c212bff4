// Bitwise operators convert strings and objects through ToNumber then ToInt32.
console.log("0xff" & 15, "  7  " | 0, "1e3" ^ 0, "" | 5);
console.log([] | 1, [3] | 0, [1, 2] | 0, {} | 0);
console.log({ valueOf: function () { return 6; } } & 3);
console.log(~"5", ~[], ~null, ~undefined, ~true);
console.log("-1" >>> 0, "4294967295" >> 0);
var flags = 0;
flags |= 1 << 0;
flags |= 1 << 3;
flags |= 1 << 31;
console.log(flags, flags >>> 0, (flags & (1 << 3)) !== 0, (flags & (1 << 2)) !== 0);
flags &= ~(1 << 3);
console.log(flags, flags.toString(2).length);
