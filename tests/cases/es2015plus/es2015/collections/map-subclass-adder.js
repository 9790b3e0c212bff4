const calls = [];
class LoggingMap extends Map {
  set(k, v) { calls.push(k); return super.set(k, v * 10); }
}
const lm = new LoggingMap([['a', 1], ['b', 2]]);
console.log(calls, lm.get('a'), lm instanceof Map, lm instanceof LoggingMap);
console.log(lm);
class CountingSet extends Set {
  add(v) { this.count = (this.count || 0) + 1; return super.add(v); }
}
const cs = new CountingSet([1, 1, 2]);
console.log(cs.count, cs.size, cs);
class Broken extends Map {}
Broken.prototype.set = 5;
try { new Broken([[1, 2]]); } catch (e) { console.log(e.message); }
