// Parsing and building URL query strings with split, decodeURIComponent, replace and Object.keys ordering.
function parse(qs) {
  var out = {};
  qs.replace(/^\?/, '').split('&').filter(Boolean).forEach(function (pair) {
    var i = pair.indexOf('='), k = decodeURIComponent((i < 0 ? pair : pair.slice(0, i)).replace(/\+/g, ' ')), v = i < 0 ? '' : decodeURIComponent(pair.slice(i + 1).replace(/\+/g, ' '));
    if (Object.prototype.hasOwnProperty.call(out, k)) out[k] = [].concat(out[k], v); else out[k] = v;
  });
  return out;
}
function build(obj) {
  return Object.keys(obj).map(function (k) {
    return [].concat(obj[k]).map(function (v) { return encodeURIComponent(k) + '=' + encodeURIComponent(v); }).join('&');
  }).join('&');
}
var q = parse('?a=1&b=two+words&a=3&empty=&flag&enc=%E2%9C%93%20ok&2=num');
console.log(JSON.stringify(q));
console.log(build(q));
console.log(build({ 'key with space': 'a&b=c', 'ü': ['x', 'y'] }));
try { parse('bad=%E0%A4%A'); } catch (e) { console.log(e.name, e.message); }
