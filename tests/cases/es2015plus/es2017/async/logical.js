// await in && || ?? short-circuits.
async function f() {
  var calls = 0;
  function g(v) { calls++; return v; }
  var a = (await 0) && await g(1);
  var b = (await 0) || await g(2);
  var c = (await null) ?? await g(3);
  return [a, b, c, calls].join(',');
}
f().then(function (v) { console.log(v); });
