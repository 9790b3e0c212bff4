// Exceptions thrown from loop headers propagate out of the loop.
function failAt(n) {
  var calls = 0;
  return function () { if (++calls === n) throw new Error("cond " + calls); return true; };
}
var cond = failAt(3), iterations = 0;
try { while (cond()) iterations++; } catch (e) { console.log(e.message, iterations); }
var update = failAt(2), count = 0;
try { for (var i = 0; i < 10; update()) count++; } catch (e) { console.log(e.message, count); }
try { for (var k in null.property) {} } catch (e) { console.log(e.name); }
var got = [];
try {
  for (var j = 0; j < 5; j++) {
    if (j === 3) throw j;
    got.push(j);
  }
} catch (v) { got.push("threw " + v); }
console.log(got.join(","));
