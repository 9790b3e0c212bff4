// JSON.parse edge cases: big and tiny numbers, -0, deep escapes, __proto__ keys, errors for near-JSON input.
console.log(JSON.parse('1e400'), JSON.parse('-1e-400'), Object.is(JSON.parse('-0'), -0), JSON.parse('123456789012345678901234567890'));
console.log(JSON.parse('"\\ud83d\\ude00"'), JSON.parse('"\\u00e9\\/"'), JSON.parse(' [1 , 2 ]\n').length);
var o = JSON.parse('{"__proto__": {"x": 1}, "a": 1}');
console.log(Object.keys(o).join(), Object.getPrototypeOf(o) === Object.prototype, o.x);
['01', '1.', '.5', '+1', "'a'", '[1,]', '{"a":1,}', 'NaN', '"\\x41"', '"\t"', 'tru', '{a:1}', '[1 2]', ''].forEach(function (s) {
  try { JSON.parse(s); console.log('accepted', s); } catch (e) { console.log(e.name, JSON.stringify(s)); }
});
console.log(JSON.parse('null'), JSON.parse(' true '), JSON.parse('"str"'), JSON.parse(1), JSON.parse(null));
