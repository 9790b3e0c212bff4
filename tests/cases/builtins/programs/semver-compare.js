// Comparing semantic versions: split, map(Number), prerelease ordering, sort and a range check.
function parse(v) {
  var m = /^v?(\d+)\.(\d+)\.(\d+)(?:-([\w.]+))?(?:\+[\w.]+)?$/.exec(v);
  if (!m) throw new TypeError('Invalid Version: ' + v);
  return { nums: [+m[1], +m[2], +m[3]], pre: m[4] ? m[4].split('.') : [] };
}
function cmp(a, b) {
  var x = parse(a), y = parse(b);
  for (var i = 0; i < 3; i++) if (x.nums[i] !== y.nums[i]) return x.nums[i] - y.nums[i];
  if (!x.pre.length || !y.pre.length) return y.pre.length - x.pre.length;
  for (var j = 0; j < Math.max(x.pre.length, y.pre.length); j++) {
    var p = x.pre[j], q = y.pre[j];
    if (p === undefined) return -1; if (q === undefined) return 1;
    if (p === q) continue;
    var pn = /^\d+$/.test(p), qn = /^\d+$/.test(q);
    if (pn && qn) return p - q;
    if (pn !== qn) return pn ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return 0;
}
var versions = ['1.0.0', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta.11', '1.0.0-beta.2', '1.0.0-rc.1', '0.9.12', '1.10.0', '1.2.0', 'v2.0.0+build.5', '1.0.0-alpha.beta'];
console.log(versions.slice().sort(cmp).join(' < '));
try { parse('1.2'); } catch (e) { console.log(e.name, e.message); }
console.log(['1.2.3', '1.3.0', '2.0.0', '1.2.2'].filter(function (v) { return cmp(v, '1.2.3') >= 0 && cmp(v, '2.0.0') < 0; }).join());
