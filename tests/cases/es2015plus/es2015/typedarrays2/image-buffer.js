// An RGBA image on a Uint8ClampedArray: clamping arithmetic, subarray views, DataView headers, Float32 math.
const w = 4, h = 2;
const px = new Uint8ClampedArray(w * h * 4);
for (let i = 0; i < w * h; i++) px.set([i * 40, 255 - i * 40, i * 300, 255], i * 4);
console.log(Array.from(px.subarray(0, 8)).join(), px[10], px[14]);
for (let i = 0; i < px.length; i += 4) px[i] = px[i] * 1.5;
console.log(Array.from(px.filter((_, i) => i % 4 === 0)).join());
const header = new ArrayBuffer(12);
const dv = new DataView(header);
dv.setUint32(0, 0x89504e47);
dv.setUint16(4, w, true);
dv.setUint16(6, h, true);
dv.setFloat32(8, 2.2);
console.log(dv.getUint32(0).toString(16), dv.getUint16(4, true), dv.getUint16(6, true), dv.getFloat32(8).toFixed(4), new Uint8Array(header, 4, 4).join());
const gray = Float32Array.from({ length: w * h }, (_, i) => (px[i * 4] + px[i * 4 + 1] + px[i * 4 + 2]) / 3);
console.log(Array.from(gray, v => v.toFixed(1)).join(' '));
