var b = new ArrayBuffer(4);
var u8 = new Uint8Array(b), u32 = new Uint32Array(b), i16 = new Int16Array(b);
u32[0] = 0xdeadbeef;
console.log(u8.join(), i16.join(), u32[0].toString(16));
