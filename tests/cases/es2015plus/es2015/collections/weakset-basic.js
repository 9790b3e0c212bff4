const ws = new WeakSet();
const a = {}, b = [];
console.log(ws.add(a) === ws, ws.has(a), ws.has(b));
ws.add(b).add(a);
console.log(ws.delete(a), ws.has(a), ws.delete(a), ws.has(b), ws.has(1), ws.delete(1));
try { ws.add(1); } catch (e) { console.log(e.message); }
try { WeakSet.prototype.add.call(new WeakMap(), {}); } catch (e) { console.log(e.message); }
try { WeakMap.prototype.get.call(new WeakSet(), {}); } catch (e) { console.log(e.message); }
const fromIterable = new WeakSet([a, b]);
console.log(fromIterable.has(a), fromIterable.has(b));
try { new WeakSet([1]); } catch (e) { console.log(e.message); }
try { WeakSet(); } catch (e) { console.log(e.message); }
