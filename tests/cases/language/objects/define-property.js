// Object.defineProperty defaults to non-writable, non-enumerable, non-configurable.
var o = {};
Object.defineProperty(o, "x", { value: 1 });
o.x = 2;
console.log(o.x, Object.keys(o).length, delete o.x, o.x);
var d = Object.getOwnPropertyDescriptor(o, "x");
console.log(d.value, d.writable, d.enumerable, d.configurable);
Object.defineProperty(o, "y", { value: 1, writable: true, enumerable: true, configurable: true });
o.y = 5;
console.log(o.y, Object.keys(o).join());
Object.defineProperty(o, "y", { enumerable: false });
console.log(Object.keys(o).length, o.y);
try { Object.defineProperty(o, "x", { value: 3 }); } catch (e) { console.log(e.name); }
Object.defineProperty(o, "x", { value: 1 });
console.log("same value redefinition is allowed");
var ret = Object.defineProperty(o, "z", { get: function () { return "zz"; } });
console.log(ret === o, o.z);
try { Object.defineProperty(o, "w", { value: 1, get: function () {} }); } catch (e) { console.log(e.name); }
try { Object.defineProperty(1, "w", {}); } catch (e) { console.log(e.name); }
