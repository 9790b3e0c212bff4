// Numbers inside containers follow the same rules as at top level, -0 included.
console.log([0.1, 1e21, 1e-7, -0, 123456789012345680000]);
console.log({ neg: -0, pos: 0, nan: NaN, inf: -Infinity });
console.log([Number.MAX_VALUE, Number.MIN_VALUE]);
console.log(-0, [-0], { z: -0 }, String(-0));
console.log([1, -1, 0.5, -0.5]);
console.log(0x10, 1e3, 017);
console.log([0.000001, 1e-7, 123e-20]);
console.log({ big: 2e21, small: 5e-324 });
console.log([1 / 3, 2 / 3], -1e-7);
