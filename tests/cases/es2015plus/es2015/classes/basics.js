// Class declarations: constructor, methods on the prototype, non-enumerable methods, typeof, name/length.
class Point {
  constructor(x, y) { this.x = x; this.y = y; }
  norm() { return Math.sqrt(this.x * this.x + this.y * this.y); }
  toString() { return '(' + this.x + ', ' + this.y + ')'; }
}
const p = new Point(3, 4);
console.log(typeof Point, Point.name, Point.length);
console.log(p.norm(), String(p), p instanceof Point);
console.log(Object.keys(p).join(','), Object.keys(Point.prototype).length);
console.log(Object.getOwnPropertyNames(Point.prototype).join(','));
const d = Object.getOwnPropertyDescriptor(Point.prototype, 'norm');
console.log(d.writable, d.enumerable, d.configurable);
const pd = Object.getOwnPropertyDescriptor(Point, 'prototype');
console.log(pd.writable, pd.enumerable, pd.configurable);
console.log(Point.prototype.constructor === Point);
try { Point(1, 2); } catch (e) { console.log(e.constructor.name, e.message); }
try { new p.norm(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log('prototype' in p.norm);
class Empty {}
console.log(Empty.length, new Empty() instanceof Empty, Object.getPrototypeOf(Empty) === Function.prototype);
