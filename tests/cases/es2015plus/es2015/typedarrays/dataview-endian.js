var dv = new DataView(new ArrayBuffer(8));
dv.setUint16(0, 0x1234);
dv.setUint16(2, 0x1234, true);
dv.setInt32(4, -2);
console.log(new Uint8Array(dv.buffer).join());
console.log(dv.getUint16(0), dv.getUint16(0, true), dv.getInt32(4), dv.getInt32(4, true), dv.getUint32(4));
