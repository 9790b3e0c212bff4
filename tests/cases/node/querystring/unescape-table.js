// unescape() of malformed and partial sequences falls back to node's byte decoder.
var qs = require('querystring');
['%', '%4', '%41', '%4g', '%%41', '%E2%82%AC', '%E2%82', '%E2', '%F0%9F%98', '%C3%28', '%80', '%FF%41', 'a+b', 'ü%zz', '%u0041'].forEach(function (s) {
  console.log(JSON.stringify(s), JSON.stringify(qs.unescape(s)), JSON.stringify(qs.unescape(s, true)));
});
