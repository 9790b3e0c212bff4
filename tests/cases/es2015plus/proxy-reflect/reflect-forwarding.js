// Forwarding handlers built from Reflect: a logging proxy that changes nothing observable about the target.
const log = [];
const forward = new Proxy({}, { get: (_, trap) => (...args) => { log.push(trap); return Reflect[trap](...args); } });
class Point { constructor(x, y) { this.x = x; this.y = y; } get len() { return Math.hypot(this.x, this.y); } }
const p = new Proxy(new Point(3, 4), forward);
p.z = 1;
console.log(p.len, p instanceof Point, Object.keys(p).join(), 'x' in p, delete p.z, JSON.stringify(p));
console.log([...new Set(log)].join(','));
const P = new Proxy(Point, forward);
log.length = 0;
const made = new P(1, 1);
console.log(made.len.toFixed(3), made instanceof Point, log.join(','));
