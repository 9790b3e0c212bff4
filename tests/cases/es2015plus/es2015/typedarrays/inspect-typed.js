console.log(new Uint8Array([1, 2, 3]));
console.log(new Float64Array([1.5, -0, NaN]), new Int8Array(0));
console.log([new Uint16Array(2)], { a: new Int32Array([-1]) });
