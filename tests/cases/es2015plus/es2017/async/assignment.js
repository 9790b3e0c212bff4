// await on the right of assignments and compound assignments.
async function f() {
  var x = 1;
  x += await 2;
  x *= await 3;
  var o = { p: 1 };
  o.p = await 'set';
  o['q'] = (await 5) + x;
  return x + ' ' + o.p + ' ' + o.q;
}
f().then(function (v) { console.log(v); });
