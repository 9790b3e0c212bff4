// SharedArrayBuffer: construction, byteLength, slice, and typed arrays over it.
const s = new SharedArrayBuffer(8);
console.log(typeof SharedArrayBuffer, SharedArrayBuffer.length, SharedArrayBuffer.name, s.byteLength);
console.log(Object.prototype.toString.call(s), s instanceof SharedArrayBuffer, s instanceof ArrayBuffer);
console.log(Object.getPrototypeOf(s) === SharedArrayBuffer.prototype, SharedArrayBuffer.prototype.constructor === SharedArrayBuffer);
console.log(SharedArrayBuffer[Symbol.species] === SharedArrayBuffer);
const u8 = new Uint8Array(s);
u8.set([1, 2, 3, 4, 5, 6, 7, 8]);
const i16 = new Int16Array(s, 2, 2);
console.log(i16.length, i16.buffer === s, ArrayBuffer.isView(u8));
const t = s.slice(2, 6);
console.log(t.byteLength, t instanceof SharedArrayBuffer, Array.from(new Uint8Array(t)));
console.log(s.slice(-3).byteLength, s.slice().byteLength, new SharedArrayBuffer().byteLength);
const dv = new DataView(s);
console.log(dv.getUint8(7), dv.buffer === s);
for (const thunk of [
  () => SharedArrayBuffer(1),
  () => new SharedArrayBuffer(-1),
  () => ArrayBuffer.prototype.slice.call(s),
  () => SharedArrayBuffer.prototype.slice.call(new ArrayBuffer(1)),
  () => Object.getOwnPropertyDescriptor(SharedArrayBuffer.prototype, 'byteLength').get.call(new ArrayBuffer(1)),
  () => Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength').get.call(s),
]) {
  try { console.log(thunk()); } catch (e) { console.log(e.constructor.name, e.message); }
}
class MySab extends SharedArrayBuffer {}
const m = new MySab(4);
console.log(m.byteLength, m instanceof MySab, m.slice(1) instanceof MySab);
