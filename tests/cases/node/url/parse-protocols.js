// Protocols: lower-cased, slashes only where present, host only where it can be.
process.noDeprecation = true; // urn:ietf:rfc:2648 would warn with DEP0170
var url = require('url');
['HTTPS://X.COM', 'Mailto:Foo@Bar.com', 'FILE:///C:/x', 'git://github.com/a/b.git', 'chrome-extension://abc/x.html',
 'urn:ietf:rfc:2648', 'data:text/plain;base64,SGk=', 'about:blank', 'view-source:http://x.com', 'sip:alice@atlanta.com',
 'a+b.c-d://host/path', '1http://x', 'http+unix://%2Ftmp%2Fsock/path', 'JAVASCRIPT://alert(1)'].forEach(function (s) {
  var u = url.parse(s);
  console.log(JSON.stringify(s), u.protocol, u.slashes, JSON.stringify(u.host), JSON.stringify(u.pathname), u.href);
});
