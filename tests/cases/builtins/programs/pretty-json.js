// A hand-written JSON pretty printer compared to JSON.stringify with indentation, over varied values.
function pretty(v, indent, depth) {
  depth = depth || 0;
  var pad = new Array(depth + 2).join(indent), inner = pad + indent;
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return v.length ? '[\n' + v.map(function (x) { return inner + (pretty(x, indent, depth + 1) || 'null'); }).join(',\n') + '\n' + pad + ']' : '[]';
  var keys = Object.keys(v).filter(function (k) { return v[k] !== undefined && typeof v[k] !== 'function'; });
  return keys.length ? '{\n' + keys.map(function (k) { return inner + JSON.stringify(k) + ': ' + pretty(v[k], indent, depth + 1); }).join(',\n') + '\n' + pad + '}' : '{}';
}
var samples = [{ a: 1, b: [1, 2, { c: null }], d: {}, e: [], f: 'str', g: undefined, h: function () {} }, [[[]]], 'x', 3.5, null, { 'quo"te': ['\n'] }];
samples.forEach(function (s) { console.log(pretty(s, '  ') === JSON.stringify(s, null, 2), pretty(s, '\t') === JSON.stringify(s, null, '\t')); });
console.log(pretty(samples[0], '  '));
