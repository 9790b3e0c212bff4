// Objects made by constructors print with the constructor's name.
function Point(x, y) { this.x = x; this.y = y; }
console.log(new Point(1, 2));
function Empty() {}
console.log(new Empty());
console.log([new Point(0, 0)]);
var proto = { shared: 1 };
var fromCreate = Object.create(proto);
fromCreate.own = 2;
console.log(fromCreate);
console.log(Object.create(null));
var bare = Object.create(null);
bare.k = "v";
console.log(bare);
function Anon() {}
Anon.prototype = {};
console.log(new Anon());
