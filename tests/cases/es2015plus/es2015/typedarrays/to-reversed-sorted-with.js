var a = new Uint8Array([3, 1, 2]);
console.log(a.toReversed().join(), a.toSorted().join(), a.with(0, 9).join(), a.join());
try { a.with(5, 1); } catch (e) { console.log(e.name, e.message); }
