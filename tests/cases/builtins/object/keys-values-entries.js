// keys, values and entries list own enumerable string-keyed properties.
var proto = { inherited: 1 };
var o = Object.create(proto);
o.x = 1; o.y = 2;
Object.defineProperty(o, "hidden", { value: 3, enumerable: false });
o[Symbol("s")] = 4;
console.log(Object.keys(o).join(","), Object.values(o).join(","));
console.log(Object.entries(o).map(function (e) { return e.join("="); }).join("&"));
console.log(Object.keys("ab").join(","), Object.values("ab").join(","), Object.entries([7]).join(";"));
console.log(Object.keys(5).length, Object.values(true).length);
try { Object.keys(null); } catch (e) { console.log(e.name, e.message); }
try { Object.entries(undefined); } catch (e) { console.log(e.name, e.message); }
console.log(Object.keys.length, Object.values.length, Object.entries.length);
