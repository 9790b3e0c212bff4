// methods: method calls through prototype chains three and four levels deep: inherited
// methods, overrides that call the parent's version through Parent.prototype.m.call(this),
// accessor-like getters and polymorphic call sites over a mixed array.
function inherit(Child, Parent) {
  function Link() {}
  Link.prototype = Parent.prototype;
  Child.prototype = new Link();
  Child.prototype.constructor = Child;
}

function Shape(id) {
  this.id = id;
  this.moves = 0;
}
Shape.prototype.area = function () {
  return 0;
};
Shape.prototype.perimeter = function () {
  return 0;
};
Shape.prototype.describe = function () {
  return this.area() * 3 + this.perimeter() + this.sides();
};
Shape.prototype.sides = function () {
  return 0;
};
Shape.prototype.move = function (dx) {
  this.moves += dx;
  return this;
};
Shape.prototype.getId = function () {
  return this.id;
};

function Polygon(id, sides) {
  Shape.call(this, id);
  this.sideCount = sides;
}
inherit(Polygon, Shape);
Polygon.prototype.sides = function () {
  return this.sideCount;
};

function Rect(id, w, h) {
  Polygon.call(this, id, 4);
  this.w = w;
  this.h = h;
}
inherit(Rect, Polygon);
Rect.prototype.area = function () {
  return this.w * this.h;
};
Rect.prototype.perimeter = function () {
  return 2 * (this.w + this.h);
};

function Square(id, side) {
  Rect.call(this, id, side, side);
}
inherit(Square, Rect);
Square.prototype.describe = function () {
  return Rect.prototype.describe.call(this) + 1;
};

function Triangle(id, a, b, c) {
  Polygon.call(this, id, 3);
  this.a = a;
  this.b = b;
  this.c = c;
}
inherit(Triangle, Polygon);
Triangle.prototype.perimeter = function () {
  return this.a + this.b + this.c;
};
// Twice the area by the shoelace formula for a right triangle with legs a and b, kept integral.
Triangle.prototype.area = function () {
  return this.a * this.b;
};

function Circle(id, r) {
  Shape.call(this, id);
  this.r = r;
}
inherit(Circle, Shape);
Circle.prototype.area = function () {
  return 3 * this.r * this.r;
};
Circle.prototype.perimeter = function () {
  return 6 * this.r;
};

function makeShapes(count) {
  var shapes = [];
  for (var i = 0; i < count; i++) {
    var k = i % 4;
    var size = (i % 7) + 1;
    if (k === 0) shapes.push(new Rect(i, size, size + 1));
    else if (k === 1) shapes.push(new Square(i, size));
    else if (k === 2) shapes.push(new Triangle(i, size, size + 2, size + 3));
    else shapes.push(new Circle(i, size));
  }
  return shapes;
}

var shapes = makeShapes(400);
var checksum = 0;
for (var round = 0; round < 18000; round++) {
  for (var i = 0; i < shapes.length; i++) {
    var s = shapes[i];
    checksum = (checksum + s.describe() + s.move(1).getId()) % 1000000007;
  }
}
var moved = 0;
for (var j = 0; j < shapes.length; j++) moved += shapes[j].moves;
console.log('methods ' + checksum + ' ' + moved);
