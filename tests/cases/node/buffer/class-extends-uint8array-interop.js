var b = Buffer.from('hello');
console.log(Object.prototype.toString.call(b), ArrayBuffer.isView(b), b[Symbol.toStringTag], Uint8Array.prototype.toString.call(b));
