[Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array].forEach(function (C) {
  console.log(C.name, C.BYTES_PER_ELEMENT, C.prototype.BYTES_PER_ELEMENT, new C(1).BYTES_PER_ELEMENT, C.length);
});
