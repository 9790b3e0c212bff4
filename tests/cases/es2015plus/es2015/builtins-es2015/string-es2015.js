// ES2015 String additions: codePointAt, fromCodePoint, startsWith/endsWith, repeat, normalize, raw, iteration.
const s = 'a😀b';
console.log(s.length, s.codePointAt(1), s.codePointAt(2), s.codePointAt(9), String.fromCodePoint(128512, 97));
try { String.fromCodePoint(0x110000); } catch (e) { console.log(e.constructor.name, e.message); }
try { String.fromCodePoint(1.5); } catch (e) { console.log(e.constructor.name, e.message); }
console.log('hello'.startsWith('he'), 'hello'.startsWith('l', 2), 'hello'.endsWith('lo'), 'hello'.endsWith('l', 4));
try { 'x'.startsWith(/x/); } catch (e) { console.log(e.constructor.name, e.message); }
console.log('ab'.repeat(3), 'x'.repeat(0) === '');
try { 'x'.repeat(-1); } catch (e) { console.log(e.constructor.name, e.message); }
try { 'x'.repeat(Infinity); } catch (e) { console.log(e.constructor.name, e.message); }
const composed = '\u00e9', decomposed = 'e\u0301';
console.log(composed === decomposed, composed.normalize('NFD') === decomposed, decomposed.normalize() === composed, '\ufb01'.normalize('NFKC'));
try { 'x'.normalize('bad'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(String.raw`a\nb${1}`, [...'😀😀'].length);
