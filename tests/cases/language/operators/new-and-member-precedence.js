// new binds to the nearest argument list; member access and calls chain left to right.
function Box(v) { this.v = v; }
Box.prototype.get = function () { return this.v; };
console.log(new Box(3).get());
function Factory() { return Box; }
var made = new (Factory())(4);
console.log(made.v, made instanceof Box);
var ns = { Ctor: Box };
console.log(new ns.Ctor(5).v);
var noArgs = new Box;
console.log(noArgs.v, noArgs instanceof Box);
console.log(typeof new Function("return 1"), new Function("return 1")());
var s = new String("abc").length;
console.log(s);
function maker() { return { inner: Box }; }
console.log(new (maker().inner)(6).v);
