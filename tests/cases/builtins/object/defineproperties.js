// defineProperties reads all descriptors first, then defines them in key order.
var o = Object.defineProperties({}, {
  a: { value: 1, enumerable: true },
  b: { get: function () { return this.a + 1; }, enumerable: true },
  c: { value: 3 }
});
console.log(o.a, o.b, o.c, Object.keys(o).join(","));
var props = Object.create({ inheritedProp: { value: 1 } });
props.own = { value: 2, enumerable: true };
var p = Object.defineProperties({}, props);
console.log("inheritedProp" in p, p.own);
try { Object.defineProperties({}, { x: { value: 1 }, y: 5 }); } catch (e) { console.log(e.name, e.message); }
var partial = {};
try { Object.defineProperties(partial, { x: { value: 1 }, y: { get: 7 } }); } catch (e) { console.log(e.name, "x" in partial); }
try { Object.defineProperties({}, null); } catch (e) { console.log(e.name, e.message); }
console.log(Object.defineProperties.length);
