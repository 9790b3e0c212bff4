// Reflect.get/set with receivers on class accessors and private-free inheritance; Reflect.construct for subclass factories.
class Shape { get area() { return this.w * this.h; } set size([w, h]) { this.w = w; this.h = h; } }
const proto = Shape.prototype;
const plain = { w: 2, h: 3 };
console.log(Reflect.get(proto, 'area', plain), Reflect.set(proto, 'size', [4, 5], plain), plain.w, plain.h);
class Square extends Shape { constructor(s) { super(); this.w = this.h = s; } }
const make = (C, ...args) => Reflect.construct(C, args);
console.log(make(Square, 3).area, make(Square, 3) instanceof Shape, make(Date, 0).getTime(), make(Array, 2).length);
const bound = Reflect.construct(function () { this.nt = new.target === Square; }, [], Square);
console.log(bound.nt, bound instanceof Square, Object.getPrototypeOf(bound) === Square.prototype);
