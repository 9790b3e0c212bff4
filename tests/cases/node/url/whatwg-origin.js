// URL#origin for special, file, blob and opaque URLs.
['https://x.com:443/a', 'https://x.com:8443/a', 'http://X.com', 'ws://h:81', 'ftp://h', 'file:///tmp', 'blob:https://a.com/uuid',
 'blob:foo:bar', 'data:x', 'mailto:a@b', 'foo://host/path'].forEach(function (s) {
  console.log(s, new URL(s).origin);
});
