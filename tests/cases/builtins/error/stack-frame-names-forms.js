// How V8 names stack frames: "new F" under construction, "Object.key" for literal methods, "Class.method", "X.y" for functions assigned to X.prototype.y.
function frame() { return new Error('x').stack.split('\n')[2].trim().split(' (')[0]; }
const literal = { method() { return frame(); }, prop: function () { return frame(); }, arrow: () => frame(), named: function inner() { return frame(); } };
console.log(literal.method(), '|', literal.prop(), '|', literal.arrow(), '|', literal.named());
function Shape() { this.where = frame(); }
Shape.prototype.area = function () { return frame(); };
Shape.describe = function () { return frame(); };
console.log(new Shape().where, '|', new Shape().area(), '|', Shape.describe());
class Widget { constructor() { this.made = frame(); } render() { return frame(); } static create() { return frame(); } }
console.log(new Widget().made, '|', new Widget().render(), '|', Widget.create());
function plain() { return frame(); }
console.log(plain(), '|', [0].map(function () { return frame(); })[0].replace(/\(.*$/, '').includes('at '));
