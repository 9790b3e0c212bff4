// Which characters each part of a URL percent-encodes.
var chars = ' "#<>?`{}\'|^\\[]%é\u0001';
for (var i = 0; i < chars.length; i++) {
  var c = chars[i];
  var u = new URL('http://h/');
  u.pathname = '/a' + c + 'b';
  u.search = '?a' + c + 'b';
  u.hash = '#a' + c + 'b';
  var user = new URL('http://h/');
  user.username = 'a' + c + 'b';
  console.log(JSON.stringify(c), u.pathname, u.search, u.hash, user.username);
}
console.log(new URL('foo://h/a b?c d#e f').href, new URL('foo:a b').href);
