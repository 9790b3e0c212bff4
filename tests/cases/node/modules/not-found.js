// Cannot find module: node's message with every file in the require stack, innermost first.
function clean(s) { return String(s).split(__dirname).join('<dir>'); }
try {
  require('./fixtures/stack/a');
} catch (e) {
  console.log(e.name, e.code);
  console.log(clean(e.message));
  console.log(e.requireStack.map(clean));
}
try {
  require('no-such-package-anywhere');
} catch (e) {
  console.log(clean(e.message));
}
console.log(Object.keys(require.cache).map(clean));
