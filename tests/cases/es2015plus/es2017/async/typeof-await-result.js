// The value after await keeps its type (objects by identity).
var obj = {};
async function f() {
  var a = await obj;
  var fn = await function named() {};
  var arr = await [1, 2];
  return [a === obj, typeof fn, Array.isArray(arr), typeof (await true)].join(',');
}
f().then(function (v) { console.log(v); });
