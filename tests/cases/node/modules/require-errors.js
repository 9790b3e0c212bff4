// require() argument errors.
[5, null, undefined, {}, ''].forEach(function (v) {
  try {
    require(v);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
});
try {
  require('node:no-such-builtin');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(require('node:path') === require('path'));
