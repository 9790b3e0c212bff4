var obj = {
  prefix: '>> ',
  fmt: function (s) { var out = this.prefix + s[0]; for (var i = 1; i < s.length; i++) out += arguments[i] + s[i]; return out; }
};
console.log(obj.fmt`value ${42} and ${'x'}`);
console.log(obj['fmt']`computed ${1}`);
function outer() { return function inner(s) { return 'inner:' + s[0]; }; }
console.log(outer()`call result as tag`);
var html = (s, ...v) => s.reduce((a, str, i) => a + str + (i < v.length ? String(v[i]).toUpperCase() : ''), '');
console.log(html`<p>${'hello'} ${'world'}</p>`);
