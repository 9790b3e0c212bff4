// with replaces one element in a copy; toSpliced splices a copy.
var a = [1, 2, 3];
console.log(a.with(1, "x").join(","), a.join(","));
console.log(a.with(-1, "z").join(","));
try { a.with(3, 0); } catch (e) { console.log(e.name, e.message); }
try { a.with(-4, 0); } catch (e) { console.log(e.name, e.message); }
console.log(a.toSpliced(1, 1).join(","), a.toSpliced(0, 0, "a", "b").join(","), a.join(","));
console.log(a.toSpliced().join(","), a.toSpliced(-1).join(","));
var h = [1, , 3].with(0, 0);
console.log(1 in h, h.length);
console.log(Array.prototype.with.length, Array.prototype.toSpliced.length);
