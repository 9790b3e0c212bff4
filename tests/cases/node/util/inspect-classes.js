// Class instances print with their constructor's name; null prototypes say so.
var util = require('util');
function Foo() { this.a = 1; }
console.log(util.inspect(new Foo()));
class Bar { constructor() { this.x = [1]; } }
console.log(util.inspect(new Bar()), util.inspect([new Bar()]));
console.log(util.inspect(Object.create(null)));
var np = Object.create(null);
np.key = 'v';
console.log(util.inspect(np));
function Empty() {}
console.log(util.inspect(new Empty()));
var proto = { hello: 1 };
console.log(util.inspect(Object.create(proto)));
class Tagged { get [Symbol.toStringTag]() { return 'TagName'; } }
console.log(util.inspect(new Tagged()));
