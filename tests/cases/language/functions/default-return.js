// Functions without a return value, with a bare return, and with return in nested blocks.
function none() {}
function bare() { return; }
function early(x) { if (x) return "early"; }
function nestedReturn() { for (var i = 0; ; i++) { if (i === 3) { return i; } } }
console.log(none(), bare(), early(true), early(false), nestedReturn());
console.log(typeof none(), none() === undefined);
function Ctor() { return; }
console.log(typeof new Ctor());
function returnsInTry() { try { return "t"; } catch (e) {} }
console.log(returnsInTry());
function returnsArgs() { return arguments; }
console.log(returnsArgs(1, 2).length);
var arrow = function () { return function () { return "nested"; }; };
console.log(arrow()());
