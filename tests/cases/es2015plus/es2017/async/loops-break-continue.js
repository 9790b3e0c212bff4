// break and continue across awaits.
async function f() {
  var out = [];
  for (var i = 0; i < 10; i++) {
    if (await (i % 2)) continue;
    if (i > 6) break;
    out.push(i);
  }
  return out.join(',');
}
f().then(function (v) { console.log(v); });
