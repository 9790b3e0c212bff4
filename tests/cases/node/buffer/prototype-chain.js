console.log(Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Object.getPrototypeOf(Buffer) === Uint8Array);
var b = Buffer.from('hi');
console.log(b instanceof Buffer, b instanceof Uint8Array, b.constructor === Buffer, Buffer.BYTES_PER_ELEMENT);
