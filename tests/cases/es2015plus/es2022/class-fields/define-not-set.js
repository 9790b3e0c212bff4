// Fields are defined with DefineOwnProperty: a setter on the prototype chain is not called.
class Base { set x(v) { console.log('setter called with', v); } }
class Derived extends Base { x = 1; }
var d = new Derived();
console.log(Object.getOwnPropertyDescriptor(d, 'x'));
class WithAssign extends Base { constructor() { super(); this.x = 2; } }
new WithAssign();
