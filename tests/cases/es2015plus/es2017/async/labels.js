// Labelled break and continue across awaits.
async function f() {
  var out = [];
  outer: for (var i = 0; i < 3; i++) {
    for (var j = 0; j < 3; j++) {
      if (await j === 1) continue outer;
      if (i === 2) break outer;
      out.push(i + '' + j);
    }
  }
  return out.join(' ');
}
f().then(function (v) { console.log(v); });
