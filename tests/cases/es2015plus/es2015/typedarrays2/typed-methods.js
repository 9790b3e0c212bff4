// Typed array methods: sort numeric by default, set with overlap, copyWithin, fill, indexOf NaN, from/of, toString.
const f = new Float64Array([3, -1, NaN, 0, -0, 10, 2]);
f.sort();
console.log(Array.from(f, v => Object.is(v, -0) ? '-0' : String(v)).join());
const u = new Uint8Array([1, 2, 3, 4, 5, 6]);
u.set(u.subarray(0, 4), 2);
console.log(u.join(), u.copyWithin(0, 3).join(), new Int16Array(4).fill(-7, 1, 3).join());
console.log(new Float32Array([NaN]).indexOf(NaN), new Float32Array([NaN]).includes(NaN), Int8Array.of(127, 128, -129).join(), Uint16Array.from('123').join());
console.log(new Int32Array([5, 1, 4]).sort((a, b) => b - a).join(), new Uint8Array([1, 2]).toString(), new Uint8Array([1, 2]).map(x => x * 200).join());
console.log(new Int8Array([1, 2, 3]).reverse().join(), new Int8Array([1, 2, 3, 4]).slice(-2).join(), new Uint32Array([1, 2, 3]).reduce((a, b) => a + b));
console.log(Object.getPrototypeOf(Int8Array).name, Int8Array.BYTES_PER_ELEMENT, Float64Array.prototype.BYTES_PER_ELEMENT, new Uint16Array(3).byteLength);
try { new Uint8Array(-1); } catch (e) { console.log(e.constructor.name, e.message); }
try { new Uint16Array(new ArrayBuffer(3)); } catch (e) { console.log(e.constructor.name, e.message); }
