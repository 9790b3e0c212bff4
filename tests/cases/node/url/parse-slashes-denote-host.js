// The third argument makes `//host/path` a host.
var url = require('url');
['//foo/bar', '//foo', '//user:pw@foo:81/bar?q#h', '///x', '//', 'foo/bar', '//a@b'].forEach(function (s) {
  console.log(JSON.stringify(s), JSON.stringify(url.parse(s, false, true)));
  console.log(JSON.stringify(s), JSON.stringify(url.parse(s, false, false)));
});
