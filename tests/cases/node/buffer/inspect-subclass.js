class MyBuf extends Buffer {}
var b = Buffer.from('hi');
Object.setPrototypeOf(b, MyBuf.prototype);
console.log(b);
