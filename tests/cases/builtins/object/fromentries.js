// fromEntries builds an object from an iterable of key-value pairs.
var o = Object.fromEntries([["a", 1], ["b", 2], ["a", 3]]);
console.log(JSON.stringify(o), Object.keys(o).join(","));
console.log(JSON.stringify(Object.fromEntries(new Map([["x", true], [1, null]]))));
var round = Object.fromEntries(Object.entries({ p: 1, q: 2 }).map(function (e) { return [e[0], e[1] * 10]; }));
console.log(round.p, round.q);
var s = Symbol("k");
console.log(Object.fromEntries([[s, "v"]])[s], JSON.stringify(Object.fromEntries([])));
try { Object.fromEntries([1]); } catch (e) { console.log(e.name, e.message); }
try { Object.fromEntries(null); } catch (e) { console.log(e.name, e.message); }
try { Object.fromEntries({}); } catch (e) { console.log(e.name, e.message); }
try { Object.fromEntries(["ab"]); } catch (e) { console.log(e.name, e.message); }
console.log(Object.fromEntries([["ab"]]).ab, Object.fromEntries.length);
