var a = new Uint8Array(5);
a.set([1, 2, 3]);
a.set([9], 4);
console.log(a.join());
try { a.set([1, 2], 4); } catch (e) { console.log(e.name, e.message); }
try { a.set([1], -1); } catch (e) { console.log(e.name, e.message); }
