var b = new ArrayBuffer(8);
console.log(b.byteLength, Object.prototype.toString.call(b), ArrayBuffer.isView(b), ArrayBuffer.isView(new DataView(b)), ArrayBuffer.isView(new Uint8Array(1)), ArrayBuffer.isView([]));
try { new ArrayBuffer(-1); } catch (e) { console.log(e.name, e.message); }
try { ArrayBuffer(1); } catch (e) { console.log(e.name, e.message); }
