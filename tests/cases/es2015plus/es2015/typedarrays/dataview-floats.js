var dv = new DataView(new ArrayBuffer(12));
dv.setFloat32(0, 1.5);
dv.setFloat64(4, Math.PI, true);
console.log(dv.getFloat32(0), dv.getFloat32(0, true), dv.getFloat64(4, true), new Uint8Array(dv.buffer).slice(0, 4).join());
