// await inside for, while and do-while loops.
async function f() {
  var s = 0;
  for (var i = 0; i < 5; i++) s += await i;
  var j = 0;
  while (j < 3) { s += await (j * 10); j++; }
  do { s += await 100; } while (false);
  return s;
}
f().then(function (v) { console.log(v); });
