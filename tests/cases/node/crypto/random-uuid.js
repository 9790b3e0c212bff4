// randomUUID: version-4 format, all different.
var crypto = require('crypto');
var re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
var seen = {};
var ok = true;
for (var i = 0; i < 100; i++) {
  var u = crypto.randomUUID();
  if (!re.test(u) || seen[u]) ok = false;
  seen[u] = true;
}
console.log(ok, typeof crypto.randomUUID());
