// Unicode regexps: surrogate pairs with u, case folding with iu, \p escapes, code point escapes, invalid u patterns.
console.log(/^.$/u.test('😀'), /^.$/.test('😀'), /\u{1F600}/u.test('😀'), /[😀]/u.test('😀'), /^[😀]$/.test('😀'));
console.log(/\u212A/i.test('k'), /\u212A/iu.test('k'), /ſ/i.test('s'), /ſ/iu.test('s'), /[a-z]/iu.test('K'));
console.log(/\p{Lu}/u.test('É'), /\p{Script=Greek}/u.test('α'), /\P{L}/u.test('1'), /^\p{Emoji_Presentation}$/u.test('😀'));
['\\u{110000}', '\\p{Nope}', '[z-a]', '\\c', '{1}', 'a**'].forEach(function (p) { try { new RegExp(p, 'u'); console.log('ok', p); } catch (e) { console.log(e.name, p); } });
console.log('😀😀'.replace(/(?:)/gu, '|'), '😀😀'.replace(/(?:)/g, '|').length, '𝒳'.split(/(?:)/u).length);
console.log(/\W/iu.test('S'), /\b/u.test('é'), /(?<=😀)x/u.test('😀x'), 'a😀b'.search(/b/u));
