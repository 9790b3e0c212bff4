// Hosts with a colon that is not a port: node 20 moves the rest into the path (and would warn
// with DEP0170, silenced here so the case writes nothing to stderr).
process.noDeprecation = true;
var url = require('url');
['http://a.com:-1/', 'git+ssh://git@github.com:npm/npm.git', 'http://a:b:c/d', 'http://[fe80::1%25eth0]/'].forEach(function (s) {
  try {
    console.log(JSON.stringify(s), JSON.stringify(url.parse(s)));
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e.code, e.message);
  }
});
