// A structural JSON diff using JSON.parse, Object.keys, Array.isArray and recursion; prints paths.
function diff(a, b, path, out) {
  path = path || '$'; out = out || [];
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || a === null || b === null) {
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push('~ ' + path + ': ' + JSON.stringify(a) + ' -> ' + JSON.stringify(b));
    return out;
  }
  if (typeof a !== 'object') { if (a !== b) out.push('~ ' + path + ': ' + JSON.stringify(a) + ' -> ' + JSON.stringify(b)); return out; }
  var keys = Object.keys(a).concat(Object.keys(b).filter(function (k) { return !(k in a); }));
  keys.forEach(function (k) {
    var p = Array.isArray(a) ? path + '[' + k + ']' : path + '.' + k;
    if (!(k in b)) out.push('- ' + p);
    else if (!(k in a)) out.push('+ ' + p + ': ' + JSON.stringify(b[k]));
    else diff(a[k], b[k], p, out);
  });
  return out;
}
var before = JSON.parse('{"name":"app","version":"1.0.0","deps":{"a":"^1","b":"^2"},"files":["x","y"],"private":true}');
var after = JSON.parse('{"name":"app","version":"1.1.0","deps":{"a":"^1","c":"^3"},"files":["x","y","z"],"private":null}');
console.log(diff(before, after).join('\n'));
console.log(diff([1, [2, 3]], [1, [2, 4]]).join('; '), diff({}, {}).length);
