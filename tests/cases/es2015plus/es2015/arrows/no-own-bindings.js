// Arrows have no own arguments, prototype or [[Construct]]; new.target comes from outside.
function outer() { const f = () => arguments.length + ':' + arguments[0]; return f('ignored', 'too'); }
console.log(outer('a', 'b', 'c'));
const arrow = () => 1;
console.log('prototype' in arrow, arrow.hasOwnProperty('caller'), arrow.hasOwnProperty('arguments'));
try { new arrow(); } catch (e) { console.log(e.constructor.name, e.message); }
function Maker() { return (() => new.target === Maker)(); }
console.log(new Maker() instanceof Maker, Maker());
function Made() { this.ok = (() => new.target)() === Made; }
console.log(new Made().ok);
console.log(arrow.name, arrow.length, ((a, b = 1, ...c) => 0).length);
