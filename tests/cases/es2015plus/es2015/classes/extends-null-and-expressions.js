// extends with an expression, extends null, and errors for bad heritage.
function mixin(Base) { return class extends Base { mixed() { return 'mixed ' + this.v; } }; }
class Root { constructor() { this.v = 'root'; } }
class Leaf extends mixin(Root) {}
console.log(new Leaf().mixed());
class N extends null {}
console.log(Object.getPrototypeOf(N.prototype), Object.getPrototypeOf(N) === Function.prototype);
try { new N(); } catch (e) { console.log(e.constructor.name); }
try { class Bad extends 42 {} } catch (e) { console.log(e.constructor.name, e.message); }
try { function F() {} F.prototype = 3; class Bad2 extends F {} } catch (e) { console.log(e.constructor.name, e.message); }
function Old(x) { this.x = x; }
Old.prototype.get = function () { return this.x; };
class New extends Old { constructor() { super(10); } get() { return super.get() * 2; } }
console.log(new New().get());
