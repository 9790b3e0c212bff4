// defineProperty on arrays: indexes grow length, length redefinition truncates.
var a = [1, 2, 3];
Object.defineProperty(a, "5", { value: "x", enumerable: true, writable: true, configurable: true });
console.log(a.length, a.join(","));
Object.defineProperty(a, "length", { value: 2 });
console.log(a.length, a.join(","));
try { Object.defineProperty(a, "length", { value: -1 }); } catch (e) { console.log(e.name, e.message); }
Object.defineProperty(a, "0", { value: "locked", configurable: false });
a.length = 0;
console.log(a.length, a[0]);
try { Object.defineProperty(a, "length", { value: 0 }); } catch (e) { console.log(e.name, e.message); }
try { Object.defineProperty(a, "length", { get: function () { return 1; } }); } catch (e) { console.log(e.name, e.message); }
