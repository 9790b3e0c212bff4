console.log(new ArrayBuffer(3));
var b = new ArrayBuffer(4);
console.log(new DataView(b, 1, 2));
console.log({ buf: new ArrayBuffer(0) });
