var TA = Object.getPrototypeOf(Int8Array);
console.log(Object.prototype.toString.call(new Float32Array(1)), new Uint8ClampedArray(0)[Symbol.toStringTag]);
console.log(Object.getOwnPropertyDescriptor(TA.prototype, Symbol.toStringTag).get.call([]));
