// await in destructuring defaults and computed keys.
async function f(o) {
  var { a = await 'default a', b = await 'default b' } = o;
  var [x = await 10, y = 20] = [];
  var key = await 'k';
  var { [key]: val } = { k: 'v' };
  return [a, b, x, y, val].join(',');
}
f({ b: 'given' }).then(function (v) { console.log(v); });
