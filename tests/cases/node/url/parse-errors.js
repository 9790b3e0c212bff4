// url.parse argument errors and hosts that would spoof another after IDNA.
var url = require('url');
[5, null, undefined, {}, ['http://x']].forEach(function (v) {
  try {
    url.parse(v);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
});
try {
  url.parse('http://a\u3000b.com/');
} catch (e) {
  console.log(e.name, e.code, e.message, e.input === 'http://a\u3000b.com/');
}
var u = url.parse('http://x.com');
console.log(url.parse(u) === u);
