var b = new ArrayBuffer(6);
new Uint8Array(b).set([1, 2, 3, 4, 5, 6]);
var s = b.slice(2, -1);
console.log(s.byteLength, new Uint8Array(s).join(), b.slice(-2).byteLength, b.slice(4, 2).byteLength);
new Uint8Array(s)[0] = 99;
console.log(new Uint8Array(b)[2]);
