// this coercion for sloppy callees through call, apply and bind.
function kind() { return typeof this + "/" + (this instanceof Object); }
console.log(kind.call(1), kind.apply("s"), kind.bind(true)(), kind.call(Symbol()));
function strictKind() { "use strict"; return typeof this; }
console.log(strictKind.call(1), strictKind.apply("s"), strictKind.bind(true)(), strictKind.call(null));
var boxed = kind.call.bind(function () { return this; });
console.log(typeof boxed(2), boxed(2) instanceof Number);
var arrow = () => typeof this;
console.log(arrow.call(5), arrow.apply("x"), arrow.bind(1)());
