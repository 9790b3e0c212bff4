var a = new Int16Array([32767, 32768, -32769]);
var b = new Uint16Array([-1, 65536, 70000]);
console.log(a.join(), b.join());
