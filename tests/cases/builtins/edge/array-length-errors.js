// Invalid array lengths: RangeError from the constructor and length assignment, ToUint32 coercion checks.
['-1', 1.5, 4294967296, -0, '3', true, null].forEach(function (v) {
  try { var a = new Array(v); console.log(JSON.stringify(v), a.length); } catch (e) { console.log(JSON.stringify(v), e.name, e.message); }
});
var arr = [1, 2, 3];
[2, '1', 0, 4294967295].forEach(function (v) { try { arr.length = v; console.log('length', arr.length); } catch (e) { console.log(e.name, e.message); } });
try { arr.length = -1; } catch (e) { console.log(e.name, e.message); }
try { arr.length = 2.5; } catch (e) { console.log(e.name, e.message); }
try { arr.length = { valueOf: function () { return 7; } }; console.log(arr.length); } catch (e) { console.log(e.name, e.message); }
try { [].push.call({ length: 2 ** 53 - 1 }, 1); } catch (e) { console.log(e.name, e.message); }
console.log(Array(3).join('-'), Array.apply(null, Array(3)).map(function (_, i) { return i; }).join());
