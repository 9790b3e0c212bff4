// url.resolveObject returns a Url with every field resolved.
var url = require('url');
console.log(url.resolveObject('http://a.com/b/c?d#e', '../f?g'));
console.log(JSON.stringify(url.resolveObject('mailto:local1@domain1', 'local2@domain2')));
console.log(JSON.stringify(url.resolveObject('http://x.com/p', '')));
console.log(url.resolveObject('', 'x'));
var base = url.parse('http://a.com/x/y');
console.log(base.resolve('z'), base.resolveObject('../q').href, base.href);
