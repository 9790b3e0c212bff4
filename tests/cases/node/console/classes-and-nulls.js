// Class instances, null-prototype objects and functions with properties via console.log.
class Point { constructor(x, y) { this.x = x; this.y = y; } }
console.log(new Point(1, 2), [new Point(3, 4)]);
var np = Object.create(null);
np.a = 1;
console.log(np, Object.create(null));
function tagged() {}
tagged.version = '1.0';
console.log(tagged, class Q {}, class extends Point {});
