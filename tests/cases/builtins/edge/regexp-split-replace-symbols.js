// Symbol.replace/split/match/search on custom objects: String methods delegate to them.
var custom = {};
custom[Symbol.replace] = function (s, r) { return 'replace(' + s + ',' + r + ')'; };
custom[Symbol.split] = function (s, limit) { return ['split', s, limit]; };
custom[Symbol.match] = function (s) { return ['match', s]; };
custom[Symbol.search] = function (s) { return 42; };
console.log('abc'.replace(custom, 'R'), JSON.stringify('abc'.split(custom, 2)), JSON.stringify('abc'.match(custom)), 'abc'.search(custom));
console.log('a-b'.replaceAll({ [Symbol.replace]: function () { return 'custom replaceAll'; } }, 'x'));
var re = /b/g;
console.log(RegExp.prototype[Symbol.replace].call(re, 'abcb', '[$&]'), JSON.stringify(RegExp.prototype[Symbol.split].call(/-/, 'a-b-c', 2)));
console.log(RegExp.prototype[Symbol.search].call(/c/, 'abc'), JSON.stringify(RegExp.prototype[Symbol.match].call(/./g, 'xy')));
class MyRe extends RegExp { exec(s) { var r = super.exec(s); if (r) r[0] = r[0].toUpperCase(); return r; } }
console.log('abc'.replace(new MyRe('b'), '[$&]'), JSON.stringify('abab'.match(new MyRe('a', 'g'))));
