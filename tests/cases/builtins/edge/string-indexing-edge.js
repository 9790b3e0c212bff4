// String index access, charAt/charCodeAt/at out of range, indexes on String objects, lastIndexOf with NaN positions.
var s = 'abc';
console.log(s[0], s[3], s[-1], s['1'], s[1.0], s['01'], s.charAt(-1) === '', s.charAt(3) === '', isNaN(s.charCodeAt(3)), s.at(-4), s.at(1.5));
s[0] = 'z';
console.log(s, Object.getOwnPropertyNames(new String('hi')).join(), 0 in new String('x'), 1 in new String('x'));
console.log('canal'.lastIndexOf('a'), 'canal'.lastIndexOf('a', 2), 'canal'.lastIndexOf('a', 0), 'canal'.lastIndexOf('x'), 'canal'.lastIndexOf('a', NaN), 'canal'.lastIndexOf('', 99), 'abab'.indexOf('b', -5), 'abab'.indexOf('', 10));
console.log('abc'.substring(2, 0), 'abc'.substring(NaN, 2), 'abc'.substring(-1), 'abc'.slice(2, 0) === '', 'abc'.slice(-2), 'abc'.substr(-2, 1));
(function () { 'use strict'; try { s[0] = 'z'; } catch (e) { console.log(e.name, e.message); } try { s.length = 1; } catch (e) { console.log(e.name, e.message); } })();
