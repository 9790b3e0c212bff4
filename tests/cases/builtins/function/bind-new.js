// A bound function used with new ignores the bound this and keeps the target's prototype.
function Point(x, y) { this.x = x; this.y = y; this.self = this; }
Point.prototype.sum = function () { return this.x + this.y; };
var ctx = { ignored: true };
var P1 = Point.bind(ctx, 10);
var p = new P1(5);
console.log(p.x, p.y, p.sum(), p instanceof Point, p instanceof P1, p.self !== ctx);
console.log(ctx.x, P1.prototype, Object.getPrototypeOf(p) === Point.prototype);
class K { constructor(a) { this.a = a; } }
var BK = K.bind(null, "k");
console.log(new BK().a, new BK() instanceof K);
try { BK(); } catch (e) { console.log(e.name, e.message); }
var arrow = (() => 1).bind(null);
try { new arrow(); } catch (e) { console.log(e.name, e.message); }
function Probe() { return new.target === Probe; }
console.log(new (Probe.bind(null))());
