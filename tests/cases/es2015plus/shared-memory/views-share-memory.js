// Views of one SharedArrayBuffer see each other's writes; Atomics on different element sizes; slice copies.
const sab = new SharedArrayBuffer(8);
const bytes = new Uint8Array(sab);
const words = new Uint16Array(sab);
const ints = new Int32Array(sab);
Atomics.store(ints, 0, 0x01020304);
console.log(Array.from(bytes.slice(0, 4)).join(','), Atomics.load(words, 0).toString(16), Atomics.load(words, 1).toString(16));
Atomics.add(bytes, 0, 0xff);
console.log(Atomics.load(bytes, 0), Atomics.load(ints, 0).toString(16));
const copy = sab.slice(0, 4);
Atomics.store(ints, 0, -1);
console.log(new Int32Array(copy)[0].toString(16), Atomics.load(ints, 0), Atomics.load(new Uint32Array(sab), 0));
const dv = new DataView(sab);
dv.setInt16(4, -2);
console.log(dv.getInt16(4), Atomics.load(new Int16Array(sab), 2), sab.byteLength, copy.byteLength);
console.log(Object.getOwnPropertyNames(Atomics).filter(n => typeof Atomics[n] === 'function').length >= 12, Atomics.isLockFree(4));
let counter = new Int32Array(new SharedArrayBuffer(4));
for (let i = 0; i < 1000; i++) Atomics.add(counter, 0, 1);
console.log(Atomics.load(counter, 0), Atomics.compareExchange(counter, 0, 1000, 0), Atomics.load(counter, 0));
