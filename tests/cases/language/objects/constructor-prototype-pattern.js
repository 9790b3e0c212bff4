// Classic constructor and prototype inheritance with Object.create.
function Shape(name) { this.name = name; }
Shape.prototype.describe = function () { return this.name + " with area " + this.area(); };
Shape.prototype.area = function () { return 0; };
function Rect(w, h) { Shape.call(this, "rect"); this.w = w; this.h = h; }
Rect.prototype = Object.create(Shape.prototype);
Rect.prototype.constructor = Rect;
Rect.prototype.area = function () { return this.w * this.h; };
function Square(s) { Rect.call(this, s, s); this.name = "square"; }
Square.prototype = Object.create(Rect.prototype);
Square.prototype.constructor = Square;
var shapes = [new Shape("blob"), new Rect(2, 3), new Square(4)];
for (var i = 0; i < shapes.length; i++) console.log(shapes[i].describe());
var sq = shapes[2];
console.log(sq instanceof Square, sq instanceof Rect, sq instanceof Shape, sq.constructor === Square);
console.log(Object.keys(sq).join(","), Rect.prototype.isPrototypeOf(sq));
Shape.prototype.area = function () { return -1; };
console.log(shapes[0].describe(), shapes[1].area());
