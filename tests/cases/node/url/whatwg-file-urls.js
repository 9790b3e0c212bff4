// File URLs: drive letters, localhost, dot segments and hosts.
['file:///C:/a/../../b', 'file:/C|/x', 'file://localhost/x', 'file://LOCALHOST/x', 'file://h/c:/x', 'file:c:/x', 'file:///a/%2e%2E/b',
 'file:..', 'file:///', 'file://', 'file:///a?q#h'].forEach(function (s) {
  try {
    var u = new URL(s);
    console.log(JSON.stringify(s), u.href, JSON.stringify(u.host), u.pathname);
  } catch (e) {
    console.log(JSON.stringify(s), e.code);
  }
});
console.log(new URL('d.txt', 'file:///C:/dir/file').href, new URL('/x', 'file:///C:/dir/').href);
