const k = {};
const wm = new WeakMap([[k, 'v'], [Symbol('s'), 2]]);
console.log(wm.get(k));
try { new WeakMap([[1, 2]]); } catch (e) { console.log(e.message); }
try { new WeakMap([1]); } catch (e) { console.log(e.message); }
try { WeakMap(); } catch (e) { console.log(e.message); }
class MyWeak extends WeakMap {}
const mw = new MyWeak([[k, 1]]);
console.log(mw instanceof WeakMap, mw.get(k), mw);
