var dv = new DataView(new ArrayBuffer(8), 2, 4);
console.log(dv.byteLength, dv.byteOffset, dv.buffer.byteLength, Object.prototype.toString.call(dv));
dv.setInt8(0, -1);
console.log(dv.getInt8(0), dv.getUint8(0));
