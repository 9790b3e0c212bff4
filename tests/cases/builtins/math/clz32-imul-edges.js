// clz32 and imul on values that wrap with ToUint32 / ToInt32.
var vals = [0, 1, 2, 3, 0x7fffffff, 0x80000000, 0xffffffff, -1, -0x80000000, 4294967296 + 8, 1.5e10, -0.5];
vals.forEach(function (v) { console.log(v, Math.clz32(v), Math.imul(v, 3), Math.imul(v, v), Math.imul(v, -1)); });
