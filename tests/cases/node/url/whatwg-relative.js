// WHATWG URL with a base.
var base = 'http://a/b/c/d;p?q';
['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './', '..', '../', '../g',
 '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h',
 'http:g', '\\\\x\\y', 'https:', 'file:z'].forEach(function (r) {
  try {
    console.log(JSON.stringify(r), new URL(r, base).href);
  } catch (e) {
    console.log(JSON.stringify(r), e.code);
  }
});
console.log(new URL('x', new URL('http://h/a/')).href);
console.log(new URL('#f', 'mailto:a@b').href);
try {
  new URL('x', 'mailto:a@b');
} catch (e) {
  console.log(e.code, e.input, e.base);
}
try {
  new URL('x', 'not a base');
} catch (e) {
  console.log(e.code, e.input, e.base);
}
