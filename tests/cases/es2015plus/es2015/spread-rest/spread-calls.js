// Spread in calls and new: iterables, strings, holes, evaluation order, many arguments.
function count() { return arguments.length + ':' + Array.prototype.join.call(arguments, '|'); }
console.log(count(...[1, 2], 3, ...'ab'));
console.log(count(...[, 1]));
console.log(count(...new Set([1, 1, 2])), count(...new Map([[1, 2]]).keys()));
console.log(Math.max(...[3, 9, 2]), Math.max(...[]));
const big = Array.from({ length: 10000 }, (_, i) => i);
console.log(Math.max(...big), count(...big).length > 0);
function Pt(x, y) { this.x = x; this.y = y; }
const p = new Pt(...[1, 2]);
console.log(p.x, p.y);
const d = new Date(...[2020, 0, 15]);
console.log(d.getFullYear(), d.getMonth(), d.getDate());
const order = [];
function v(x) { order.push(x); return [x]; }
count(...v(1), v(2)[0], ...v(3));
console.log(order.join(','));
const o = { m(...a) { return this === o && a.length; } };
console.log(o.m(...[1, 2, 3]));
try { count(...null); } catch (e) { console.log(e.constructor.name); }
try { count(...{}); } catch (e) { console.log(e.constructor.name); }
