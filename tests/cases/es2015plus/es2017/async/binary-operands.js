// await as an operand of binary operators, left then right.
async function f() {
  var a = 1 + await 2;
  var b = (await 3) * (await 4);
  var c = 'p' + await 'q' + 'r';
  var d = [await 1, 2, await 3].length + await 0;
  return [a, b, c, d].join(' ');
}
f().then(function (v) { console.log(v); });
