var a = new Uint8Array([1, 2, 3, 4, 5]);
var s = a.subarray(1, -1);
s[0] = 99;
console.log(s.join(), a.join(), s.byteOffset, s.buffer === a.buffer);
console.log(a.subarray(-2).join(), a.subarray(3, 1).length, new Int32Array(4).subarray(2).byteOffset);
