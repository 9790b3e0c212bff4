// await in comma expressions and as a statement.
async function f() {
  var log = [];
  await log.push('a');
  var x = (log.push('b'), await 'c');
  log.push(x);
  return log.join('');
}
f().then(function (v) { console.log(v); });
