// Number-to-string conversion inside concatenation.
console.log("v=" + 1.0, "v=" + 1.50, "v=" + 0.000001, "v=" + 0.0000001);
console.log("v=" + 1e21, "v=" + 123456789012345678901);
console.log("v=" + -1.5e-10, "v=" + 2e-7, "v=" + 1/3);
console.log("v=" + 0x10, "v=" + 010, "v=" + 1e3);
console.log("v=" + (0.1 + 0.2), "v=" + (0.1 * 3), "v=" + 1.005 * 1000);
console.log("v=" + Number.MAX_VALUE, "v=" + Number.MIN_VALUE);
console.log("v=" + 4.35, "v=" + 0.5e-6, "v=" + 100e-2);
console.log("v=" + -0, "v=" + NaN, "v=" + -Infinity);
console.log("v=" + 9007199254740993, "v=" + 2e53);
