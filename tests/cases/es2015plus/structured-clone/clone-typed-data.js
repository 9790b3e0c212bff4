// structuredClone of binary data: views keep their type/offset/length over a copied buffer; shared buffers among views stay shared.
const buf = new ArrayBuffer(8);
const whole = new Uint8Array(buf);
const part = new Uint16Array(buf, 2, 2);
whole.set([1, 2, 3, 4, 5, 6, 7, 8]);
const { whole: w2, part: p2 } = structuredClone({ whole, part });
console.log(w2.buffer === p2.buffer, w2.buffer !== buf, p2.byteOffset, p2.length, p2.join(), w2.join());
w2[2] = 99;
console.log(p2[0] & 0xff, whole[2]);
const dv = structuredClone(new DataView(buf, 4, 4));
console.log(dv.byteOffset, dv.byteLength, dv.getUint8(0));
